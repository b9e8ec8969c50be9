#include "io/OrderReader.h"

#include "core/PaymentTerms.h"

#include <QFile>
#include <nlohmann/json.hpp>

namespace pc::io {

using core::Error;
using core::ErrorCode;
using nlohmann::json;

namespace {

// A scalar as text: strings as they are, numbers in their shortest exact writing, so
// that 12.5 reads as "12.5" and never goes through arithmetic on a double.
std::optional<std::string> scalarText(const json& value)
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number())
        return value.dump();
    return std::nullopt;
}

class OrderParser {
public:
    explicit OrderParser(std::string file) : m_file(std::move(file)) {}

    core::Result<OrderFile> parse(const json& root)
    {
        if (!root.is_object())
            return fail(Error(ErrorCode::InvalidFormat, {"{…}"}), "");
        OrderFile order;
        order.clientKey = first(root, {"siren", "siret", "account", "client"});
        if (order.clientKey.empty())
            return fail(Error(ErrorCode::MissingField, {"siren"}), "siren");
        order.clientReference = first(root, {"client_reference", "po_number", "purchase_order", "client_po", "reference"});
        order.note = text(root, "note");
        order.paymentTerms = first(root, {"payment_terms", "terms"});
        if (!order.paymentTerms.empty())
            if (auto terms = core::PaymentTerms::parse(order.paymentTerms); !terms)
                return fail(terms.error(), "payment_terms");
        if (const std::string day = first(root, {"date", "order_date"}); !day.empty()) {
            auto date = core::Date::parse(day);
            if (!date)
                return fail(date.error(), "date");
            order.date = *date;
        }
        const std::string status = text(root, "status");
        if (!status.empty() && status != "draft" && status != "confirmed")
            return fail(Error(ErrorCode::UnknownValue, {status}), "status");
        order.draft = status == "draft";
        if (root.contains("deposit") && !root["deposit"].is_null()) {
            auto deposit = core::Money::parse(scalarText(root["deposit"]).value_or(""));
            if (!deposit)
                return fail(deposit.error(), "deposit");
            if (!deposit->isPositive())
                return fail(Error(ErrorCode::InvalidNumber, {deposit->toString()}), "deposit");
            order.deposit = *deposit;
        }
        if (root.contains("delivery_address") && root["delivery_address"].is_object()) {
            const json& a = root["delivery_address"];
            order.deliveryAddress = {text(a, "line1"), text(a, "line2"), text(a, "postal_code"), text(a, "city"),
                                     a.contains("country") ? text(a, "country") : "FR"};
        }
        if (!root.contains("lines") || !root["lines"].is_array() || root["lines"].empty())
            return fail(Error(ErrorCode::MissingField, {"lines"}), "lines");
        int index = 0;
        for (const json& l : root["lines"]) {
            auto line = parseLine(l, "lines[" + std::to_string(++index) + "]");
            if (!line)
                return line.error();
            order.lines.push_back(*line);
        }
        return order;
    }

private:
    static std::string text(const json& object, const char* key)
    {
        if (!object.contains(key))
            return {};
        return scalarText(object[key]).value_or("");
    }

    // The value of the first of the names the field is known by in other software.
    static std::string first(const json& object, std::initializer_list<const char*> keys)
    {
        for (const char* key : keys)
            if (std::string value = text(object, key); !value.empty())
                return value;
        return {};
    }

    // Unit price in euros, or in cents under "unit_price_cents".
    core::Result<core::Money> unitPrice(const json& l) const
    {
        if (l.contains("unit_price_cents") && l["unit_price_cents"].is_number_integer())
            return core::Money::fromCents(l["unit_price_cents"].get<std::int64_t>());
        return core::Money::parse(first(l, {"unit_price", "unit_price_excl_vat", "price"}));
    }

    // A VAT rate in percent ("20", "5,5"), or as a fraction (0.2, 0.055): no French
    // rate lies strictly between 0 and 1 %, so "0.…" of at least 1 % is a fraction.
    static core::Result<core::Rate> vatRate(const json& l)
    {
        const std::string text = first(l, {"vat_rate", "vat", "tva"});
        if (text.empty())
            return core::Rate::fromBasisPoints(2'000);
        if ((text.starts_with("0.") || text.starts_with("0,")) && text.size() > 2 && text.size() <= 6 &&
            text.find_first_not_of("0123456789", 2) == std::string::npos) {
            std::string tenThousandths = text.substr(2);
            tenThousandths.append(4 - tenThousandths.size(), '0');
            if (const std::int64_t bp = std::stoll(tenThousandths); bp >= 100)
                return core::Rate::fromBasisPoints(bp);
        }
        return core::Rate::parsePercent(text);
    }

    Error fail(Error error, const std::string& field) const
    {
        error.inFile(m_file);
        if (!field.empty())
            error.inField(field);
        return error;
    }

    core::Result<core::DocumentLine> parseLine(const json& l, const std::string& at) const
    {
        if (!l.is_object())
            return fail(Error(ErrorCode::InvalidFormat, {l.dump()}), at);
        core::DocumentLine line;
        line.description = first(l, {"description", "label", "designation"});
        auto quantity = core::Quantity::parse(first(l, {"quantity", "qty"}));
        if (!quantity)
            return fail(quantity.error(), at + ".quantity");
        line.quantity = *quantity;
        auto price = unitPrice(l);
        if (!price)
            return fail(price.error(), at + ".unit_price");
        line.unitPrice = *price;
        auto rate = vatRate(l);
        if (!rate)
            return fail(rate.error(), at + ".vat_rate");
        line.vatRate = *rate;
        if (auto status = core::checkLine(line); !status)
            return fail(status.error(), at + "." + status.error().where.field);
        return line;
    }

    std::string m_file;
};

} // namespace

core::Result<OrderFile> readOrderJson(const QByteArray& bytes, const QString& fileName)
{
    const std::string file = fileName.toStdString();
    const json root = json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (root.is_discarded())
        return Error(ErrorCode::InvalidFormat, {"JSON"}).inFile(file);
    return OrderParser(file).parse(root);
}

core::Result<OrderFile> readOrderFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::IoError, {path.toStdString(), file.errorString().toStdString()});
    return readOrderJson(file.readAll(), path);
}

} // namespace pc::io
