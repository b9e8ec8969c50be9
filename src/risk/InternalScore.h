#pragma once

#include "core/ClientFile.h"
#include "risk/RiskPolicy.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pc::risk {

// What the internal score reads: the values of its factors (ratios of the last year,
// Conan & Holder, payment behaviour from the ledger) or why each is unknown, and the
// events known about the company.
struct ScoringInputs {
    std::map<std::string, double> values;
    std::map<std::string, std::string> errors; // factor key -> reason ("negative_caf")
    core::Proceedings proceedings = core::Proceedings::None;
    int liens = 0; // URSSAF / Treasury liens (privilèges) registered
};

// One line of the explanation: how many of the factor's points were earned.
struct ScoreContribution {
    std::string key;
    std::optional<double> value; // the measured value, when known
    std::string reason;          // why it is unknown, or "" ("missing" when absent)
    double points = 0.0;
    double maxPoints = 0.0;
    double lost() const { return maxPoints - points; }
};

struct InternalScore {
    double score = 0.0; // 0..100
    char riskClass = 'E';
    int policyVersion = 0;
    std::vector<ScoreContribution> contributions; // in the policy's order
    std::vector<ScoreContribution> adjustments;   // events: negative points
    std::string classReason; // "" or "receivership", "liquidation", "safeguard": a class forced by an event
};

InternalScore scoreInternally(const ScoringInputs& inputs, const RiskPolicy& policy);

// The class of a score under a policy, without events.
char classOf(double score, const RiskPolicy& policy);

} // namespace pc::risk
