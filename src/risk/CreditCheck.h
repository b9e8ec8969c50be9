#pragma once

#include "core/ClientFile.h"
#include "core/Date.h"
#include "core/Money.h"
#include "core/Rate.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::risk {

// The answer of the credit check, from best to worst.
enum class CheckDecision { Ok, Warn, Block };

// "OK", "WARN", "BLOCK".
std::string_view toCode(CheckDecision decision);

// Which categories make up the exposure. Credit-management systems let each company
// choose; all four count by default.
struct ExposureCategories {
    bool receivables = true;
    bool deliveredNotInvoiced = true;
    bool openOrders = true;
    bool deposits = true;
};

// The rules of the check, owned by the credit manager (settings).
struct CreditCheckPolicy {
    ExposureCategories include;
    // Over the limit by at most this share of it: WARN; beyond: BLOCK.
    core::Rate limitTolerance = core::Rate::fromBasisPoints(500);
    // Overdue amount strictly above this: WARN.
    core::Money overdueAmountThreshold;
    // Oldest overdue item more than this many days past its due date: BLOCK.
    int overdueDaysLimit = 30;
    // Open disputes: WARN, or BLOCK when set.
    bool disputesBlock = false;
    // A risk class worse than this one: BLOCK ('E' lets every class through).
    char minimumClass = 'D';
};

// Everything the check reads about a client on the day asked, already computed.
struct CreditSubject {
    core::AccountStatus accountStatus = core::AccountStatus::Prospect;
    core::CompanyStatus companyStatus = core::CompanyStatus::Active;
    core::Proceedings proceedings = core::Proceedings::None;
    std::optional<core::Money> limit; // the limit in force, none when never granted
    std::optional<core::Date> limitReviewDate;
    std::optional<char> riskClass;
    core::Money receivables;  // open debits less unapplied credits
    core::Money deliveredNotInvoiced;
    core::Money openOrders;
    core::Money deposits;     // received and not yet set against an invoice
    core::Money overdue;
    int oldestOverdueDays = 0;
    int openDisputes = 0;
    core::Money disputedAmount;
};

// The exposure by category, a switched-off category counting as zero, so that
// total = receivables + deliveredNotInvoiced + openOrders − deposits.
struct Exposure {
    core::Money receivables;
    core::Money deliveredNotInvoiced;
    core::Money openOrders;
    core::Money deposits;
    core::Money total;
};

// One reason of the decision. Codes are stable (JSON, tests); the app turns a code and
// its arguments into a sentence.
//   account_not_active (status)          BLOCK  prospect, pending or closed account
//   account_blocked                      BLOCK
//   company_ceased                       BLOCK
//   collective_proceedings (kind)        BLOCK  receivership, liquidation; WARN safeguard
//   no_limit                             BLOCK
//   limit_review_overdue (review date)   WARN
//   limit_exceeded (projected, limit, excess, tolerance amount)
//                                        WARN within the tolerance, BLOCK beyond
//   overdue_amount (overdue, threshold)  WARN
//   overdue_age (days, limit)            BLOCK
//   open_disputes (count, amount)        WARN, or BLOCK by policy
//   risk_class (class, minimum)          BLOCK
// Amounts are in cents, dates ISO.
struct CheckReason {
    std::string code;
    CheckDecision severity = CheckDecision::Warn;
    std::vector<std::string> args;
};

struct CreditCheckResult {
    CheckDecision decision = CheckDecision::Ok;
    std::vector<CheckReason> reasons; // worst first, then in the order above
    Exposure exposure;
    core::Money amount;    // the operation checked
    core::Money projected; // exposure total + amount
    std::optional<core::Money> limit;
    std::optional<core::Money> available; // limit − exposure total; negative when over
    core::Money overdue;
    int oldestOverdueDays = 0;
    std::optional<char> riskClass;
    int openDisputes = 0;
    core::Money disputedAmount;

    const CheckReason* reason(std::string_view code) const;
};

Exposure exposureOf(const CreditSubject& subject, const ExposureCategories& include);

// The check before an order, a delivery or a quote: `amount` is what the operation
// adds to the exposure (including VAT), `asOf` the day of the check. The limit counts
// as exceeded only when exposure + amount is strictly above it.
CreditCheckResult checkCredit(const CreditSubject& subject, core::Money amount, core::Date asOf,
                              const CreditCheckPolicy& policy);

} // namespace pc::risk
