#pragma once

#include "core/Result.h"
#include "receivables/DunningScenario.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace pc::app {

// Stage 8 rules shared by the team: the dunning scenarios, which segment follows which,
// whether documents wait for a person to confirm them, and the letters' terms.
struct RecoveryPolicy {
    std::vector<receivables::DunningScenario> scenarios{receivables::standardScenario()};
    std::string defaultScenario = "standard";
    std::map<std::string, std::string> scenarioBySegment;
    // Documents of steps not marked automatic wait for a person; false: all go out in
    // the batch.
    bool confirmDocuments = true;
    int payWithinDays = 8;    // the time a formal notice gives
    std::string language = "fr"; // of the letters
    int prescriptionWarnMonths = 6;

    // The scenario of a client of `segment`: its own, else the default, else the first.
    const receivables::DunningScenario& scenarioFor(const std::string& segment) const;
    // Whether the document of `step` needs a person's confirmation.
    bool needsConfirmation(const receivables::DunningStep& step) const { return confirmDocuments && !step.automatic; }
};

nlohmann::json toJson(const receivables::DunningScenario& scenario);
// Errors: InvalidFormat / MissingField / UnknownValue with the field, then validate()'s.
core::Result<receivables::DunningScenario> scenarioFromJson(const nlohmann::json& j);

nlohmann::json toJson(const RecoveryPolicy& policy);
RecoveryPolicy recoveryPolicyFromJson(const nlohmann::json& j);

// "dunning.default_scenario", "dunning.segment_scenarios" ("GRANDS_COMPTES=strategic,
// PME=standard"), "dunning.confirm_documents", "dunning.pay_within_days",
// "dunning.language", "dunning.scenarios" (the JSON list), and how each is set from text.
using RecoverySetter = std::function<core::Status(RecoveryPolicy&, const QString&)>;
const std::map<QString, RecoverySetter>& recoverySetters();

} // namespace pc::app
