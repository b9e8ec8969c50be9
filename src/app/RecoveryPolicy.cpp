#include "app/RecoveryPolicy.h"

#include "app/RecoveryLetter.h"

#include <QStringList>

#include <set>

#include <algorithm>

namespace pc::app {

using core::Error;
using core::ErrorCode;
using core::Status;
using nlohmann::json;
using receivables::DunningScenario;
using receivables::DunningStep;

const DunningScenario& RecoveryPolicy::scenarioFor(const std::string& segment) const
{
    const auto named = [&](const std::string& code) -> const DunningScenario* {
        const auto it = std::find_if(scenarios.begin(), scenarios.end(), [&](const auto& s) { return s.code == code; });
        return it == scenarios.end() ? nullptr : &*it;
    };
    if (const auto it = scenarioBySegment.find(segment); it != scenarioBySegment.end())
        if (const DunningScenario* s = named(it->second))
            return *s;
    if (const DunningScenario* s = named(defaultScenario))
        return *s;
    return scenarios.front();
}

json toJson(const DunningScenario& scenario)
{
    json steps = json::array();
    for (const DunningStep& s : scenario.steps)
        steps.push_back({{"code", s.code},
                         {"offset_days", s.offsetDays},
                         {"channel", std::string(toCode(s.channel))},
                         {"tone", std::string(toCode(s.tone))},
                         {"template", s.templateCode},
                         {"minimum_cents", s.minimumAmount.cents()},
                         {"copy_sales_rep", s.copySalesRep},
                         {"automatic", s.automatic}});
    return {{"code", scenario.code},
            {"name", scenario.name},
            {"mail_transit_days", scenario.mailTransitDays},
            {"promise_grace_days", scenario.promiseGraceDays},
            {"steps", steps}};
}

namespace {

// The document templates a step may name (app/RecoveryLetter.h).
const std::set<std::string>& knownTemplates()
{
    static const std::set<std::string> codes = [] {
        std::set<std::string> all;
        for (const QString& code : DocumentTemplates::codes())
            all.insert(code.toStdString());
        return all;
    }();
    return codes;
}

Error fieldError(ErrorCode code, const std::string& field, std::vector<std::string> args = {})
{
    Error e(code, std::move(args));
    e.inField(field);
    return e;
}

core::Result<DunningStep> stepFromJson(const json& j, std::size_t index)
{
    const std::string where = "steps[" + std::to_string(index) + "]";
    if (!j.is_object())
        return fieldError(ErrorCode::InvalidFormat, where);
    DunningStep s;
    if (!j.contains("code") || !j["code"].is_string())
        return fieldError(ErrorCode::MissingField, where + ".code");
    s.code = j["code"].get<std::string>();
    if (!j.contains("offset_days") || !j["offset_days"].is_number_integer())
        return fieldError(ErrorCode::MissingField, where + ".offset_days");
    s.offsetDays = j["offset_days"].get<int>();
    const auto channel = receivables::dunningChannelFromCode(j.value("channel", ""));
    if (!channel)
        return fieldError(ErrorCode::UnknownValue, where + ".channel", {j.value("channel", "")});
    s.channel = *channel;
    const auto tone = receivables::dunningToneFromCode(j.value("tone", "reminder"));
    if (!tone)
        return fieldError(ErrorCode::UnknownValue, where + ".tone", {j.value("tone", "")});
    s.tone = *tone;
    s.templateCode = j.value("template", "");
    s.minimumAmount = core::Money::fromCents(j.value("minimum_cents", std::int64_t{0}));
    s.copySalesRep = j.value("copy_sales_rep", false);
    s.automatic = j.value("automatic", false);
    return s;
}

core::Status checkRanges(const DunningScenario& scenario)
{
    if (scenario.mailTransitDays < 0 || scenario.mailTransitDays > 30)
        return fieldError(ErrorCode::InvalidNumber, "mail_transit_days", {std::to_string(scenario.mailTransitDays)});
    if (scenario.promiseGraceDays < 0 || scenario.promiseGraceDays > 60)
        return fieldError(ErrorCode::InvalidNumber, "promise_grace_days", {std::to_string(scenario.promiseGraceDays)});
    for (const DunningStep& step : scenario.steps) {
        if (step.minimumAmount.isNegative())
            return fieldError(ErrorCode::InvalidNumber, step.code + ".minimum_cents", {step.minimumAmount.toString()});
        if (!step.templateCode.empty() && !knownTemplates().count(step.templateCode))
            return fieldError(ErrorCode::UnknownValue, step.code + ".template", {step.templateCode});
    }
    return {};
}

// Throws json::exception on a value of the wrong type.
core::Result<DunningScenario> parseScenario(const json& j)
{
    if (!j.is_object())
        return Error(ErrorCode::InvalidFormat, {"scenario"});
    DunningScenario scenario;
    scenario.code = j.value("code", "");
    scenario.name = j.value("name", scenario.code);
    scenario.mailTransitDays = j.value("mail_transit_days", scenario.mailTransitDays);
    scenario.promiseGraceDays = j.value("promise_grace_days", scenario.promiseGraceDays);
    if (!j.contains("steps") || !j["steps"].is_array())
        return fieldError(ErrorCode::MissingField, "steps");
    for (std::size_t i = 0; i < j["steps"].size(); ++i) {
        auto step = stepFromJson(j["steps"][i], i);
        if (!step)
            return step.error();
        scenario.steps.push_back(*step);
    }
    if (auto status = receivables::validate(scenario); !status)
        return status.error();
    if (auto status = checkRanges(scenario); !status)
        return status.error();
    return scenario;
}

} // namespace

core::Result<DunningScenario> scenarioFromJson(const json& j)
{
    // A setting typed by hand: a value of the wrong type is a refusal, never a crash.
    try {
        return parseScenario(j);
    } catch (const json::exception& e) {
        return Error(ErrorCode::InvalidFormat, {e.what()}).inField("dunning.scenarios");
    }
}

json toJson(const RecoveryPolicy& p)
{
    json scenarios = json::array();
    for (const DunningScenario& s : p.scenarios)
        scenarios.push_back(toJson(s));
    json segments = json::object();
    for (const auto& [segment, code] : p.scenarioBySegment)
        segments[segment] = code;
    return {{"scenarios", scenarios},
            {"default_scenario", p.defaultScenario},
            {"segment_scenarios", segments},
            {"confirm_documents", p.confirmDocuments},
            {"pay_within_days", p.payWithinDays},
            {"language", p.language},
            {"prescription_warn_months", p.prescriptionWarnMonths}};
}

RecoveryPolicy recoveryPolicyFromJson(const json& j)
{
    RecoveryPolicy p;
    if (!j.is_object())
        return p;
    if (const auto it = j.find("scenarios"); it != j.end() && it->is_array()) {
        std::vector<DunningScenario> scenarios;
        for (const json& s : *it)
            if (auto scenario = scenarioFromJson(s))
                scenarios.push_back(*scenario);
        if (!scenarios.empty())
            p.scenarios = std::move(scenarios);
    }
    p.defaultScenario = j.value("default_scenario", p.defaultScenario);
    if (const auto it = j.find("segment_scenarios"); it != j.end() && it->is_object())
        for (const auto& [segment, code] : it->items())
            if (code.is_string())
                p.scenarioBySegment[segment] = code.get<std::string>();
    p.confirmDocuments = j.value("confirm_documents", p.confirmDocuments);
    p.payWithinDays = j.value("pay_within_days", p.payWithinDays);
    p.language = j.value("language", p.language);
    p.prescriptionWarnMonths = j.value("prescription_warn_months", p.prescriptionWarnMonths);
    return p;
}

namespace {

Status boolInto(bool& target, const QString& value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("oui") || v == QLatin1String("yes"))
        target = true;
    else if (v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("non") || v == QLatin1String("no"))
        target = false;
    else
        return Error(ErrorCode::InvalidFormat, {value.toStdString()});
    return {};
}

bool hasScenario(const RecoveryPolicy& p, const std::string& code)
{
    return std::any_of(p.scenarios.begin(), p.scenarios.end(), [&](const auto& s) { return s.code == code; });
}

Status segmentScenariosInto(RecoveryPolicy& p, const QString& value)
{
    std::map<std::string, std::string> bySegment;
    for (const QString& pair : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return Error(ErrorCode::InvalidFormat, {pair.toStdString()});
        const std::string code = pair.mid(equals + 1).trimmed().toStdString();
        if (!hasScenario(p, code))
            return Error(ErrorCode::UnknownValue, {code});
        bySegment[pair.left(equals).trimmed().toStdString()] = code;
    }
    p.scenarioBySegment = std::move(bySegment);
    return {};
}

Status scenariosInto(RecoveryPolicy& p, const QString& value)
{
    const json j = json::parse(value.toStdString(), nullptr, false);
    if (!j.is_array() || j.empty())
        return Error(ErrorCode::InvalidFormat, {"a JSON list of scenarios"});
    std::vector<DunningScenario> scenarios;
    for (const json& s : j) {
        auto scenario = scenarioFromJson(s);
        if (!scenario)
            return scenario.error();
        scenarios.push_back(*scenario);
    }
    p.scenarios = std::move(scenarios);
    return {};
}

} // namespace

