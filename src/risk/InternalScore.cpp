#include "risk/InternalScore.h"

#include <algorithm>

namespace pc::risk {

namespace {

double shareOf(double value, const ScoreFactor& factor)
{
    for (const ScoreBand& band : factor.bands) {
        if (!band.below || value < *band.below)
            return band.share;
    }
    return 0.0;
}

ScoreContribution contributionOf(const ScoreFactor& factor, const ScoringInputs& inputs)
{
    ScoreContribution c{factor.key, std::nullopt, {}, 0.0, factor.weight};
    double share = factor.missingShare;
    if (const auto v = inputs.values.find(factor.key); v != inputs.values.end()) {
        c.value = v->second;
        share = shareOf(v->second, factor);
    } else if (const auto e = inputs.errors.find(factor.key); e != inputs.errors.end()) {
        c.reason = e->second;
        if (const auto known = factor.errorShares.find(e->second); known != factor.errorShares.end())
            share = known->second;
    } else {
        c.reason = "missing";
    }
    c.points = factor.weight * std::clamp(share, 0.0, 1.0);
    return c;
}

std::vector<ScoreContribution> eventAdjustments(const ScoringInputs& inputs, const RiskPolicy& policy)
{
    std::vector<ScoreContribution> out;
    if (inputs.proceedings == core::Proceedings::Safeguard)
        out.push_back({"safeguard", std::nullopt, {}, -policy.safeguardPenalty, 0.0});
    if (inputs.liens > 0) {
        const double penalty = std::min(policy.lienPenalty * inputs.liens, policy.lienPenaltyMax);
        out.push_back({"liens", static_cast<double>(inputs.liens), {}, -penalty, 0.0});
    }
    return out;
}

} // namespace

char classOf(double score, const RiskPolicy& policy)
{
    for (const ClassThreshold& t : policy.classes) {
        if (score >= t.minimumScore)
            return t.riskClass;
    }
    return 'E';
}

InternalScore scoreInternally(const ScoringInputs& inputs, const RiskPolicy& policy)
{
    InternalScore result;
    result.policyVersion = policy.version;
    double total = 0.0;
    for (const ScoreFactor& factor : policy.factors) {
        result.contributions.push_back(contributionOf(factor, inputs));
        total += result.contributions.back().points;
    }
    result.adjustments = eventAdjustments(inputs, policy);
    for (const ScoreContribution& a : result.adjustments)
        total += a.points;
    result.score = std::clamp(total, 0.0, 100.0);
    result.riskClass = classOf(result.score, policy);
    // A company in receivership or liquidation is not a credit risk to weigh: it is E.
    if (inputs.proceedings == core::Proceedings::Receivership
        || inputs.proceedings == core::Proceedings::Liquidation) {
        result.riskClass = 'E';
        result.classReason = inputs.proceedings == core::Proceedings::Receivership ? "receivership" : "liquidation";
    } else if (inputs.proceedings == core::Proceedings::Safeguard && result.riskClass < 'D') {
        result.riskClass = 'D';
        result.classReason = "safeguard";
    }
    return result;
}

} // namespace pc::risk
