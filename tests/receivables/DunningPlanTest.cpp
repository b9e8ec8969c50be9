// The dunning engine: the scenario (codes, the standard one, validation) and the plan
// of one client as of a date. The walks replay a client day by day from ten days before
// the due date to sixty after, carrying out each planned action the way the application
// records it, and check which step fired on which day: each step fires once, disputes
// pause, promises postpone, broken promises escalate, payments stop everything.
//
// The standard scenario reaches an invoice due on day D (mail leaves 2 days early):
//   courtesy D-5, reminder_1 D+5, reminder_2 D+13 (letter, +15 - 2), call D+25,
//   formal_notice D+33 (registered letter, +35 - 2), handover D+50.

#include "receivables/Dispute.h"
#include "receivables/DunningPlan.h"
#include "support/TestPrinters.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

using namespace pc::core;
using namespace pc::receivables;

namespace {

// D, the due date of the walks' main invoice: Monday 10 March 2025.
const Date kDue = *Date::fromYmd(2025, 3, 10);

Date day(int offset)
{
    return kDue.addDays(offset);
}

DunningItem invoice(std::int64_t entryId, int dueOffset, std::int64_t euros)
{
    DunningItem item;
    item.entryId = entryId;
    item.piece = "FA" + std::to_string(entryId);
    item.dueDate = day(dueOffset);
    item.date = item.dueDate.addDays(-30);
    item.open = Money::fromEuros(euros);
    return item;
}

// A client replayed day by day. `items` hold the invoiced amounts; what is open, disputed
// and promised on a day follows from the payments, disputes and promises dated by then.
struct Walk {
    DunningScenario scenario = standardScenario();
    std::vector<DunningItem> items;
    std::vector<std::pair<std::int64_t, Receipt>> payments; // entry id, payment
    std::vector<Dispute> disputes;
    std::vector<PaymentPromise> promises;
    std::optional<Date> lastActionOn;
    std::vector<std::pair<int, PlannedAction>> fired; // day offset, action
    std::map<int, ClientDunning> plans;               // by day offset

    DunningClient clientOn(Date asOf) const
    {
        DunningClient client;
        client.companyId = 42;
        client.lastActionOn = lastActionOn;
        std::vector<Receipt> receipts;
        for (const auto& [entryId, payment] : payments)
            if (payment.date <= asOf)
                receipts.push_back(payment);
        const auto disputed = disputedByEntry(disputes, asOf);
        for (DunningItem item : items) {
            for (const auto& [entryId, payment] : payments)
                if (entryId == item.entryId && payment.date <= asOf)
                    item.open -= payment.amount;
            if (const auto found = disputed.find(item.entryId); found != disputed.end())
                item.disputed = std::min(found->second, item.open);
            client.items.push_back(item);
        }
        for (const PaymentPromise& promise : promises)
            if (promise.madeOn <= asOf)
                client.promises.push_back(promiseStatus(promise, receipts, asOf, scenario.promiseGraceDays));
        return client;
    }

    // Carries out each action: the covered items have had its step (never lowered), and
    // the client was last acted on that day.
    void run(int from = -10, int to = 60)
    {
        for (int offset = from; offset <= to; ++offset) {
            const ClientDunning plan = planClient(scenario, clientOn(day(offset)), day(offset));
            plans[offset] = plan;
            if (!plan.action)
                continue;
            for (DunningItem& item : items)
                if (std::ranges::find(plan.action->entryIds, item.entryId) != plan.action->entryIds.end())
                    item.lastStepDone = std::max(item.lastStepDone, plan.action->stepIndex);
            lastActionOn = day(offset);
            fired.emplace_back(offset, *plan.action);
        }
    }

    // "-5 courtesy | 5 reminder_1 | …", readable when a check fails.
    std::string sequence() const
    {
        std::string out;
        for (const auto& [offset, action] : fired)
            out += (out.empty() ? "" : " | ") + std::to_string(offset) + " " + action.step.code
                + (action.escalated ? "*" : "");
        return out;
    }

