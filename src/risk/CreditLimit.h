#pragma once

#include "core/Money.h"
#include "risk/RiskPolicy.h"

#include <optional>
#include <string>
#include <vector>

namespace pc::risk {

// What the recommendation of a credit line starts from.
struct LimitInputs {
    char riskClass = 'E';
    std::optional<core::Money> netWorth;       // equity (DL)
    std::optional<core::Money> workingCapital; // FRNG
    // The need: what the client is expected to buy in a year, and how long it takes to pay.
    std::optional<core::Money> expectedAnnualPurchases;
    int paymentTermDays = 30;
    int usualDelayDays = 0;
    std::optional<core::Money> insurerCover; // the credit insurer's agreement, if insured
};

// One capacity or need rule with the amount it allows, or why it does not apply.
struct LimitRule {
    std::string key; // "net_worth", "working_capital", "class_cap", "need", "insurer"
    std::optional<core::Money> amount;
    std::string reason; // when amount is empty: "unknown", "no_cap"
};

struct DepositRequirement {
    core::Rate share;        // advance asked with each order (0 = none)
    bool prepayment = false; // payment before delivery
};

struct LimitRecommendation {
    core::Money limit;
    std::string bindingRule; // the rule that gave the lowest amount
    std::vector<LimitRule> rules;
    DepositRequirement deposit;
};

// The lowest of the capacity rules of the class (share of net worth, share of working
// capital, ceiling), the need (purchases × (term + delay) / day basis) and the
// insurer's cover; rounded down to the policy's step. Class E gets no credit.
LimitRecommendation recommendLimit(const LimitInputs& inputs, const RiskPolicy& policy);

} // namespace pc::risk
