#pragma once

#include "core/Date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::receivables {

// The deadlines of legal recovery (../shared/reference RULES.md §5).

enum class LegalFileKind { Injonction, Agency, ProtectiveAttachment, ClaimDeclaration };
// "injonction", "agency", "protective_attachment", "claim_declaration".
std::string_view toCode(LegalFileKind kind);
std::optional<LegalFileKind> legalFileKindFromCode(std::string_view code);

struct LegalDeadline {
    std::string code;  // stable: "serve_order", "opposition", "claim_filing", "relief", "execute_attachment", "start_action", "prescription"
    core::Date date;   // last day
    std::string basis; // the article: "CPC 1411", "CPC 1416", "C. com. R622-24"…
};

// The dates a legal file knows so far; the deadlines that follow from them.
struct LegalDates {
    std::optional<core::Date> orderOn;        // injonction granted / attachment authorised
    std::optional<core::Date> servedOn;       // order served / attachment executed
    std::optional<core::Date> publishedOn;    // BODACC publication of the opening judgment
    bool creditorAbroad = false;              // outside metropolitan France: +2 months
};

// Injonction: serve within 6 months of the order (CPC 1411), opposition within 1 month
// of service (CPC 1416). Attachment: execute within 3 months of the authorisation
// (R511-6), start the action within 1 month of execution (R511-7). Claim declaration:
// 2 months from the BODACC publication (+2 abroad, R622-24), relief within 6 months
// (L622-26). Agency: none. Deadlines whose start is unknown are left out.
std::vector<LegalDeadline> legalDeadlines(LegalFileKind kind, const LegalDates& dates);

// Commercial claims between traders are time-barred 5 years after the day the
// creditor could act (C. com. L110-4): for an invoice, its due date.
core::Date prescriptionDate(core::Date dueDate);

// Prescription is warned about from `warnMonths` before it.
bool prescriptionNear(core::Date dueDate, core::Date asOf, int warnMonths = 6);

} // namespace pc::receivables