    std::string holdOn(int offset) const
    {
        const ClientDunning& plan = plans.at(offset);
        return plan.hold ? plan.hold->reason : "";
    }
};

const std::string kFullSequence = "-5 courtesy | 5 reminder_1 | 13 reminder_2 | 25 call | 33 formal_notice | 50 handover";

} // namespace

// ---- Scenario --------------------------------------------------------------------

TEST_CASE("channels and tones round-trip through their codes", "[receivables][dunning]")
{
    const std::vector<std::pair<DunningChannel, std::string>> channels{
        {DunningChannel::Email, "email"},
        {DunningChannel::Letter, "letter"},
        {DunningChannel::Call, "call"},
        {DunningChannel::RegisteredLetter, "registered_letter"},
        {DunningChannel::Handover, "handover"},
    };
    for (const auto& [channel, code] : channels) {
        CHECK(toCode(channel) == code);
        CHECK(dunningChannelFromCode(code) == channel);
    }
    const std::vector<std::pair<DunningTone, std::string>> tones{
        {DunningTone::Courteous, "courteous"}, {DunningTone::Reminder, "reminder"}, {DunningTone::Firm, "firm"},
        {DunningTone::Formal, "formal"},       {DunningTone::Final, "final"},
    };
    for (const auto& [tone, code] : tones) {
        CHECK(toCode(tone) == code);
        CHECK(dunningToneFromCode(code) == tone);
    }
    CHECK_FALSE(dunningChannelFromCode("fax").has_value());
    CHECK_FALSE(dunningToneFromCode("").has_value());
}

TEST_CASE("letters travel by post, calls and hand-overs write no document", "[receivables][dunning]")
{
    CHECK(isMail(DunningChannel::Letter));
    CHECK(isMail(DunningChannel::RegisteredLetter));
    CHECK_FALSE(isMail(DunningChannel::Email));
    CHECK_FALSE(isMail(DunningChannel::Call));
    CHECK_FALSE(isMail(DunningChannel::Handover));

    CHECK(producesDocument(DunningChannel::Email));
    CHECK(producesDocument(DunningChannel::Letter));
    CHECK(producesDocument(DunningChannel::RegisteredLetter));
    CHECK_FALSE(producesDocument(DunningChannel::Call));
    CHECK_FALSE(producesDocument(DunningChannel::Handover));
}

TEST_CASE("the standard scenario of the issue", "[receivables][dunning]")
{
    const DunningScenario s = standardScenario();
    CHECK(s.code == "standard");
    CHECK(s.name == "Standard");
    CHECK(s.mailTransitDays == 2);
    CHECK(s.promiseGraceDays == 3);
    REQUIRE(s.steps.size() == 6);

    struct Expected {
        std::string code;
        int offset;
        DunningChannel channel;
        DunningTone tone;
        std::string templateCode;
        std::int64_t minimumEuros;
        bool copySalesRep;
        bool automatic;
    };
    const std::vector<Expected> expected{
        {"courtesy", -5, DunningChannel::Email, DunningTone::Courteous, "reminder", 0, false, true},
        {"reminder_1", 5, DunningChannel::Email, DunningTone::Reminder, "reminder", 0, false, true},
        {"reminder_2", 15, DunningChannel::Letter, DunningTone::Firm, "statement", 0, true, false},
        {"call", 25, DunningChannel::Call, DunningTone::Firm, "", 0, false, false},
        {"formal_notice", 35, DunningChannel::RegisteredLetter, DunningTone::Formal, "formal_notice", 150, false, false},
        {"handover", 50, DunningChannel::Handover, DunningTone::Final, "final_notice", 0, true, false},
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(expected[i].code);
        CHECK(s.steps[i].code == expected[i].code);
        CHECK(s.steps[i].offsetDays == expected[i].offset);
        CHECK(s.steps[i].channel == expected[i].channel);
        CHECK(s.steps[i].tone == expected[i].tone);
        CHECK(s.steps[i].templateCode == expected[i].templateCode);
        CHECK(s.steps[i].minimumAmount == Money::fromEuros(expected[i].minimumEuros));
        CHECK(s.steps[i].copySalesRep == expected[i].copySalesRep);
        CHECK(s.steps[i].automatic == expected[i].automatic);
    }
    CHECK(validate(s).ok());
}

