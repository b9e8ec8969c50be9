// Cash-in forecast: ISO weeks across the new year, calendar months, items expected on
// their due date plus the client's days late, missed ones brought to the first period
// with a lower confidence, disputes and collective proceedings shown apart.

#include "receivables/CashForecast.h"
#include "support/TestPrinters.h"

#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::receivables;

namespace {

Date day(const std::string& iso)
{
    return *Date::parseIso(iso);
}

Money cents(std::int64_t c)
{
    return Money::fromCents(c);
}

Money at(const ForecastPeriod& p, Confidence c)
{
    return p.byConfidence[static_cast<std::size_t>(c)];
}

// Client 1 pays 10 days late with a high confidence; the portfolio 2.5 days (3 whole days).
HabitsReport habits()
{
    HabitsReport report;
    PaymentHabit one;
    one.invoices = 8;
    one.daysLate = 1'000;
    one.confidence = Confidence::High;
    report.clients[1] = one;
    report.portfolio.daysLate = 250;
    return report;
}

std::vector<ForecastItem> items()
{
    return {
        {1, day("2025-12-18"), cents(10'000), {}, false}, // + 10 = Sun 28 Dec: week 52, high
        {1, day("2025-12-19"), cents(20'000), {}, false}, // + 10 = Mon 29 Dec: week 1 of 2026, high
        {1, day("2025-12-01"), cents(5'000), {}, false},  // + 10 = 11 Dec, missed: first period, medium
        {2, day("2025-12-30"), cents(40'000), {}, false}, // + 3 = 2 Jan: week 1, low (portfolio)
        {1, day("2026-01-10"), cents(7'000), {}, false},  // + 10 = 20 Jan: after 3 weeks
        {1, day("2025-12-20"), cents(30'000), cents(12'000), false}, // 180.00 on 30 Dec, 120.00 disputed
        {3, day("2025-12-24"), cents(99'900), {}, true},  // proceedings
        {1, day("2025-12-24"), cents(-5'000), {}, false}, // a credit: nothing to collect
    };
}

} // namespace

TEST_CASE("ISO weeks: 31 December may be week 1 of the next year, a Sunday ends its week", "[receivables][forecast]")
{
    CHECK(isoWeekOf(day("2024-12-31")) == IsoWeek{2025, 1});
    CHECK(isoWeekOf(day("2025-12-31")) == IsoWeek{2026, 1});
    CHECK(isoWeekOf(day("2025-12-28")) == IsoWeek{2025, 52}); // Sunday
    CHECK(isoWeekOf(day("2025-12-29")) == IsoWeek{2026, 1});  // Monday
    CHECK(isoWeekOf(day("2021-01-03")) == IsoWeek{2020, 53});
    CHECK(isoWeekOf(day("2026-01-04")) == IsoWeek{2026, 1});
    CHECK(isoWeekOf(day("2026-01-05")) == IsoWeek{2026, 2});
    CHECK(toString(IsoWeek{2026, 1}) == "2026-W01");
    CHECK(granularityFromCode("week") == Granularity::Week);
    CHECK_FALSE(granularityFromCode("day"));
}

TEST_CASE("weekly forecast as of Wednesday 24 December 2025 over three weeks", "[receivables][forecast]")
{
    const CashForecast f = cashForecast(items(), habits(), day("2025-12-24"), Granularity::Week, 3);
    REQUIRE(f.periods.size() == 3);
    CHECK(f.periods[0].label == "2025-W52");
    CHECK(f.periods[0].start == day("2025-12-22"));
    CHECK(f.periods[0].end == day("2025-12-28"));
    CHECK(f.periods[1].label == "2026-W01");
    CHECK(f.periods[2].label == "2026-W02");
    // Week 52: 100.00 high, 50.00 missed and lowered to medium.
    CHECK(at(f.periods[0], Confidence::High) == cents(10'000));
    CHECK(at(f.periods[0], Confidence::Medium) == cents(5'000));
    CHECK(f.periods[0].total == cents(15'000));
    // Week 1: 200.00 + 180.00 high, 400.00 low.
    CHECK(at(f.periods[1], Confidence::High) == cents(38'000));
    CHECK(at(f.periods[1], Confidence::Low) == cents(40'000));
    CHECK(f.periods[1].total == cents(78'000));
    CHECK(f.periods[2].total == Money());
    // 150 + 780 = 930.00 in the horizon, 70.00 beyond.
    CHECK(f.total == cents(93'000));
    CHECK(f.beyond == cents(7'000));
    CHECK(f.disputed == cents(12'000));
    CHECK(f.inProceedings == cents(99'900));
}

TEST_CASE("monthly forecast: December and January", "[receivables][forecast]")
{
    const CashForecast f = cashForecast(items(), habits(), day("2025-12-24"), Granularity::Month, 2);
    REQUIRE(f.periods.size() == 2);
    CHECK(f.periods[0].label == "2025-12");
    CHECK(f.periods[0].start == day("2025-12-01"));
    CHECK(f.periods[0].end == day("2025-12-31"));
    CHECK(f.periods[1].label == "2026-01");
    // December: 100 + 200 + 180 = 480.00 high, 50.00 medium; January: 70.00 high, 400.00 low.
    CHECK(at(f.periods[0], Confidence::High) == cents(48'000));
    CHECK(at(f.periods[0], Confidence::Medium) == cents(5'000));
    CHECK(at(f.periods[1], Confidence::High) == cents(7'000));
    CHECK(at(f.periods[1], Confidence::Low) == cents(40'000));
    CHECK(f.total == cents(100'000));
    CHECK(f.beyond == Money());
}

TEST_CASE("a due date on a Sunday or a Monday falls in its own ISO week", "[receivables][forecast]")
{
    HabitsReport onTime; // no history anywhere: expected on the due date
    const std::vector<ForecastItem> two = {{5, day("2026-01-04"), cents(100), {}, false},
                                           {5, day("2026-01-05"), cents(200), {}, false}};
    const CashForecast f = cashForecast(two, onTime, day("2026-01-01"), Granularity::Week, 2);
    CHECK(f.periods[0].label == "2026-W01");
    CHECK(at(f.periods[0], Confidence::Low) == cents(100));
    CHECK(at(f.periods[1], Confidence::Low) == cents(200));
}
