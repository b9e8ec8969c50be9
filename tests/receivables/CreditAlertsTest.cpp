// The dashboard's alerts engine (stage 9): each kind raised exactly at its threshold
// and not a day or a cent before, the severity, the order (most severe first, then the
// largest amount) and the key naming the situation, which changes when the situation
// does (a lower limit, an older item) so that an acknowledgement quiets only one.

#include "receivables/CreditAlerts.h"
#include "support/TestPrinters.h"

#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::receivables;

namespace {

Date iso(const std::string& text)
{
    const auto date = Date::parseIso(text);
    REQUIRE(date.ok());
    return *date;
}

Money cents(std::int64_t value)
{
    return Money::fromCents(value);
}

const Date kAsOf = *Date::fromYmd(2026, 11, 23); // not iso(): no REQUIRE before a test runs

// A client of id 1 owing nothing, with no limit: raises nothing by itself.
ClientRiskFacts client(std::int64_t id = 1)
{
    ClientRiskFacts c;
    c.companyId = id;
    return c;
}

// Thresholds of the defaults: 60 days, no minimum, one class.
AlertThresholds defaults()
{
    return {60, Money(), 1};
}

std::vector<Alert> raise(const ClientRiskFacts& c, const AlertThresholds& t = defaults())
{
    return raiseAlerts({c}, kAsOf, t);
}

std::vector<Alert> ofKind(const std::vector<Alert>& alerts, AlertKind kind)
{
    std::vector<Alert> out;
    for (const Alert& a : alerts)
        if (a.kind == kind)
            out.push_back(a);
    return out;
}

} // namespace

TEST_CASE("alert kinds have codes, and codes give the kinds back", "[receivables][alerts]")
{
    const std::vector<std::pair<AlertKind, std::string>> codes{
        {AlertKind::LimitExceeded, "limit_exceeded"},     {AlertKind::OverdueBeyondThreshold, "overdue"},
        {AlertKind::ScoreDowngrade, "score_downgrade"},   {AlertKind::ReviewDatePassed, "review_passed"},
        {AlertKind::BrokenPromise, "broken_promise"},     {AlertKind::CollectiveProceedings, "proceedings"},
    };
    for (const auto& [kind, code] : codes) {
        CHECK(toCode(kind) == code);
        CHECK(alertKindFromCode(code) == kind);
    }
    CHECK_FALSE(alertKindFromCode("limit"));
    CHECK_FALSE(alertKindFromCode(""));
    CHECK_FALSE(alertKindFromCode("Overdue"));
}

TEST_CASE("a client without anything to report raises nothing", "[receivables][alerts]")
{
    CHECK(raiseAlerts({}, kAsOf, defaults()).empty());
    ClientRiskFacts c = client();
    c.exposure = cents(500'000); // owes 5 000.00 but has no limit, no item, no class
    CHECK(raise(c).empty());
}

TEST_CASE("limit exceeded: above the limit only, critical beyond twice it", "[receivables][alerts][limit]")
{
    ClientRiskFacts c = client(7);
    c.limit = cents(1'000'000); // 10 000.00

    SECTION("exposure equal to the limit raises nothing")
    {
        c.exposure = cents(1'000'000);
        CHECK(raise(c).empty());
    }
    SECTION("one cent over: a warning for 0.01")
    {
        c.exposure = cents(1'000'001);
        const auto alerts = raise(c);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].kind == AlertKind::LimitExceeded);
        CHECK(alerts[0].companyId == 7);
        CHECK(alerts[0].severity == AlertSeverity::Warning);
        CHECK(alerts[0].amount == cents(1)); // 10 000.01 − 10 000.00
        CHECK(alerts[0].key == "limit:1000000");
        CHECK_FALSE(alerts[0].since);
    }
    SECTION("12 000.00 against 10 000.00: warning for 2 000.00")
    {
        c.exposure = cents(1'200'000);
        const auto alerts = raise(c);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].severity == AlertSeverity::Warning);
        CHECK(alerts[0].amount == cents(200'000)); // 12 000 − 10 000
    }
    SECTION("exactly twice the limit is still a warning (the rule is 'more than twice')")
    {
        c.exposure = cents(2'000'000); // 20 000.00 = 2 × 10 000.00
        const auto alerts = raise(c);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].severity == AlertSeverity::Warning);
        CHECK(alerts[0].amount == cents(1'000'000)); // 20 000 − 10 000
    }
    SECTION("one cent beyond twice the limit is critical")
    {
        c.exposure = cents(2'000'001);
        const auto alerts = raise(c);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].severity == AlertSeverity::Critical);
        CHECK(alerts[0].amount == cents(1'000'001)); // 20 000.01 − 10 000.00
    }
    SECTION("a limit of zero exceeded by anything is critical (should have been cash terms)")
    {
        c.limit = Money();
        c.exposure = cents(100); // 1.00 > 2 × 0
        const auto alerts = raise(c);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].severity == AlertSeverity::Critical);
        CHECK(alerts[0].amount == cents(100));
        CHECK(alerts[0].key == "limit:0");
    }
    SECTION("a credit balance under a limit of zero raises nothing")
    {
        c.limit = Money();
        c.exposure = cents(-5'000);
        CHECK(raise(c).empty());
    }
}