TEST_CASE("scenario validation", "[receivables][dunning]")
{
    SECTION("no code")
    {
        DunningScenario s = standardScenario();
        s.code.clear();
        const Status status = validate(s);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::Empty);
    }
    SECTION("no step")
    {
        DunningScenario s = standardScenario();
        s.steps.clear();
        const Status status = validate(s);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::Empty);
    }
    SECTION("a step without code")
    {
        DunningScenario s = standardScenario();
        s.steps[2].code.clear();
        const Status status = validate(s);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::Empty);
    }
    SECTION("a step code twice")
    {
        DunningScenario s = standardScenario();
        s.steps[3].code = "reminder_1";
        const Status status = validate(s);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::DuplicateKey);
        CHECK(status.error().arg(0) == "reminder_1");
    }
    SECTION("steps out of order")
    {
        DunningScenario s = standardScenario();
        s.steps[3].offsetDays = 10; // the call before reminder_2 (+15)
        const Status status = validate(s);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::InvalidFormat);
        CHECK(status.error().arg(0) == "call");
    }
    SECTION("two steps on the same offset")
    {
        DunningScenario s = standardScenario();
        s.steps[1].offsetDays = -5;
        const Status status = validate(s);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::InvalidFormat);
        CHECK(status.error().arg(0) == "reminder_1");
    }
    SECTION("a document step without template")
    {
        DunningScenario s = standardScenario();
        s.steps[4].templateCode.clear();
        const Status status = validate(s);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::MissingField);
        CHECK(status.error().arg(0) == "formal_notice");
    }
    SECTION("calls and hand-overs need no template")
    {
        DunningScenario s = standardScenario();
        s.steps[5].templateCode.clear();
        CHECK(validate(s).ok());
    }
}

// ---- Walks ---------------------------------------------------------------------------

