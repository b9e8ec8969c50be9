#include "receivables/DunningPlan.h"

#include "core/Rounding.h"

#include <algorithm>
#include <limits>

namespace pc::receivables {
namespace {

using Items = std::vector<const DunningItem*>;

// The number of days over which a debt's weight doubles in the priority.
constexpr std::int64_t kPriorityAgeDays = 30;

// Letters are posted ahead so that they arrive on the step's day.
core::Date reachDate(const DunningScenario& scenario, int stepIndex, const DunningItem& item)
{
    const DunningStep& step = scenario.steps[static_cast<std::size_t>(stepIndex)];
    return item.dueDate.addDays(step.offsetDays - (isMail(step.channel) ? scenario.mailTransitDays : 0));
}

int lastIndex(const DunningScenario& scenario)
{
    return static_cast<int>(scenario.steps.size()) - 1;
}

// The highest step the item has reached by `asOf` and not had, -1 when none: the steps
// below it were passed over and are not sent late.
int candidateStep(const DunningScenario& scenario, const DunningItem& item, core::Date asOf)
{
    for (int i = lastIndex(scenario); i > item.lastStepDone; --i)
        if (reachDate(scenario, i, item) <= asOf)
            return i;
    return -1;
}

// The latest last day of grace among the pending promises.
std::optional<core::Date> pendingUntil(const DunningClient& client)
{
    std::optional<core::Date> until;
    for (const PromiseStatus& p : client.promises)
        if (p.state == PromiseState::Pending && (!until || p.deadline > *until))
            until = p.deadline;
    return until;
}

// The latest day a promise broke after the client's last action: a promise broken
// before it was already answered by that action.
std::optional<core::Date> brokenSinceLastAction(const DunningClient& client)
{
    std::optional<core::Date> broken;
    for (const PromiseStatus& p : client.promises)
        if (p.state == PromiseState::Broken && p.since && (!client.lastActionOn || *p.since > *client.lastActionOn)
            && (!broken || *p.since > *broken))
            broken = p.since;
    return broken;
}

PlannedAction makeAction(const DunningScenario& scenario, const DunningClient& client, int stepIndex, Items covered,
                         core::Date asOf)
{
    std::sort(covered.begin(), covered.end(), [](const DunningItem* a, const DunningItem* b) {
        return a->dueDate != b->dueDate ? a->dueDate < b->dueDate : a->entryId < b->entryId;
    });
    PlannedAction action;
    action.companyId = client.companyId;
    action.stepIndex = stepIndex;
    action.step = scenario.steps[static_cast<std::size_t>(stepIndex)];
    for (const DunningItem* item : covered) {
        action.entryIds.push_back(item->entryId);
        action.amount += item->dunnable();
        if (item->dueDate < asOf) {
            action.overdue += item->dunnable();
            action.oldestDaysLate = std::max(action.oldestDaysLate, item->dueDate.daysUntil(asOf));
        }
    }
    action.priority = dunningPriority(action.amount, action.oldestDaysLate);
    return action;
}

// The highest step the client's overdue items have had: the account's level. The
// account does not go back down: a newer item joins the next step of the account
// rather than starting the scenario over in the same letters.
int accountLevel(const Items& dunnable, core::Date asOf)
{
    int level = -1;
    for (const DunningItem* item : dunnable)
        if (item->dueDate < asOf)
            level = std::max(level, item->lastStepDone);
    return level;
}

// The highest step reached today, above the account's level, for every item due and
// every item it reaches.
std::optional<PlannedAction> scheduledAction(const DunningScenario& scenario, const DunningClient& client,
                                             const Items& dunnable, core::Date asOf)
{
    std::vector<int> candidates;
    for (const DunningItem* item : dunnable)
        candidates.push_back(candidateStep(scenario, *item, asOf));
    const int stepIndex = *std::max_element(candidates.begin(), candidates.end());
    if (stepIndex < 0 || stepIndex <= accountLevel(dunnable, asOf))
        return std::nullopt;

    Items covered;
    std::optional<core::Date> dueOn;
    // Items not yet due join only a step before the due date (a courtesy reminder): a
    // formal notice cannot name an invoice the client does not owe yet.
    const bool beforeDue = scenario.steps[static_cast<std::size_t>(stepIndex)].offsetDays < 0;
    for (std::size_t i = 0; i < dunnable.size(); ++i) {
        if (dunnable[i]->dueDate < asOf || (beforeDue && candidates[i] >= 0))
            covered.push_back(dunnable[i]);
        if (candidates[i] == stepIndex) {
            const core::Date reached = reachDate(scenario, stepIndex, *dunnable[i]);
            dueOn = dueOn ? std::min(*dueOn, reached) : reached;
        }
    }
    PlannedAction action = makeAction(scenario, client, stepIndex, std::move(covered), asOf);
    action.dueOn = *dueOn;
    return action;
}

// A broken promise moves the client one step above the highest it has had, at once.
std::optional<PlannedAction> escalation(const DunningScenario& scenario, const DunningClient& client,
                                        const Items& dunnable, core::Date asOf)
{
    const std::optional<core::Date> broken = brokenSinceLastAction(client);
    if (!broken)
        return std::nullopt;
    int highestDone = -1;
    for (const DunningItem* item : dunnable)
        highestDone = std::max(highestDone, item->lastStepDone);
    const int stepIndex = std::min(highestDone + 1, lastIndex(scenario));

    // Once the last step is reached, only the overdue items that have not had it remain.
    Items covered;
    for (const DunningItem* item : dunnable)
        if (item->dueDate < asOf && item->lastStepDone < stepIndex)
            covered.push_back(item);
    if (covered.empty())
        return std::nullopt;
    PlannedAction action = makeAction(scenario, client, stepIndex, std::move(covered), asOf);
    action.dueOn = *broken;
    action.escalated = true;
    return action;
}

bool covers(const PlannedAction* action, std::int64_t entryId)
{
    return action && std::find(action->entryIds.begin(), action->entryIds.end(), entryId) != action->entryIds.end();
}

// The first day after `asOf` on which an item reaches a step it has not had, counting
// today's action as had.
std::optional<core::Date> nextStepDate(const DunningScenario& scenario, const Items& dunnable,
                                       const PlannedAction* action, core::Date asOf)
{
    std::optional<core::Date> next;
    const int level = action ? std::max(action->stepIndex, accountLevel(dunnable, asOf)) : accountLevel(dunnable, asOf);
    for (const DunningItem* item : dunnable) {
        const int done = covers(action, item->entryId) ? std::max(item->lastStepDone, action->stepIndex)
                                                       : item->lastStepDone;
        for (int i = std::max(done, level) + 1; i <= lastIndex(scenario); ++i) {
            const core::Date reached = reachDate(scenario, i, *item);
            if (reached > asOf && (!next || reached < *next))
                next = reached;
        }
    }
    return next;
}

ClientDunning held(const DunningClient& client, std::string reason, std::optional<core::Date> until = std::nullopt)
{
    ClientDunning out;
    out.hold = DunningHold{client.companyId, std::move(reason), until};
    return out;
}

} // namespace

core::Money DunningItem::dunnable() const
{
    const core::Money rest = open - disputed;
    return rest.isNegative() ? core::Money{} : rest;
}

ClientDunning planClient(const DunningScenario& scenario, const DunningClient& client, core::Date asOf)
{
    const bool anyOpen = std::any_of(client.items.begin(), client.items.end(),
                                     [](const DunningItem& item) { return item.open.isPositive(); });
    if (!anyOpen || scenario.steps.empty())
        return {};
    if (client.paused)
        return held(client, "paused");
    if (const std::optional<core::Date> until = pendingUntil(client)) {
        // Nothing goes out before the promise breaks; the day it does, the client moves up.
        ClientDunning out = held(client, "promise_pending", until);
        out.nextStepOn = until->addDays(1);
        return out;
    }

    Items dunnable;
    for (const DunningItem& item : client.items)
        if (item.dunnable().isPositive())
            dunnable.push_back(&item);
    if (dunnable.empty())
        return held(client, "disputed");

    std::optional<PlannedAction> action = scheduledAction(scenario, client, dunnable, asOf);
    if (!action)
        action = escalation(scenario, client, dunnable, asOf);
    if (!action || action->amount < action->step.minimumAmount) {
        ClientDunning out = held(client, action ? "below_minimum" : "nothing_due");
        out.nextStepOn = nextStepDate(scenario, dunnable, nullptr, asOf);
        return out;
    }
    ClientDunning out;
    out.nextStepOn = nextStepDate(scenario, dunnable, &*action, asOf);
    out.action = std::move(action);
    return out;
}

std::int64_t dunningPriority(core::Money amount, int oldestDaysLate)
{
    const core::Int128 weighted = static_cast<core::Int128>(amount.cents()) * (kPriorityAgeDays + oldestDaysLate);
    const core::Int128 priority = weighted / kPriorityAgeDays;
    // Saturates rather than wraps for amounts no ledger holds.
    return static_cast<std::int64_t>(std::clamp<core::Int128>(priority, std::numeric_limits<std::int64_t>::min(),
                                                              std::numeric_limits<std::int64_t>::max()));
}

void rankActions(std::vector<PlannedAction>& actions)
{
    std::stable_sort(actions.begin(), actions.end(), [](const PlannedAction& a, const PlannedAction& b) {
        return a.priority != b.priority ? a.priority > b.priority : a.companyId < b.companyId;
    });
}

} // namespace pc::receivables