const std::map<QString, RecoverySetter>& recoverySetters()
{
    static const std::map<QString, RecoverySetter> setters{
        {QStringLiteral("dunning.default_scenario"),
         [](RecoveryPolicy& p, const QString& v) {
             if (!hasScenario(p, v.trimmed().toStdString()))
                 return Status(Error(ErrorCode::UnknownValue, {v.toStdString()}));
             p.defaultScenario = v.trimmed().toStdString();
             return Status();
         }},
        {QStringLiteral("dunning.segment_scenarios"), segmentScenariosInto},
        {QStringLiteral("dunning.confirm_documents"),
         [](RecoveryPolicy& p, const QString& v) { return boolInto(p.confirmDocuments, v); }},
        {QStringLiteral("dunning.pay_within_days"),
         [](RecoveryPolicy& p, const QString& v) {
             bool ok = false;
             const int days = v.trimmed().toInt(&ok);
             if (!ok || days < 1 || days > 90)
                 return Status(Error(ErrorCode::InvalidNumber, {v.toStdString(), "1", "90"}));
             p.payWithinDays = days;
             return Status();
         }},
        {QStringLiteral("dunning.language"),
         [](RecoveryPolicy& p, const QString& v) {
             if (v != QLatin1String("fr") && v != QLatin1String("en"))
                 return Status(Error(ErrorCode::UnknownValue, {v.toStdString()}));
             p.language = v.toStdString();
             return Status();
         }},
        {QStringLiteral("dunning.scenarios"), scenariosInto},
    };
    return setters;
}

} // namespace pc::app
