#include "risk/CreditCheck.h"

#include <algorithm>

namespace pc::risk {
namespace {

std::string cents(core::Money amount)
{
    return std::to_string(amount.cents());
}

class ReasonList {
public:
    void add(std::string code, CheckDecision severity, std::vector<std::string> args = {})
    {
        m_reasons.push_back({std::move(code), severity, std::move(args)});
    }
    std::vector<CheckReason> sorted() &&
    {
        std::ranges::stable_sort(m_reasons, std::ranges::greater(), &CheckReason::severity);
        return std::move(m_reasons);
    }

private:
    std::vector<CheckReason> m_reasons;
};

void checkAccount(const CreditSubject& s, ReasonList& reasons)
{
    if (s.accountStatus == core::AccountStatus::Blocked)
        reasons.add("account_blocked", CheckDecision::Block);
    else if (s.accountStatus != core::AccountStatus::Active)
        reasons.add("account_not_active", CheckDecision::Block, {std::string(core::toCode(s.accountStatus))});
    if (s.companyStatus == core::CompanyStatus::Ceased)
        reasons.add("company_ceased", CheckDecision::Block);
    if (s.proceedings != core::Proceedings::None)
        reasons.add("collective_proceedings",
                    s.proceedings == core::Proceedings::Safeguard ? CheckDecision::Warn : CheckDecision::Block,
                    {std::string(core::toCode(s.proceedings))});
}

void checkLimit(const CreditSubject& s, core::Money projected, core::Date asOf, const CreditCheckPolicy& policy,
                ReasonList& reasons)
{
    if (!s.limit) {
        reasons.add("no_limit", CheckDecision::Block);
        return;
    }
    if (s.limitReviewDate && *s.limitReviewDate < asOf)
        reasons.add("limit_review_overdue", CheckDecision::Warn, {s.limitReviewDate->toIso()});
    if (projected <= *s.limit)
        return;
    const core::Money tolerance = s.limit->percent(policy.limitTolerance, core::Rounding::Down);
    const core::Money excess = projected - *s.limit;
    reasons.add("limit_exceeded", excess <= tolerance ? CheckDecision::Warn : CheckDecision::Block,
                {cents(projected), cents(*s.limit), cents(excess), cents(tolerance)});
}

void checkBehaviour(const CreditSubject& s, const CreditCheckPolicy& policy, ReasonList& reasons)
{
    if (s.overdue > policy.overdueAmountThreshold)
        reasons.add("overdue_amount", CheckDecision::Warn, {cents(s.overdue), cents(policy.overdueAmountThreshold)});
    if (s.oldestOverdueDays > policy.overdueDaysLimit)
        reasons.add("overdue_age", CheckDecision::Block,
                    {std::to_string(s.oldestOverdueDays), std::to_string(policy.overdueDaysLimit)});
    if (s.openDisputes > 0)
        reasons.add("open_disputes", policy.disputesBlock ? CheckDecision::Block : CheckDecision::Warn,
                    {std::to_string(s.openDisputes), cents(s.disputedAmount)});
    // Classes run from A (best) to E: a letter after the minimum is worse.
    if (s.riskClass && *s.riskClass > policy.minimumClass)
        reasons.add("risk_class", CheckDecision::Block,
                    {std::string(1, *s.riskClass), std::string(1, policy.minimumClass)});
}

} // namespace

std::string_view toCode(CheckDecision decision)
{
    switch (decision) {
    case CheckDecision::Ok: return "OK";
    case CheckDecision::Warn: return "WARN";
    case CheckDecision::Block: return "BLOCK";
    }
    return "BLOCK";
}

const CheckReason* CreditCheckResult::reason(std::string_view code) const
{
    auto it = std::ranges::find(reasons, code, &CheckReason::code);
    return it == reasons.end() ? nullptr : &*it;
}

Exposure exposureOf(const CreditSubject& s, const ExposureCategories& include)
{
    Exposure e;
    e.receivables = include.receivables ? s.receivables : core::Money();
    e.deliveredNotInvoiced = include.deliveredNotInvoiced ? s.deliveredNotInvoiced : core::Money();
    e.openOrders = include.openOrders ? s.openOrders : core::Money();
    e.deposits = include.deposits ? s.deposits : core::Money();
    e.total = e.receivables + e.deliveredNotInvoiced + e.openOrders - e.deposits;
    return e;
}

CreditCheckResult checkCredit(const CreditSubject& s, core::Money amount, core::Date asOf,
                              const CreditCheckPolicy& policy)
{
    CreditCheckResult result;
    result.exposure = exposureOf(s, policy.include);
    result.amount = amount;
    result.projected = result.exposure.total + amount;
    result.limit = s.limit;
    if (s.limit)
        result.available = *s.limit - result.exposure.total;
    result.overdue = s.overdue;
    result.oldestOverdueDays = s.oldestOverdueDays;
    result.riskClass = s.riskClass;
    result.openDisputes = s.openDisputes;
    result.disputedAmount = s.disputedAmount;

    ReasonList reasons;
    checkAccount(s, reasons);
    checkLimit(s, result.projected, asOf, policy, reasons);
    checkBehaviour(s, policy, reasons);
    result.reasons = std::move(reasons).sorted();
    result.decision = result.reasons.empty() ? CheckDecision::Ok : result.reasons.front().severity;
    return result;
}

} // namespace pc::risk
