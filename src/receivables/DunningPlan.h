#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "receivables/DunningScenario.h"
#include "receivables/PaymentPromise.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pc::receivables {

// What the dunning engine decides for one client on one day. Values in, values out: the
// caller reads the client's open items, disputes, promises and past actions, and
// records the action it carries out.
//
// Rules:
// - an item takes part with its open amount less its active dispute; an item wholly
//   disputed or settled takes no part (a payment stops the scenario);
// - an item reaches step i on its due date + offset, less the mail transit for letters;
//   a step fires once per item: only steps above the item's `lastStepDone` count;
// - the client gets one action, at the highest step any of its items reaches and has
//   not had, covering every item past due and, for a step before the due date (a
//   courtesy reminder), the items about to fall due; steps passed over while nobody
//   acted are not sent late;
// - the account does not go back down: while an overdue item has had step k, steps up
//   to k are not sent for newer items, which join the account's next step;
// - a pending promise postpones everything until its date plus the grace period;
// - a promise broken since the client's last action moves it one step up at once,
//   without waiting for the next step's offset;
// - below the step's minimum amount, nothing is sent;
// - a client in legal recovery (paused) gets no dunning.

struct DunningItem {
    std::int64_t entryId = 0;
    std::string piece;
    core::Date date;
    core::Date dueDate;
    core::Money open;     // open today (as of the plan's date)
    core::Money disputed; // under active dispute, 0 if none
    int lastStepDone = -1; // index of the highest step already sent covering it; -1 = none

    core::Money dunnable() const; // open - disputed, never below 0
};

struct DunningClient {
    std::int64_t companyId = 0;
    std::vector<DunningItem> items;
    std::vector<PromiseStatus> promises; // as of the plan's date
    std::optional<core::Date> lastActionOn;
    bool paused = false; // legal file, agency, collective proceedings
};

struct PlannedAction {
    std::int64_t companyId = 0;
    int stepIndex = 0;
    DunningStep step;
    core::Date dueOn;                  // the day the step was reached (earliest among the items)
    std::vector<std::int64_t> entryIds; // the items the action covers, by due date then id
    core::Money amount;                // their dunnable amount
    core::Money overdue;               // the part already past due
    int oldestDaysLate = 0;            // of the covered items, 0 when none is late
    bool escalated = false;            // moved up by a broken promise
    std::int64_t priority = 0;         // amount at risk weighted by age: higher first
};

// Why a client with open items gets nothing today.
struct DunningHold {
    std::int64_t companyId = 0;
    // "paused", "promise_pending" (until `until`), "below_minimum", "nothing_due",
    // "disputed" (everything due is under dispute).
    std::string reason;
    std::optional<core::Date> until;
};

struct ClientDunning {
    std::optional<PlannedAction> action;
    std::optional<DunningHold> hold;
    // The next day a step will be reached if nothing is paid, for the worklist.
    std::optional<core::Date> nextStepOn;
};

ClientDunning planClient(const DunningScenario& scenario, const DunningClient& client, core::Date asOf);

// priority = amount in cents × (30 + oldest days late) / 30: an old debt outranks a
// recent one of the same amount.
std::int64_t dunningPriority(core::Money amount, int oldestDaysLate);

// Orders actions by priority (descending), then company id, for the worklist.
void rankActions(std::vector<PlannedAction>& actions);

} // namespace pc::receivables
