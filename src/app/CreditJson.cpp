#include "app/CreditJson.h"

#include "app/ClientJson.h"

namespace pc::app {

using nlohmann::json;

namespace {

json centsOrNull(const std::optional<core::Money>& m)
{
    return m ? json(m->cents()) : json(nullptr);
}

json ratioJson(const risk::RatioValue& r)
{
    json out = {{"unit", unitCode(r.unit)}};
    if (!r.ok()) {
        out["error"] = r.error;
        return out;
    }
    if (r.amount) {
        out["value_cents"] = r.amount->cents();
        out["value"] = static_cast<double>(r.amount->cents()) / 100.0;
    } else {
        out["value"] = *r.value;
    }
    return out;
}

json scoreJson(const risk::ScoreResult& s)
{
    json out = {{"value", s.value ? json(*s.value) : json(nullptr)}, {"zone", s.zone.empty() ? json(nullptr) : json(s.zone)}};
    if (!s.ok())
        out["error"] = s.error;
    if (!s.rating.empty())
        out["rating"] = s.rating;
    if (!s.defaultProbability.empty())
        out["default_probability"] = s.defaultProbability;
    json components = json::object();
    for (const auto& [name, value] : s.components)
        components[name] = value;
    out["components"] = components;
    return out;
}

json contributionJson(const risk::ScoreContribution& c)
{
    return {{"factor", c.key},
            {"value", c.value ? json(*c.value) : json(nullptr)},
            {"reason", c.reason.empty() ? json(nullptr) : json(c.reason)},
            {"points", c.points},
            {"max_points", c.maxPoints},
            {"lost_points", c.lost()}};
}

json explanationJson(const risk::InternalScore& s)
{
    json lines = json::array();
    for (const risk::ScoreContribution& c : s.contributions)
        lines.push_back(contributionJson(c));
    for (const risk::ScoreContribution& c : s.adjustments)
        lines.push_back(contributionJson(c));
    return lines;
}

json recommendationJson(const risk::LimitRecommendation& r)
{
    json rules = json::array();
    for (const risk::LimitRule& rule : r.rules)
        rules.push_back({{"rule", rule.key},
                         {"amount_cents", centsOrNull(rule.amount)},
                         {"reason", rule.reason.empty() ? json(nullptr) : json(rule.reason)}});
    return {{"limit_cents", r.limit.cents()},
            {"binding_rule", r.bindingRule.empty() ? json(nullptr) : json(r.bindingRule)},
            {"rules", rules},
            {"deposit", {{"share_bp", r.deposit.share.basisPoints()}, {"prepayment", r.deposit.prepayment}}}};
}

json termsJson(const CreditAnalysis& a)
{
    if (!a.terms)
        return {{"code", a.profile.paymentTerms}, {"error", "unknown_terms"}};
    return {{"code", a.terms->code()}, {"label", a.terms->label()}, {"nominal_days", a.terms->nominalDays()}};
}

} // namespace

const char* unitCode(risk::RatioUnit unit)
{
    switch (unit) {
    case risk::RatioUnit::Amount: return "amount";
    case risk::RatioUnit::Percent: return "percent";
    case risk::RatioUnit::Days: return "days";
    case risk::RatioUnit::Years: return "years";
    }
    return "amount";
}

std::string scoreKey(const std::string& engineName)
{
    if (engineName == "altman_z_double_prime")
        return "altman_z2";
    if (engineName == "altman_em")
        return "altman_z2_em";
    return engineName;
}

json toJson(const risk::YearRatios& year)
{
    json ratios = json::object();
    for (const std::string& key : risk::ratioKeys())
        if (const risk::RatioValue* r = year.find(key))
            ratios[key] = ratioJson(*r);
    return {{"year", year.fiscalYear}, {"closing_date", year.closingDate.toIso()}, {"ratios", ratios}, {"flags", year.flags}};
}

json toJson(const store::CreditLimitDecision& d)
{
    return {{"amount_cents", d.amount.cents()},
            {"recommended_cents", centsOrNull(d.recommended)},
            {"risk_class", d.riskClass},
            {"policy_version", d.policyVersion},
            {"approver", d.approver.toStdString()},
            {"reason", d.reason.toStdString()},
            {"review_date", d.reviewDate.toIso()},
            {"decided_on", d.decidedOn.toIso()},
            {"decided_by", d.decidedBy.toStdString()}};
}

json toJson(const CreditAnalysis& a)
{
    json scores = json::object();
    for (const risk::ScoreResult& s : a.scores)
        scores[scoreKey(s.name)] = scoreJson(s);
    scores["internal"] = {{"value", a.internal.score},
                          {"zone", std::string(1, a.internal.riskClass)},
                          {"class_reason", a.internal.classReason.empty() ? json(nullptr) : json(a.internal.classReason)}};
    json years = json::array();
    for (const risk::YearRatios& y : a.years)
        years.push_back(toJson(y));
    const risk::YearRatios* analysed = a.analysedRatios();
    json history = json::array();
    for (const store::CreditLimitDecision& d : a.history)
        history.push_back(toJson(d));
    return {{"siren", a.client.company.siren ? json(a.client.company.siren->str()) : json(nullptr)},
            {"name", a.client.company.name},
            {"year", a.analysedYear ? json(*a.analysedYear) : json(nullptr)},
            {"policy_version", a.policy.version},
            {"class", std::string(1, a.internal.riskClass)},
            {"score", a.internal.score},
            {"recommended_limit_cents", a.recommendation.limit.cents()},
            {"recommendation", recommendationJson(a.recommendation)},
            {"current_limit", a.currentLimit ? toJson(*a.currentLimit) : json(nullptr)},
            {"limit_history", history},
            {"ratios", analysed ? toJson(*analysed)["ratios"] : json::object()},
            {"flags", analysed ? json(analysed->flags) : json::array()},
            {"years", years},
            {"scores", scores},
            {"explanation", explanationJson(a.internal)},
            {"terms", termsJson(a)}};
}

} // namespace pc::app
