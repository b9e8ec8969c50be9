#pragma once

#include "core/Date.h"
#include "core/Money.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::receivables {

// The alerts of the dashboard: what a credit manager must look at today. Each alert
// has a key naming the situation it reports (the limit exceeded, the oldest item past
// due, the class lost…): acknowledging it quiets that situation only, and a new one
// (a lower limit, an older item, another promise broken) raises it again.

enum class AlertKind {
    LimitExceeded,
    OverdueBeyondThreshold,
    ScoreDowngrade,
    ReviewDatePassed,
    BrokenPromise,
    CollectiveProceedings,
};
// "limit_exceeded", "overdue", "score_downgrade", "review_passed", "broken_promise",
// "proceedings".
std::string_view toCode(AlertKind kind);
std::optional<AlertKind> alertKindFromCode(std::string_view code);

// What is known of one client on the day.
struct ClientRiskFacts {
    std::int64_t companyId = 0;
    core::Money exposure;                 // what it owes (open receivables)
    std::optional<core::Money> limit;     // its current credit limit
    // Open debits by due date, for the overdue alert.
    struct Due {
        core::Date dueDate;
        core::Money open;
    };
    std::vector<Due> openItems;
    std::optional<char> riskClass;         // of the latest limit decision ('A' best)
    std::optional<char> previousRiskClass; // of the one before
    std::optional<core::Date> reviewDate;
    // The day of the latest limit decision: a new decision is a new situation.
    std::optional<core::Date> decidedOn;
    struct Broken {
        std::int64_t promiseId = 0;
        core::Date since;
        core::Money missing; // promised less received
    };
    std::vector<Broken> brokenPromises;
    std::string proceedings; // "" or "safeguard", "receivership", "liquidation"
    std::optional<core::Date> proceedingsDate;
};

struct AlertThresholds {
    int overdueDays = 60;
    core::Money overdueMinimum;
    // Classes lost between two decisions that raise an alert (1: B → C does).
    int classDrop = 1;
};

enum class AlertSeverity { Info = 1, Warning = 2, Critical = 3 };

struct Alert {
    AlertKind kind = AlertKind::LimitExceeded;
    std::int64_t companyId = 0;
    std::string key;          // the situation, for acknowledgement
    AlertSeverity severity = AlertSeverity::Warning;
    core::Money amount;       // the excess, the overdue amount, the promise missed…
    std::optional<core::Date> since;
    std::string detail;       // a code for the text: the classes, the proceedings kind…
};

// Alerts of every client on `asOf`, most severe first, then by amount.
std::vector<Alert> raiseAlerts(const std::vector<ClientRiskFacts>& clients, core::Date asOf,
                               const AlertThresholds& thresholds);

} // namespace pc::receivables
