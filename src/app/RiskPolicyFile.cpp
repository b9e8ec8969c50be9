#include "app/RiskPolicyFile.h"

#include "app/DataPaths.h"
#include "core/DecimalText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace pc::app {

using core::Error;
using core::ErrorCode;
using nlohmann::json;

namespace {

// A percentage written as a JSON number ("35" or "2.5") held exactly in basis points.
core::Rate rateOf(const json& value)
{
    return core::Rate::parsePercent(value.dump()).valueOr(core::Rate());
}

risk::ScoreFactor factorOf(const json& j)
{
    risk::ScoreFactor f;
    f.key = j.at("key").get<std::string>();
    f.weight = j.at("weight").get<double>();
    f.missingShare = j.value("missing_share", 0.5);
    for (const json& band : j.at("bands"))
        f.bands.push_back({band.contains("below") ? std::optional<double>(band["below"].get<double>()) : std::nullopt,
                           band.at("share").get<double>()});
    if (j.contains("error_shares"))
        for (const auto& [reason, share] : j["error_shares"].items())
            f.errorShares[reason] = share.get<double>();
    return f;
}

risk::ClassLimitRule limitRuleOf(const json& j)
{
    risk::ClassLimitRule r;
    r.riskClass = j.at("class").get<std::string>().at(0);
    r.prepayment = j.value("prepayment", false);
    r.netWorthShare = rateOf(j.value("net_worth_share", json(0)));
    r.workingCapitalShare = rateOf(j.value("working_capital_share", json(0)));
    r.depositShare = rateOf(j.value("deposit_share", json(0)));
    if (j.contains("cap_euros") && !j["cap_euros"].is_null())
        r.cap = core::Money::fromEuros(j["cap_euros"].get<std::int64_t>());
    return r;
}

risk::RiskPolicy policyOf(const json& j)
{
    risk::RiskPolicy p;
    p.version = j.at("version").get<int>();
    p.name = j.value("name", std::string());
    p.dayBasis = j.value("day_basis", 365);
    p.limitRoundingCents = j.value("limit_rounding_euros", std::int64_t{100}) * 100;
    for (const json& f : j.at("factors"))
        p.factors.push_back(factorOf(f));
    for (const json& c : j.at("classes"))
        p.classes.push_back({c.at("class").get<std::string>().at(0), c.at("minimum_score").get<double>()});
    std::sort(p.classes.begin(), p.classes.end(),
              [](const risk::ClassThreshold& a, const risk::ClassThreshold& b) { return a.minimumScore > b.minimumScore; });
    if (j.contains("events")) {
        const json& e = j["events"];
        p.safeguardPenalty = e.value("safeguard_penalty", p.safeguardPenalty);
        p.lienPenalty = e.value("lien_penalty", p.lienPenalty);
        p.lienPenaltyMax = e.value("lien_penalty_max", p.lienPenaltyMax);
    }
    for (const json& l : j.at("limits"))
        p.limitRules.push_back(limitRuleOf(l));
    return p;
}

} // namespace

QString RiskPolicyFile::builtInPath()
{
    return QStringLiteral(":/risk/risk_policy.json");
}

QString RiskPolicyFile::userPath()
{
    return QDir(DataPaths::dataFolder()).filePath(QStringLiteral("risk_policy.json"));
}

QString RiskPolicyFile::activePath()
{
    return QFileInfo::exists(userPath()) ? userPath() : builtInPath();
}

core::Result<risk::RiskPolicy> RiskPolicyFile::load()
{
    return loadFile(activePath());
}

core::Result<risk::RiskPolicy> RiskPolicyFile::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::IoError, {path.toStdString(), file.errorString().toStdString()});
    return parse(file.readAll(), QFileInfo(path).fileName().toStdString());
}

core::Result<risk::RiskPolicy> RiskPolicyFile::parse(const QByteArray& bytes, const std::string& fileName)
{
    const json j = json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return Error(ErrorCode::InvalidFormat, {fileName}).inFile(fileName);
    try {
        risk::RiskPolicy policy = policyOf(j);
        if (policy.factors.empty() || policy.classes.empty())
            return Error(ErrorCode::MissingField, {"factors"}).inFile(fileName).inField("factors");
        return policy;
    } catch (const json::out_of_range& e) {
        return Error(ErrorCode::MissingField, {e.what()}).inFile(fileName);
    } catch (const json::exception& e) {
        return Error(ErrorCode::InvalidFormat, {e.what()}).inFile(fileName);
    }
}

} // namespace pc::app
