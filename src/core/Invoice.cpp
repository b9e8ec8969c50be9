#include "core/Invoice.h"

#include <array>
#include <utility>

namespace pc::core {
namespace {

constexpr std::array<std::pair<OperationNature, std::string_view>, 3> kNatureCodes{{
    {OperationNature::Goods, "goods"},
    {OperationNature::Services, "services"},
    {OperationNature::Mixed, "mixed"},
}};

} // namespace

std::string_view toCode(OperationNature nature)
{
    for (const auto& [value, code] : kNatureCodes)
        if (value == nature)
            return code;
    return "goods";
}

std::optional<OperationNature> operationNatureFromCode(std::string_view code)
{
    for (const auto& [value, text] : kNatureCodes)
        if (text == code)
            return value;
    return std::nullopt;
}

std::optional<VatNumber> SellerIdentity::vatNumber() const
{
    if (!siren)
        return std::nullopt;
    return VatNumber::fromSiren(*siren);
}

std::optional<std::string> missingSellerMention(const SellerIdentity& seller)
{
    if (seller.name.empty())
        return "seller.name";
    if (!seller.siren)
        return "seller.siren";
    if (!seller.address.isComplete())
        return "seller.address";
    return std::nullopt;
}

std::string_view toCode(InvoiceKind kind)
{
    return kind == InvoiceKind::Invoice ? "invoice" : "credit_note";
}

Status checkInvoiceDate(Date issueDate, std::optional<Date> lastIssued)
{
    if (lastIssued && issueDate < *lastIssued)
        return Error(ErrorCode::DateTooEarly, {issueDate.toIso(), lastIssued->toIso()}).inField("date");
    return {};
}

std::string documentNumber(std::string_view prefix, std::int64_t counter)
{
    std::string digits = std::to_string(counter);
    if (digits.size() < 6)
        digits.insert(0, 6 - digits.size(), '0');
    return std::string(prefix) + digits;
}

} // namespace pc::core
