#pragma once

#include "core/Money.h"
#include "core/Rate.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pc::risk {

// How a measured value turns into a share of a factor's points: the first band whose
// upper bound the value is below gives its share; the last band has no bound.
struct ScoreBand {
    std::optional<double> below;
    double share = 0.0; // 0..1
};

struct ScoreFactor {
    std::string key;         // the input it reads: a ratio key, "conan_holder", "days_late"
    double weight = 0.0;     // points at stake
    bool higherIsBetter = true; // informational (for explanations); bands carry the rule
    std::vector<ScoreBand> bands;
    double missingShare = 0.5;                 // when the value is unknown
    std::map<std::string, double> errorShares; // when it fails for a known reason ("negative_caf": 0)
};

// The risk classes A (best) to E, by minimum score.
struct ClassThreshold {
    char riskClass = 'E';
    double minimumScore = 0.0;
};

// Per class: the capacity rules of the credit line and what is asked before delivery.
struct ClassLimitRule {
    char riskClass = 'E';
    core::Rate netWorthShare;       // of equity
    core::Rate workingCapitalShare; // of FRNG
    std::optional<core::Money> cap; // absolute ceiling; none = no ceiling
    core::Rate depositShare;        // advance asked with each order
    bool prepayment = false;        // payment before delivery
};

// The settings a credit manager owns: weights, bands, thresholds and limit rules,
// versioned so that a decision can say which policy produced it.
struct RiskPolicy {
    int version = 0;
    std::string name;
    std::vector<ScoreFactor> factors;
    std::vector<ClassThreshold> classes; // sorted by minimumScore, highest first
    double safeguardPenalty = 30.0;      // points lost under a safeguard plan
    double lienPenalty = 10.0;           // per registered URSSAF/Treasury lien
    double lienPenaltyMax = 20.0;
    std::vector<ClassLimitRule> limitRules;
    int dayBasis = 365;
    std::int64_t limitRoundingCents = 10'000; // limits are rounded down to 100 €

    const ClassLimitRule* limitRule(char riskClass) const;
};

} // namespace pc::risk