TEST_CASE("limit key: a new limit is a new situation", "[receivables][alerts][limit][key]")
{
    ClientRiskFacts c = client();
    c.exposure = cents(1'500'000);
    c.limit = cents(1'000'000);
    const std::string before = raise(c).at(0).key;
    CHECK(before == "limit:1000000");
    // The same limit with more owed: the same situation, the same key.
    c.exposure = cents(1'800'000);
    CHECK(raise(c).at(0).key == before);
    // A lower limit: a new key (and 18 000 − 8 000 = 10 000.00 over it).
    c.limit = cents(800'000);
    const Alert lowered = raise(c).at(0);
    CHECK(lowered.key == "limit:800000");
    CHECK(lowered.key != before);
    CHECK(lowered.amount == cents(1'000'000));
}

TEST_CASE("overdue: items at least `overdueDays` past due, over the minimum, critical at twice",
          "[receivables][alerts][overdue]")
{
    ClientRiskFacts c = client(3);
    // 2026-11-23 − 60 days = 2026-09-24 (Nov 23 → Oct 31 is 23 days, → Sep 30 is 54, → Sep 24 is 60).
    const Date sixtyDays = iso("2026-09-24");
    REQUIRE(sixtyDays.daysUntil(kAsOf) == 60);

    SECTION("due 59 days ago: nothing")
    {
        c.openItems = {{iso("2026-09-25"), cents(100'000)}};
        c.exposure = cents(100'000);
        CHECK(raise(c).empty());
    }
    SECTION("due exactly 60 days ago: a warning for its amount, keyed by its due date")
    {
        c.openItems = {{sixtyDays, cents(100'000)}};
        c.exposure = cents(100'000);
        const auto alerts = raise(c);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].kind == AlertKind::OverdueBeyondThreshold);
        CHECK(alerts[0].companyId == 3);
        CHECK(alerts[0].severity == AlertSeverity::Warning);
        CHECK(alerts[0].amount == cents(100'000));
        CHECK(alerts[0].since == sixtyDays);
        CHECK(alerts[0].key == "overdue:2026-09-24");
        CHECK(alerts[0].detail == "60");
    }
    SECTION("the late items add up; newer items and credits do not count")
    {
        c.openItems = {
            {iso("2026-09-01"), cents(40'000)},  // 83 days
            {sixtyDays, cents(25'000)},          // 60 days
            {iso("2026-10-15"), cents(70'000)},  // 39 days: not yet
            {iso("2026-08-01"), cents(-10'000)}, // a credit: ignored
        };
        c.exposure = cents(125'000);
        const auto alerts = raise(c);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].amount == cents(65'000)); // 400.00 + 250.00
        CHECK(alerts[0].since == iso("2026-09-01"));
        CHECK(alerts[0].key == "overdue:2026-09-01");
        CHECK(alerts[0].detail == "83"); // Sep 1 → Nov 23: 29 + 31 + 23
        CHECK(alerts[0].severity == AlertSeverity::Warning);
    }
    SECTION("the minimum: the late total must reach it")
    {
        c.openItems = {{iso("2026-09-01"), cents(40'000)}, {sixtyDays, cents(25'000)}};
        AlertThresholds t = defaults();
        t.overdueMinimum = cents(65'001); // 650.01 > 650.00 late
        CHECK(raise(c, t).empty());
        t.overdueMinimum = cents(65'000); // equal: raised
        REQUIRE(raise(c, t).size() == 1);
        CHECK(raise(c, t)[0].amount == cents(65'000));
    }
    SECTION("critical once the oldest is twice the threshold past due")
    {
        // 120 days before 2026-11-23: 2026-07-26 (Jul 26 → Jul 31: 5, + Aug 31, Sep 30, Oct 31 = 97, + 23 = 120).
        const Date hundredTwenty = iso("2026-07-26");
        REQUIRE(hundredTwenty.daysUntil(kAsOf) == 120);
        c.openItems = {{hundredTwenty.addDays(1), cents(10'000)}}; // 119 days
        REQUIRE(raise(c).size() == 1);
        CHECK(raise(c)[0].severity == AlertSeverity::Warning);
        c.openItems = {{hundredTwenty, cents(10'000)}}; // 120 days = 2 × 60
        REQUIRE(raise(c).size() == 1);
        CHECK(raise(c)[0].severity == AlertSeverity::Critical);
        CHECK(raise(c)[0].detail == "120");
    }
    SECTION("another threshold: 30 days")
    {
        AlertThresholds t = defaults();
        t.overdueDays = 30;
        c.openItems = {{kAsOf.addDays(-29), cents(10'000)}};
        CHECK(raise(c, t).empty());
        c.openItems = {{kAsOf.addDays(-30), cents(10'000)}};
        REQUIRE(raise(c, t).size() == 1);
        CHECK(raise(c, t)[0].severity == AlertSeverity::Warning);
        c.openItems = {{kAsOf.addDays(-60), cents(10'000)}}; // 2 × 30
        CHECK(raise(c, t)[0].severity == AlertSeverity::Critical);
    }
}

TEST_CASE("overdue key: a new oldest item is a new situation", "[receivables][alerts][overdue][key]")
{
    ClientRiskFacts c = client();
    c.openItems = {{iso("2026-09-10"), cents(30'000)}};
    const std::string before = raise(c).at(0).key;
    CHECK(before == "overdue:2026-09-10");
    // Another late item younger than the oldest: same situation, the amount grows.
    c.openItems.push_back({iso("2026-09-20"), cents(20'000)});
    CHECK(raise(c).at(0).key == before);
    CHECK(raise(c).at(0).amount == cents(50'000));
    // An item older than the one reported: a new key.
    c.openItems.push_back({iso("2026-09-01"), cents(5'000)});
    CHECK(raise(c).at(0).key == "overdue:2026-09-01");
    CHECK(raise(c).at(0).amount == cents(55'000));
}

TEST_CASE("class drop: alerts when the classes lost reach `classDrop`", "[receivables][alerts][class]")
{
    ClientRiskFacts c = client(4);
    c.exposure = cents(300'000);
    c.previousRiskClass = 'A';
    c.riskClass = 'B';

    SECTION("A → B with classDrop 1: a warning carrying the exposure")
    {
        const auto alerts = raise(c);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].kind == AlertKind::ScoreDowngrade);
        CHECK(alerts[0].severity == AlertSeverity::Warning);
        CHECK(alerts[0].amount == cents(300'000));
        CHECK(alerts[0].key == "class:A>B");
        CHECK(alerts[0].detail == "A>B");
        CHECK_FALSE(alerts[0].since);
    }
    SECTION("A → B with classDrop 2: one class is not enough; A → C is")
    {
        AlertThresholds t = defaults();
        t.classDrop = 2;
        CHECK(raise(c, t).empty());
        c.riskClass = 'C';
        const auto alerts = raise(c, t);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].key == "class:A>C");
    }
    SECTION("the same class or a better one raises nothing")
    {
        c.riskClass = 'A';
        CHECK(raise(c).empty());
        c.previousRiskClass = 'C';
        c.riskClass = 'B';
        CHECK(raise(c).empty());
    }
    SECTION("a single decision (no previous class) raises nothing")
    {
        c.previousRiskClass.reset();
        c.riskClass = 'E';
        CHECK(raise(c).empty());
    }
    SECTION("falling to E is critical")
    {
        c.previousRiskClass = 'D';
        c.riskClass = 'E';
        const auto alerts = raise(c);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].severity == AlertSeverity::Critical);
        CHECK(alerts[0].key == "class:D>E");
    }
}

TEST_CASE("review date passed: the day after it, not on it", "[receivables][alerts][review]")
{
    ClientRiskFacts c = client(5);
    c.exposure = cents(42'000);
    SECTION("review date = asOf: not yet")
    {
        c.reviewDate = kAsOf;
        CHECK(raise(c).empty());
    }
    SECTION("review date later: nothing")
    {
        c.reviewDate = kAsOf.addDays(30);
        CHECK(raise(c).empty());
    }
    SECTION("review date the day before: information, keyed by the date")
    {
        c.reviewDate = iso("2026-11-22");
        const auto alerts = raise(c);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].kind == AlertKind::ReviewDatePassed);
        CHECK(alerts[0].severity == AlertSeverity::Info);
        CHECK(alerts[0].amount == cents(42'000));
        CHECK(alerts[0].since == iso("2026-11-22"));
        CHECK(alerts[0].key == "review:2026-11-22");
    }
}

TEST_CASE("broken promises: one warning each, for what is missing", "[receivables][alerts][promise]")
{
    ClientRiskFacts c = client(6);
    c.brokenPromises = {{11, iso("2026-11-14"), cents(30'000)}, {12, iso("2026-11-20"), cents(80'000)}};
    const auto alerts = raise(c);
    REQUIRE(alerts.size() == 2);
    // Both warnings: the larger amount first.
    CHECK(alerts[0].kind == AlertKind::BrokenPromise);
    CHECK(alerts[0].key == "promise:12");
    CHECK(alerts[0].amount == cents(80'000));
    CHECK(alerts[0].since == iso("2026-11-20"));
    CHECK(alerts[0].severity == AlertSeverity::Warning);
    CHECK(alerts[1].key == "promise:11");
    CHECK(alerts[1].amount == cents(30'000));
}

TEST_CASE("collective proceedings: critical while something is owed, keyed by kind and date", "[receivables][alerts][proceedings]")
{
    ClientRiskFacts c = client(8);
    c.exposure = cents(75'000);
    c.proceedings = "receivership";
    c.proceedingsDate = iso("2026-10-02");
    auto alerts = raise(c);
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].kind == AlertKind::CollectiveProceedings);
    CHECK(alerts[0].severity == AlertSeverity::Critical);
    CHECK(alerts[0].amount == cents(75'000));
    CHECK(alerts[0].since == iso("2026-10-02"));
    CHECK(alerts[0].detail == "receivership");
    CHECK(alerts[0].key == "proceedings:receivership:2026-10-02");

    // From receivership to liquidation: a new situation.
    c.proceedings = "liquidation";
    c.proceedingsDate = iso("2026-11-15");
    CHECK(raise(c).at(0).key == "proceedings:liquidation:2026-11-15");
    // Date unknown: the key ends empty, no `since`.
    c.proceedingsDate.reset();
    alerts = raise(c);
    CHECK(alerts.at(0).key == "proceedings:liquidation:");
    CHECK_FALSE(alerts.at(0).since);
    // Owing nothing: still reported, as news only.
    c.exposure = cents(0);
    CHECK(raise(c).at(0).severity == AlertSeverity::Info);
    // None: nothing.
    c.proceedings.clear();
    CHECK(raise(c).empty());
}

TEST_CASE("order: most severe first, then the largest amount", "[receivables][alerts][order]")
{
    // Client 1: limit 10 000, owes 12 000 → warning 2 000.00; review passed → info 12 000.00.
    ClientRiskFacts a = client(1);
    a.exposure = cents(1'200'000);
    a.limit = cents(1'000'000);
    a.reviewDate = iso("2026-11-01");
    // Client 2: proceedings → critical, 500.00 owed; a broken promise → warning 900.00.
    ClientRiskFacts b = client(2);
    b.exposure = cents(50'000);
    b.proceedings = "safeguard";
    b.proceedingsDate = iso("2026-11-02");
    b.brokenPromises = {{31, iso("2026-11-10"), cents(90'000)}};
    // Client 3: limit 1 000, owes 3 000 → critical 2 000.00 (3 000 > 2 × 1 000); an item
    // 70 days late → warning 3 000.00.
    ClientRiskFacts c = client(3);
    c.exposure = cents(300'000);
    c.limit = cents(100'000);
    c.openItems = {{kAsOf.addDays(-70), cents(300'000)}};

    const auto alerts = raiseAlerts({a, b, c}, kAsOf, defaults());
    REQUIRE(alerts.size() == 6);
    // Critical: 2 000.00 (client 3's limit) before 500.00 (client 2's proceedings).
    CHECK(alerts[0].kind == AlertKind::LimitExceeded);
    CHECK(alerts[0].companyId == 3);
    CHECK(alerts[0].amount == cents(200'000));
    CHECK(alerts[1].kind == AlertKind::CollectiveProceedings);
    CHECK(alerts[1].companyId == 2);
    CHECK(alerts[1].amount == cents(50'000));
    // Warnings: 3 000.00 overdue, 2 000.00 over the limit, 900.00 promised.
    CHECK(alerts[2].kind == AlertKind::OverdueBeyondThreshold);
    CHECK(alerts[2].amount == cents(300'000));
    CHECK(alerts[3].kind == AlertKind::LimitExceeded);
    CHECK(alerts[3].companyId == 1);
    CHECK(alerts[3].amount == cents(200'000));
    CHECK(alerts[4].kind == AlertKind::BrokenPromise);
    CHECK(alerts[4].amount == cents(90'000));
    // Information last, however large: 12 000.00.
    CHECK(alerts[5].kind == AlertKind::ReviewDatePassed);
    CHECK(alerts[5].severity == AlertSeverity::Info);
    CHECK(alerts[5].amount == cents(1'200'000));
    CHECK(ofKind(alerts, AlertKind::LimitExceeded).size() == 2);
}
