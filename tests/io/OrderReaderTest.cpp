// Order files of `order add`: the fields, the other names software gives them, and
// refusals that say which field is wrong.

#include "io/OrderReader.h"
#include "support/CatchCompat.h"

using namespace pc::core;
using pc::io::readOrderJson;

namespace {

auto read(const char* text)
{
    return readOrderJson(QByteArray(text), QStringLiteral("order.json"));
}

} // namespace

TEST_CASE("an order file gives the client, the PO, the date, the terms and exact lines", "[io][order]")
{
    const auto order = read(R"({"siren": "412345670", "client_reference": "PO-1", "date": "20/11/2026",
        "payment_terms": "45 jours fin de mois", "deposit": "1 000,50", "status": "draft",
        "lines": [{"description": "Roulement", "quantity": "2,5", "unit_price": "312,40", "vat_rate": "5,5"},
                  {"description": "Graisse", "quantity": 3, "unit_price": 18.5}]})");
    REQUIRE(order.ok());
    CHECK(order->clientKey == "412345670");
    CHECK(order->clientReference == "PO-1");
    CHECK(order->date == Date::fromYmd(2026, 11, 20));
    CHECK(order->paymentTerms == "45 jours fin de mois");
    CHECK(order->draft);
    CHECK(order->deposit == Money::fromCents(100'050));
    REQUIRE(order->lines.size() == 2);
    CHECK(order->lines[0].quantity == Quantity::fromThousandths(2'500));
    CHECK(order->lines[0].unitPrice == Money::fromCents(31'240));
    CHECK(order->lines[0].vatRate == Rate::fromBasisPoints(550));
    CHECK(order->lines[1].unitPrice == Money::fromCents(1'850));
    CHECK(order->lines[1].vatRate == Rate::fromBasisPoints(2'000)); // 20 % when not given
}

TEST_CASE("an order file may use the names other software gives its fields", "[io][order]")
{
    const auto order = read(R"({"siret": "41234567000016", "po_number": "BC-7", "order_date": "2026-11-20",
        "terms": "30 jours nets",
        "lines": [{"label": "Farine", "qty": "10", "unit_price_cents": 2140, "vat": 0.055},
                  {"designation": "Sacs", "qty": 1, "price": "8", "tva": "0.2"}]})");
    REQUIRE(order.ok());
    CHECK(order->clientKey == "41234567000016");
    CHECK(order->clientReference == "BC-7");
    CHECK(order->paymentTerms == "30 jours nets");
    CHECK(order->lines[0].description == "Farine");
    CHECK(order->lines[0].unitPrice == Money::fromCents(2'140));
    CHECK(order->lines[0].vatRate == Rate::fromBasisPoints(550));
    CHECK(order->lines[1].vatRate == Rate::fromBasisPoints(2'000));
}

TEST_CASE("a bad order file is refused with the file and the field", "[io][order]")
{
    const auto check = [](const char* text, ErrorCode code, const std::string& field) {
        const auto order = read(text);
        REQUIRE_FALSE(order.ok());
        CHECK(order.error().code == code);
        CHECK(order.error().where.file == "order.json");
        CHECK(order.error().where.field == field);
    };
    check(R"({"lines": []})", ErrorCode::MissingField, "siren");
    check(R"({"siren": "412345670"})", ErrorCode::MissingField, "lines");
    check(R"({"siren": "412345670", "lines": [{"description": "A", "quantity": "1", "unit_price": "1,234"}]})",
          ErrorCode::TooManyDecimals, "lines[1].unit_price");
    check(R"({"siren": "412345670", "lines": [{"description": "A", "quantity": "1", "unit_price": "1", "vat_rate": "19,6"}]})",
          ErrorCode::UnknownValue, "lines[1].vat_rate");
    check(R"({"siren": "412345670", "lines": [{"description": "", "quantity": "1", "unit_price": "1"}]})",
          ErrorCode::MissingField, "lines[1].description");
    check(R"({"siren": "412345670", "lines": [{"description": "A", "quantity": "0", "unit_price": "1"}]})",
          ErrorCode::InvalidNumber, "lines[1].quantity");
    check(R"({"siren": "412345670", "date": "31/02/2026", "lines": [{"description": "A", "quantity": "1", "unit_price": "1"}]})",
          ErrorCode::InvalidDate, "date");
    check(R"({"siren": "412345670", "status": "shipped", "lines": [{"description": "A", "quantity": "1", "unit_price": "1"}]})",
          ErrorCode::UnknownValue, "status");
    check(R"({"siren": "412345670", "deposit": "0", "lines": [{"description": "A", "quantity": "1", "unit_price": "1"}]})",
          ErrorCode::InvalidNumber, "deposit");
    check(R"({"siren": "412345670", "lines": [{"description": "A", "quantity": "20000000", "unit_price": "1"}]})",
          ErrorCode::Overflow, "lines[1].quantity");
    const auto broken = read("{\"siren\": ");
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().code == ErrorCode::InvalidFormat);
}
