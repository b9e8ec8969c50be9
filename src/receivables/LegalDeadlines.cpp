#include "receivables/LegalDeadlines.h"

#include <array>
#include <utility>

namespace pc::receivables {
namespace {

constexpr std::array<std::pair<LegalFileKind, std::string_view>, 4> kKindCodes{{
    {LegalFileKind::Injonction, "injonction"},
    {LegalFileKind::Agency, "agency"},
    {LegalFileKind::ProtectiveAttachment, "protective_attachment"},
    {LegalFileKind::ClaimDeclaration, "claim_declaration"},
}};

// Periods in months end on the same day of the month, or the month's last day when it
// has none (CPC 641): what Date::addMonths does.
void addDeadline(std::vector<LegalDeadline>& out, std::string code, const std::optional<core::Date>& start, int months,
                 std::string basis)
{
    if (start)
        out.push_back({std::move(code), start->addMonths(months), std::move(basis)});
}

} // namespace

std::string_view toCode(LegalFileKind kind)
{
    for (const auto& [value, code] : kKindCodes)
        if (value == kind)
            return code;
    return "agency";
}

std::optional<LegalFileKind> legalFileKindFromCode(std::string_view code)
{
    for (const auto& [value, text] : kKindCodes)
        if (text == code)
            return value;
    return std::nullopt;
}

std::vector<LegalDeadline> legalDeadlines(LegalFileKind kind, const LegalDates& dates)
{
    std::vector<LegalDeadline> out;
    switch (kind) {
    case LegalFileKind::Injonction:
        addDeadline(out, "serve_order", dates.orderOn, 6, "CPC 1411");
        addDeadline(out, "opposition", dates.servedOn, 1, "CPC 1416");
        break;
    case LegalFileKind::ProtectiveAttachment:
        addDeadline(out, "execute_attachment", dates.orderOn, 3, "CPCE R511-6");
        addDeadline(out, "start_action", dates.servedOn, 1, "CPCE R511-7");
        break;
    case LegalFileKind::ClaimDeclaration:
        addDeadline(out, "claim_filing", dates.publishedOn, dates.creditorAbroad ? 4 : 2, "C. com. R622-24");
        addDeadline(out, "relief", dates.publishedOn, 6, "C. com. L622-26");
        break;
    case LegalFileKind::Agency:
        break;
    }
    return out;
}

core::Date prescriptionDate(core::Date dueDate)
{
    return dueDate.addMonths(5 * 12);
}

bool prescriptionNear(core::Date dueDate, core::Date asOf, int warnMonths)
{
    return asOf >= prescriptionDate(dueDate).addMonths(-warnMonths);
}

} // namespace pc::receivables