TEST_CASE("walk: each step fires once, on its day", "[receivables][dunning][walk]")
{
    Walk walk;
    walk.items = {invoice(1, 0, 1'000)};
    walk.run();
    CHECK(walk.sequence() == kFullSequence);

    // Acting every day, each step goes out the day it is reached.
    for (const auto& [offset, action] : walk.fired) {
        INFO(action.step.code);
        CHECK(action.dueOn == day(offset));
        CHECK(action.entryIds == std::vector<std::int64_t>{1});
        CHECK(action.amount == Money::fromEuros(1'000));
        CHECK(action.companyId == 42);
        CHECK_FALSE(action.escalated);
    }
    // Before the due date nothing is overdue yet; on D+5 five days are.
    CHECK(walk.fired[0].second.overdue.isZero());
    CHECK(walk.fired[0].second.oldestDaysLate == 0);
    CHECK(walk.fired[0].second.priority == 100'000);
    CHECK(walk.fired[1].second.overdue == Money::fromEuros(1'000));
    CHECK(walk.fired[1].second.oldestDaysLate == 5);
    CHECK(walk.fired[1].second.priority == 116'666); // 100 000 × 35 / 30

    // Between steps the worklist knows the next one.
    CHECK(walk.holdOn(-10) == "nothing_due");
    CHECK(walk.plans.at(-10).nextStepOn == day(-5));
    CHECK(walk.plans.at(-5).nextStepOn == day(5));
    CHECK(walk.holdOn(0) == "nothing_due");
    CHECK(walk.plans.at(0).nextStepOn == day(5));
    CHECK(walk.plans.at(13).nextStepOn == day(25));
    CHECK(walk.plans.at(40).nextStepOn == day(50));
    CHECK(walk.plans.at(50).nextStepOn == std::nullopt);
    CHECK(walk.holdOn(60) == "nothing_due");
    CHECK(walk.plans.at(60).nextStepOn == std::nullopt);
}

TEST_CASE("walk: a dispute on the whole invoice stops everything", "[receivables][dunning][walk]")
{
    Walk walk;
    walk.items = {invoice(1, 0, 1'000)};
    Dispute d;
    d.id = 1;
    d.entryId = 1;
    d.amount = Money::fromEuros(1'000);
    d.reason = DisputeReason::Quality;
    d.openedOn = day(-20);
    walk.disputes = {d};
    walk.run();
    CHECK(walk.sequence().empty());
    for (const auto& [offset, plan] : walk.plans) {
        INFO(offset);
        CHECK(walk.holdOn(offset) == "disputed");
        CHECK_FALSE(plan.nextStepOn.has_value());
    }
}

TEST_CASE("walk: a dispute pauses, and the steps passed meanwhile are not sent late", "[receivables][dunning][walk]")
{
    // Disputed from D+10, rejected on D+30: reminder_2 (D+13) and the call (D+25) fall in
    // the dispute; on D+30 the call, the highest step reached, goes out alone.
    Walk walk;
    walk.items = {invoice(1, 0, 1'000)};
    Dispute d;
    d.id = 1;
    d.entryId = 1;
    d.amount = Money::fromEuros(1'500); // more than is open: capped by the caller
    d.status = DisputeStatus::ResolvedRejected;
    d.openedOn = day(10);
    d.resolvedOn = day(30);
    walk.disputes = {d};
    walk.run();
    CHECK(walk.sequence() == "-5 courtesy | 5 reminder_1 | 30 call | 33 formal_notice | 50 handover");
    CHECK(walk.holdOn(10) == "disputed");
    CHECK(walk.holdOn(29) == "disputed");
    CHECK(walk.fired[2].second.dueOn == day(25));
}

TEST_CASE("walk: a partial dispute leaves the rest dunned", "[receivables][dunning][walk]")
{
    Walk walk;
    walk.items = {invoice(1, 0, 1'000)};
    Dispute d;
    d.id = 1;
    d.entryId = 1;
    d.amount = Money::fromEuros(300);
    d.openedOn = day(-20);
    walk.disputes = {d};
    walk.run();
    CHECK(walk.sequence() == kFullSequence);
    for (const auto& [offset, action] : walk.fired)
        CHECK(action.amount == Money::fromEuros(700));
}

TEST_CASE("walk: a pending promise postpones, then the scenario resumes", "[receivables][dunning][walk]")
{
    // Promised on D+6 for D+20: with 3 days of grace, nothing goes out until D+23.
    // Unpaid, the promise breaks on D+24: reminder_2, reached on D+13, goes out that day;
    // the call follows on D+25 as planned.
    Walk walk;
    walk.items = {invoice(1, 0, 1'000)};
    walk.promises = {{1, Money::fromEuros(1'000), day(6), day(20)}};
    walk.run();
    CHECK(walk.sequence() == "-5 courtesy | 5 reminder_1 | 24 reminder_2 | 25 call | 33 formal_notice | 50 handover");
    for (int offset = 6; offset <= 23; ++offset) {
        INFO(offset);
        REQUIRE(walk.plans.at(offset).hold);
        CHECK(walk.plans.at(offset).hold->reason == "promise_pending");
        CHECK(walk.plans.at(offset).hold->until == day(23));
        CHECK(walk.plans.at(offset).nextStepOn == day(24));
    }
    CHECK(walk.fired[2].second.dueOn == day(13));
}

TEST_CASE("walk: a broken promise moves the client up the day after the grace", "[receivables][dunning][walk]")
{
    // After the call of D+25 the client promises on D+26 to pay by D+28. Unpaid by D+31
    // (grace), the promise breaks on D+32: the formal notice goes out then instead of
    // D+33, and is not sent again on D+33.
    Walk walk;
    walk.items = {invoice(1, 0, 1'000)};
    walk.promises = {{1, Money::fromEuros(1'000), day(26), day(28)}};
    walk.run();
    CHECK(walk.sequence() == "-5 courtesy | 5 reminder_1 | 13 reminder_2 | 25 call | 32 formal_notice* | 50 handover");
    const PlannedAction& escalated = walk.fired[4].second;
    CHECK(escalated.escalated);
    CHECK(escalated.stepIndex == 4);
    CHECK(escalated.dueOn == day(32));
    CHECK(escalated.entryIds == std::vector<std::int64_t>{1});
    CHECK(escalated.overdue == Money::fromEuros(1'000));
    CHECK(escalated.oldestDaysLate == 32);
    CHECK(walk.holdOn(31) == "promise_pending");
    CHECK(walk.holdOn(33) == "nothing_due");
    CHECK(walk.plans.at(33).nextStepOn == day(50));
}

TEST_CASE("walk: a kept promise ends the dunning", "[receivables][dunning][walk]")
{
    Walk walk;
    walk.items = {invoice(1, 0, 1'000)};
    walk.promises = {{1, Money::fromEuros(1'000), day(6), day(20)}};
    walk.payments = {{1, {day(18), Money::fromEuros(1'000)}}};
    walk.run();
    CHECK(walk.sequence() == "-5 courtesy | 5 reminder_1");
    CHECK(walk.holdOn(17) == "promise_pending");
    for (int offset = 18; offset <= 60; ++offset) {
        INFO(offset);
        const ClientDunning& plan = walk.plans.at(offset);
        CHECK_FALSE(plan.action.has_value());
        CHECK_FALSE(plan.hold.has_value());
        CHECK_FALSE(plan.nextStepOn.has_value());
    }
}

TEST_CASE("walk: a payment stops the scenario", "[receivables][dunning][walk]")
{
    Walk walk;
    walk.items = {invoice(1, 0, 1'000)};
    walk.payments = {{1, {day(20), Money::fromEuros(1'000)}}};
    walk.run();
    CHECK(walk.sequence() == "-5 courtesy | 5 reminder_1 | 13 reminder_2");
    for (int offset = 20; offset <= 60; ++offset) {
        INFO(offset);
        CHECK_FALSE(walk.plans.at(offset).action.has_value());
        CHECK_FALSE(walk.plans.at(offset).hold.has_value());
    }
}

TEST_CASE("walk: a partial payment lowers the amount dunned", "[receivables][dunning][walk]")
{
    Walk walk;
    walk.items = {invoice(1, 0, 1'000)};
    walk.payments = {{1, {day(20), Money::fromEuros(600)}}};
    walk.run();
    CHECK(walk.sequence() == kFullSequence);
    CHECK(walk.fired[2].second.amount == Money::fromEuros(1'000)); // reminder_2, D+13
    CHECK(walk.fired[3].second.amount == Money::fromEuros(400));   // call, D+25
}

TEST_CASE("walk: no formal notice below its minimum amount", "[receivables][dunning][walk]")
{
    // 100 € is below the formal notice's 150 €: it is held from D+33, and the hand-over
    // (no minimum) follows on D+50.
    Walk walk;
    walk.items = {invoice(1, 0, 100)};
    walk.run();
    CHECK(walk.sequence() == "-5 courtesy | 5 reminder_1 | 13 reminder_2 | 25 call | 50 handover");
    for (int offset = 33; offset <= 49; ++offset) {
        INFO(offset);
        CHECK(walk.holdOn(offset) == "below_minimum");
        CHECK(walk.plans.at(offset).nextStepOn == day(50));
    }
    CHECK(walk.holdOn(32) == "nothing_due");
}

TEST_CASE("walk: one action covers two invoices", "[receivables][dunning][walk]")
{
    // A (entry 20, 1 000 €) due on D, B (entry 10, 500 €) due on D+10. B's own steps fall
    // on D+5, D+15, D+23, D+35, D+43, D+60: once past due, B joins A's steps.
    Walk walk;
    walk.items = {invoice(20, 0, 1'000), invoice(10, 10, 500)};
    walk.run();
    CHECK(walk.sequence() == kFullSequence);

    // The courtesy e-mail of D-5 is A's alone: B is neither due nor reached.
    CHECK(walk.fired[0].second.entryIds == std::vector<std::int64_t>{20});
    CHECK(walk.fired[0].second.amount == Money::fromEuros(1'000));
    // On D+5 A reaches reminder_1 and B its courtesy; B is not due, so the reminder is
    // A's alone, and B does not get a courtesy e-mail from an account already reminded.
    const PlannedAction& first = walk.fired[1].second;
    CHECK(first.stepIndex == 1);
    CHECK(first.entryIds == std::vector<std::int64_t>{20});
    CHECK(first.amount == Money::fromEuros(1'000));
    CHECK(first.overdue == Money::fromEuros(1'000));
    CHECK(first.oldestDaysLate == 5);
    CHECK(first.dueOn == day(5));
    // From D+13, B is past due: every later step covers both, by due date.
    for (std::size_t i = 2; i < walk.fired.size(); ++i)
        CHECK(walk.fired[i].second.entryIds == std::vector<std::int64_t>{20, 10});
    // On D+13 both are due and overdue.
    CHECK(walk.fired[2].second.overdue == Money::fromEuros(1'500));
    CHECK(walk.fired[2].second.oldestDaysLate == 13);
    CHECK(walk.plans.at(50).nextStepOn == std::nullopt);
}

TEST_CASE("walk: a client in legal recovery gets no dunning", "[receivables][dunning][walk]")
{
    const DunningScenario scenario = standardScenario();
    DunningClient client;
    client.companyId = 7;
    client.items = {invoice(1, 0, 1'000)};
    client.paused = true;
    for (int offset = -10; offset <= 60; ++offset) {
        const ClientDunning plan = planClient(scenario, client, day(offset));
        CHECK_FALSE(plan.action.has_value());
        REQUIRE(plan.hold);
        CHECK(plan.hold->reason == "paused");
        CHECK(plan.hold->companyId == 7);
        CHECK_FALSE(plan.nextStepOn.has_value());
    }
}

// ---- One day's plan ----------------------------------------------------------------

TEST_CASE("a client with nothing open gets nothing, not even a hold", "[receivables][dunning]")
{
    DunningClient client;
    client.companyId = 7;
    client.items = {invoice(1, 0, 0)};
    client.paused = true;
    const ClientDunning plan = planClient(standardScenario(), client, day(40));
    CHECK_FALSE(plan.action.has_value());
    CHECK_FALSE(plan.hold.has_value());
    CHECK_FALSE(plan.nextStepOn.has_value());
    CHECK_FALSE(planClient(standardScenario(), DunningClient{}, day(40)).hold.has_value());
}

TEST_CASE("a step reached while nobody acted goes out alone, dated the day it was reached", "[receivables][dunning]")
{
    DunningClient client;
    client.items = {invoice(1, 0, 1'000)};
    const ClientDunning plan = planClient(standardScenario(), client, day(27));
    REQUIRE(plan.action);
    CHECK(plan.action->step.code == "call");
    CHECK(plan.action->stepIndex == 3);
    CHECK(plan.action->dueOn == day(25));
    CHECK(plan.action->oldestDaysLate == 27);
    CHECK(plan.nextStepOn == day(33));
}

TEST_CASE("the action is dated by the item that reached its step first", "[receivables][dunning]")
{
    // Both reach reminder_1 by D+8: entry 1 on D+5, entry 2 on D+8.
    DunningClient client;
    client.items = {invoice(2, 3, 400), invoice(1, 0, 600)};
    const ClientDunning plan = planClient(standardScenario(), client, day(8));
    REQUIRE(plan.action);
    CHECK(plan.action->stepIndex == 1);
    CHECK(plan.action->dueOn == day(5));
    CHECK(plan.action->entryIds == std::vector<std::int64_t>{1, 2});
    // Next: entry 1's reminder_2 letter on D+13 (entry 2's on D+16).
    CHECK(plan.nextStepOn == day(13));
}

TEST_CASE("items due the same day are ordered by id", "[receivables][dunning]")
{
    DunningClient client;
    client.items = {invoice(9, 0, 100), invoice(3, 0, 100), invoice(5, -2, 100)};
    const ClientDunning plan = planClient(standardScenario(), client, day(5));
    REQUIRE(plan.action);
    CHECK(plan.action->entryIds == std::vector<std::int64_t>{5, 3, 9});
}

TEST_CASE("a newer item joins the account's next step instead of starting it over", "[receivables][dunning]")
{
    // Entry 1 has had the call; entry 2, due on D+20, reaches reminder_1 on D+25: the
    // account does not go back to a first reminder. Entry 1's formal notice (D+35, a
    // registered letter leaving two days early) takes entry 2 in.
    DunningClient client;
    client.items = {invoice(1, 0, 800), invoice(2, 20, 200)};
    client.items[0].lastStepDone = 3;
    client.items[1].lastStepDone = 0;
    client.lastActionOn = day(25);
    const ClientDunning quiet = planClient(standardScenario(), client, day(25));
    CHECK_FALSE(quiet.action.has_value());
    REQUIRE(quiet.hold);
    CHECK(quiet.hold->reason == "nothing_due");
    CHECK(quiet.nextStepOn == day(33));

    const ClientDunning plan = planClient(standardScenario(), client, day(33));
    REQUIRE(plan.action);
    CHECK(plan.action->step.code == "formal_notice");
    CHECK(plan.action->entryIds == std::vector<std::int64_t>{1, 2});
    CHECK(plan.action->amount == Money::fromEuros(1'000));
    CHECK(plan.action->overdue == Money::fromEuros(1'000));
    // Next: entry 1's hand-over on D+50.
    CHECK(plan.nextStepOn == day(50));
}

TEST_CASE("the latest pending promise holds the client", "[receivables][dunning]")
{
    DunningClient client;
    client.items = {invoice(1, 0, 1'000)};
    PromiseStatus early;
    early.deadline = day(20);
    PromiseStatus late;
    late.deadline = day(28);
    PromiseStatus kept;
    kept.state = PromiseState::Kept;
    kept.deadline = day(40);
    client.promises = {early, late, kept};
    const ClientDunning plan = planClient(standardScenario(), client, day(15));
    CHECK_FALSE(plan.action.has_value());
    REQUIRE(plan.hold);
    CHECK(plan.hold->reason == "promise_pending");
    CHECK(plan.hold->until == day(28));
    CHECK(plan.nextStepOn == day(29));
}

TEST_CASE("a promise broken before the last action is not escalated again", "[receivables][dunning]")
{
    DunningClient client;
    client.items = {invoice(1, 0, 1'000)};
    client.items[0].lastStepDone = 3;
    PromiseStatus broken;
    broken.state = PromiseState::Broken;
    broken.since = day(28);
    client.promises = {broken};

    client.lastActionOn = day(28);
    const ClientDunning answered = planClient(standardScenario(), client, day(30));
    CHECK_FALSE(answered.action.has_value());
    REQUIRE(answered.hold);
    CHECK(answered.hold->reason == "nothing_due");

    client.lastActionOn = day(25);
    const ClientDunning escalated = planClient(standardScenario(), client, day(30));
    REQUIRE(escalated.action);
    CHECK(escalated.action->escalated);
    CHECK(escalated.action->step.code == "formal_notice");
    CHECK(escalated.action->dueOn == day(28));
    CHECK(escalated.nextStepOn == day(50));
}

TEST_CASE("escalation stops at the last step", "[receivables][dunning]")
{
    // Entry 1 was handed over; entry 2, overdue and past its formal notice, is handed
    // over too, ahead of its own hand-over day (D+60).
    DunningClient client;
    client.items = {invoice(1, 0, 700), invoice(2, 10, 300)};
    client.items[0].lastStepDone = 5;
    client.items[1].lastStepDone = 4;
    client.lastActionOn = day(50);
    PromiseStatus broken;
    broken.state = PromiseState::Broken;
    broken.since = day(52);
    client.promises = {broken};
    const ClientDunning plan = planClient(standardScenario(), client, day(52));
    REQUIRE(plan.action);
    CHECK(plan.action->escalated);
    CHECK(plan.action->step.code == "handover");
    CHECK(plan.action->entryIds == std::vector<std::int64_t>{2});

    // Once every item has had the hand-over there is nothing above it.
    client.items[1].lastStepDone = 5;
    const ClientDunning top = planClient(standardScenario(), client, day(52));
    CHECK_FALSE(top.action.has_value());
    REQUIRE(top.hold);
    CHECK(top.hold->reason == "nothing_due");
}

TEST_CASE("a broken promise escalates only the overdue items", "[receivables][dunning]")
{
    // Entry 2 falls due on D+40: the escalation of D+30 leaves it out.
    DunningClient client;
    client.items = {invoice(1, 0, 700), invoice(2, 40, 300)};
    client.items[0].lastStepDone = 3;
    client.lastActionOn = day(25);
    PromiseStatus broken;
    broken.state = PromiseState::Broken;
    broken.since = day(30);
    client.promises = {broken};
    const ClientDunning plan = planClient(standardScenario(), client, day(30));
    REQUIRE(plan.action);
    CHECK(plan.action->escalated);
    CHECK(plan.action->entryIds == std::vector<std::int64_t>{1});
    CHECK(plan.action->amount == Money::fromEuros(700));
    // The account is at the formal notice: entry 2 joins it, and the next step is entry
    // 1's hand-over (D+50), not entry 2's courtesy e-mail.
    CHECK(plan.nextStepOn == day(50));
}

TEST_CASE("a fully disputed item is left out of a client's action", "[receivables][dunning]")
{
    DunningClient client;
    client.items = {invoice(1, 0, 700), invoice(2, 0, 300)};
    client.items[1].disputed = Money::fromEuros(300);
    const ClientDunning plan = planClient(standardScenario(), client, day(5));
    REQUIRE(plan.action);
    CHECK(plan.action->entryIds == std::vector<std::int64_t>{1});
    CHECK(plan.action->amount == Money::fromEuros(700));
}

TEST_CASE("dunning priority weighs the amount by its age", "[receivables][dunning]")
{
    CHECK(dunningPriority(Money::fromEuros(1'000), 0) == 100'000);
    CHECK(dunningPriority(Money::fromEuros(1'000), 30) == 200'000);
    CHECK(dunningPriority(Money::fromEuros(1'000), 45) == 250'000);
    CHECK(dunningPriority(Money::fromEuros(500), 90) == 200'000); // as urgent as 1 000 € a month late
    CHECK(dunningPriority(Money::fromCents(100), 1) == 103);      // 100 × 31 / 30 = 103.3, truncated
    CHECK(dunningPriority(Money{}, 400) == 0);
}

TEST_CASE("actions are ranked by priority, then company", "[receivables][dunning]")
{
    auto action = [](std::int64_t companyId, std::int64_t priority) {
        PlannedAction a;
        a.companyId = companyId;
        a.priority = priority;
        return a;
    };
    std::vector<PlannedAction> actions{action(5, 100), action(3, 900), action(9, 100), action(1, 100), action(2, 500)};
    rankActions(actions);
    std::vector<std::int64_t> order;
    for (const PlannedAction& a : actions)
        order.push_back(a.companyId);
    CHECK(order == std::vector<std::int64_t>{3, 2, 1, 5, 9});
}
