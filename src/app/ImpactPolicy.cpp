#include "app/ImpactPolicy.h"

#include "core/DecimalText.h"

namespace pc::app {

using core::Error;
using core::ErrorCode;
using core::Status;
using nlohmann::json;

namespace {

json optionalJson(const std::optional<std::int64_t>& v)
{
    return v ? json(*v) : json(nullptr);
}

std::optional<std::int64_t> optionalFrom(const json& j, const char* key, std::optional<std::int64_t> fallback)
{
    if (!j.is_object() || !j.contains(key))
        return fallback;
    const json& v = j.at(key);
    return v.is_number_integer() ? std::optional<std::int64_t>(v.get<std::int64_t>()) : std::nullopt;
}

// A target typed as "45" or "45,5"; empty removes it.
ImpactSetter hundredthsInto(std::optional<std::int64_t> ImpactPolicy::*member, std::int64_t max)
{
    return [member, max](ImpactPolicy& p, const QString& v) -> Status {
        if (v.trimmed().isEmpty()) {
            p.*member = std::nullopt;
            return {};
        }
        auto parsed = core::parseHundredths(v.trimmed().toStdString());
        if (!parsed)
            return parsed.error();
        if (*parsed < 0 || *parsed > max)
            return Error(ErrorCode::InvalidNumber, {v.toStdString(), "0", std::to_string(max / 100)});
        p.*member = *parsed;
        return {};
    };
}

ImpactSetter intInto(int ImpactPolicy::*member, int min, int max)
{
    return [member, min, max](ImpactPolicy& p, const QString& v) -> Status {
        bool ok = false;
        const int n = v.trimmed().toInt(&ok);
        if (!ok || n < min || n > max)
            return Error(ErrorCode::InvalidNumber, {v.toStdString(), std::to_string(min), std::to_string(max)});
        p.*member = n;
        return {};
    };
}

} // namespace

json toJson(const ImpactPolicy& p)
{
    return {{"target_dso", optionalJson(p.targetDso)},
            {"target_overdue_share", optionalJson(p.targetOverdueShare)},
            {"target_cei", optionalJson(p.targetCei)},
            {"alert_overdue_days", p.alertOverdueDays},
            {"alert_overdue_minimum_cents", p.alertOverdueMinimum.cents()},
            {"alert_class_drop", p.alertClassDrop}};
}

ImpactPolicy impactPolicyFromJson(const json& j)
{
    ImpactPolicy p;
    if (!j.is_object())
        return p;
    p.targetDso = optionalFrom(j, "target_dso", p.targetDso);
    p.targetOverdueShare = optionalFrom(j, "target_overdue_share", p.targetOverdueShare);
    p.targetCei = optionalFrom(j, "target_cei", p.targetCei);
    p.alertOverdueDays = j.value("alert_overdue_days", p.alertOverdueDays);
    p.alertOverdueMinimum = core::Money::fromCents(j.value("alert_overdue_minimum_cents", std::int64_t{0}));
    p.alertClassDrop = j.value("alert_class_drop", p.alertClassDrop);
    return p;
}

const std::map<QString, ImpactSetter>& impactSetters()
{
    static const std::map<QString, ImpactSetter> setters{
        {QStringLiteral("kpi.target_dso"), hundredthsInto(&ImpactPolicy::targetDso, 36500)},
        {QStringLiteral("kpi.target_overdue_share"), hundredthsInto(&ImpactPolicy::targetOverdueShare, 10000)},
        {QStringLiteral("kpi.target_cei"), hundredthsInto(&ImpactPolicy::targetCei, 10000)},
        {QStringLiteral("alerts.overdue_days"), intInto(&ImpactPolicy::alertOverdueDays, 1, 3650)},
        {QStringLiteral("alerts.overdue_minimum"),
         [](ImpactPolicy& p, const QString& v) -> Status {
             auto amount = core::Money::parse(v.trimmed().toStdString());
             if (!amount)
                 return amount.error();
             if (amount->isNegative())
                 return Error(ErrorCode::InvalidNumber, {v.toStdString(), "0", ""});
             p.alertOverdueMinimum = *amount;
             return {};
         }},
        {QStringLiteral("alerts.class_drop"), intInto(&ImpactPolicy::alertClassDrop, 1, 4)},
    };
    return setters;
}

} // namespace pc::app
