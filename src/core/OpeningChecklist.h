#pragma once

#include "core/ClientFile.h"
#include "core/Date.h"

#include <string>
#include <vector>

namespace pc::core {

// What must be on file before a client account may take orders (stage 3).
enum class ChecklistItem {
    CompanyIdentified,      // a valid SIREN and a company still trading
    KbisRecent,             // Kbis extract dated, not older than the policy allows
    BankDetails,            // IBAN and BIC on file (both validated)
    VatNumber,              // intra-community VAT number (computed from the SIREN)
    BillingAddress,         // street, postal code and city
    AccountsPayableContact, // a named accounts-payable contact with direct line and e-mail
    TermsOfSaleSigned,      // date the terms of sale were signed
    PaymentMethodChosen,    // agreed payment method
};

struct OpeningPolicy {
    // A Kbis extract is commonly accepted when less than three months old.
    int kbisMaxAgeDays = 90;
};

struct ChecklistLine {
    ChecklistItem item;
    bool satisfied = false;
    // Why it is not satisfied, as a stable code: "missing", "too_old", "in_future",
    // "ceased", "liquidation", "no_phone", "no_email", "no_name", "no_bic", "no_iban".
    std::string reason;
    // Values the message needs (a date, an age in days, a limit).
    std::vector<std::string> args;
};

// The account-opening checklist of one client file as of a date.
class OpeningChecklist {
public:
    static OpeningChecklist evaluate(const ClientFile& file, Date today, const OpeningPolicy& policy = {});

    const std::vector<ChecklistLine>& lines() const { return m_lines; }
    bool isComplete() const;
    std::vector<ChecklistLine> missing() const;

private:
    std::vector<ChecklistLine> m_lines;
};

std::string_view toCode(ChecklistItem item);

} // namespace pc::core
