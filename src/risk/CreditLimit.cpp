#include "risk/CreditLimit.h"

#include <algorithm>

namespace pc::risk {

using core::Money;
using core::Rounding;

namespace {

// A share of a base that may be negative: a company with negative equity or working
// capital gives no capacity at all.
LimitRule shareRule(const char* key, const std::optional<Money>& base, core::Rate share)
{
    if (!base)
        return {key, std::nullopt, "unknown"};
    if (!base->isPositive())
        return {key, Money(), {}};
    return {key, base->percent(share, Rounding::Down), {}};
}

LimitRule needRule(const LimitInputs& in, int dayBasis)
{
    if (!in.expectedAnnualPurchases)
        return {"need", std::nullopt, "unknown"};
    const int days = std::max(0, in.paymentTermDays) + std::max(0, in.usualDelayDays);
    return {"need", in.expectedAnnualPurchases->scaled(days, dayBasis, Rounding::Up), {}};
}

Money roundDown(Money amount, std::int64_t step)
{
    if (step <= 1 || !amount.isPositive())
        return amount.isPositive() ? amount : Money();
    return Money::fromCents(amount.cents() / step * step);
}

} // namespace

LimitRecommendation recommendLimit(const LimitInputs& in, const RiskPolicy& policy)
{
    LimitRecommendation out;
    const ClassLimitRule* rule = policy.limitRule(in.riskClass);
    if (rule == nullptr || rule->prepayment) {
        out.rules.push_back({"class_cap", Money(), {}});
        out.bindingRule = "class_cap";
        out.deposit = {core::Rate::fromBasisPoints(10'000), true};
        return out;
    }
    out.rules.push_back(shareRule("net_worth", in.netWorth, rule->netWorthShare));
    out.rules.push_back(shareRule("working_capital", in.workingCapital, rule->workingCapitalShare));
    out.rules.push_back(rule->cap ? LimitRule{"class_cap", rule->cap, {}} : LimitRule{"class_cap", std::nullopt, "no_cap"});
    out.rules.push_back(needRule(in, policy.dayBasis));
    out.rules.push_back(in.insurerCover ? LimitRule{"insurer", in.insurerCover, {}}
                                        : LimitRule{"insurer", std::nullopt, "not_insured"});
    const LimitRule* lowest = nullptr;
    for (const LimitRule& r : out.rules) {
        if (r.amount && (lowest == nullptr || *r.amount < *lowest->amount))
            lowest = &r;
    }
    if (lowest != nullptr) {
        out.limit = roundDown(*lowest->amount, policy.limitRoundingCents);
        out.bindingRule = lowest->key;
    }
    out.deposit = {rule->depositShare, rule->prepayment};
    return out;
}

} // namespace pc::risk
