// Receivables KPIs against the worked examples of RULES.md §7.

#include "receivables/ReceivablesKpi.h"
#include "support/TestPrinters.h"

#include <vector>

using namespace pc::core;
using namespace pc::receivables;

TEST_CASE("DSO, best possible DSO and average days delinquent", "[receivables][kpi]")
{
    // AR 15 000, sales 10 000 in 30 days: 45 days; current AR 4 000: 12 days; ADD 33.
    CHECK(dsoHundredths(Money::fromEuros(15'000), Money::fromEuros(10'000), 30) == 4'500);
    CHECK(bestPossibleDsoHundredths(Money::fromEuros(4'000), Money::fromEuros(10'000), 30) == 1'200);
    CHECK(averageDaysDelinquentHundredths(Money::fromEuros(15'000), Money::fromEuros(4'000), Money::fromEuros(10'000),
                                          30) == 3'300);
    // AR 25 000, current 6 000, sales 15 000 in 30 days: DSO 50, best 12, ADD 38.
    CHECK(dsoHundredths(Money::fromEuros(25'000), Money::fromEuros(15'000), 30) == 5'000);
    CHECK(averageDaysDelinquentHundredths(Money::fromEuros(25'000), Money::fromEuros(6'000), Money::fromEuros(15'000),
                                          30) == 3'800);
    // Délai clients: 20 000 / 150 000 × 360 = 48 days.
    CHECK(dsoHundredths(Money::fromEuros(20'000), Money::fromEuros(150'000), 360) == 4'800);
    CHECK(!dsoHundredths(Money::fromEuros(1), Money(), 30));
}

TEST_CASE("count-back DSO", "[receivables][kpi]")
{
    // AR 212 000; sales 100 000, 80 000, 70 000 in 30-day months: 30 + 30 + 32/70 × 30 = 73.71.
    CHECK(countBackDsoHundredths(Money::fromEuros(212'000), {{Money::fromEuros(100'000), 30},
                                                             {Money::fromEuros(80'000), 30},
                                                             {Money::fromEuros(70'000), 30}})
          == 7'371);
    // Actual month lengths: 31 + 28 + 400/700 × 31 = 76.71.
    CHECK(countBackDsoHundredths(Money::fromEuros(2'100'000), {{Money::fromEuros(900'000), 31},
                                                               {Money::fromEuros(800'000), 28},
                                                               {Money::fromEuros(700'000), 31}})
          == 7'671);
    // Receivables exhausted by the first month: its share only.
    CHECK(countBackDsoHundredths(Money::fromEuros(50'000), {{Money::fromEuros(100'000), 30}}) == 1'500);
    CHECK(countBackDsoHundredths(Money(), {{Money::fromEuros(100'000), 30}}) == 0);
    // More receivables than the months given: unknown.
    CHECK(!countBackDsoHundredths(Money::fromEuros(500'000), {{Money::fromEuros(100'000), 30}}));
}

TEST_CASE("collection effectiveness index", "[receivables][kpi]")
{
    // N = 3; sales 10 890; beginning 6 200; ending 6 340, current 3 590:
    // (6 200 + 3 630 − 6 340) / (6 200 + 3 630 − 3 590) = 55.93 %.
    CHECK(collectionEffectivenessHundredths(Money::fromEuros(6'200), Money::fromEuros(10'890), 3,
                                            Money::fromEuros(6'340), Money::fromEuros(3'590))
          == 5'593);
    // Yearly form: (100 000 + 1 000 000 − 120 000) / (100 000 + 1 000 000 − 100 000) = 98 %.
    CHECK(collectionEffectivenessHundredths(Money::fromEuros(100'000), Money::fromEuros(1'000'000), 1,
                                            Money::fromEuros(120'000), Money::fromEuros(100'000))
          == 9'800);
    CHECK(!collectionEffectivenessHundredths(Money(), Money(), 3, Money(), Money()));
}
