#pragma once

#include "core/Money.h"
#include "core/Result.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>

namespace pc::app {

// Stage 9 settings shared by the team: the KPI targets and when the dashboard raises
// an alert. Percentages and days in hundredths.
struct ImpactPolicy {
    std::optional<std::int64_t> targetDso = 4500;          // 45 days
    std::optional<std::int64_t> targetOverdueShare = 1500; // 15 %
    std::optional<std::int64_t> targetCei = 8000;          // 80 %
    int alertOverdueDays = 60;             // an item this many days past due raises an alert
    core::Money alertOverdueMinimum = core::Money::fromCents(0);
    int alertClassDrop = 1; // risk classes lost between two limit decisions
};

nlohmann::json toJson(const ImpactPolicy& policy);
ImpactPolicy impactPolicyFromJson(const nlohmann::json& j);

// "kpi.target_dso" (days, "" for none), "kpi.target_overdue_share" (%),
// "kpi.target_cei" (%), "alerts.overdue_days", "alerts.overdue_minimum" (€),
// "alerts.class_drop", and how each is set from text.
using ImpactSetter = std::function<core::Status(ImpactPolicy&, const QString&)>;
const std::map<QString, ImpactSetter>& impactSetters();

} // namespace pc::app
