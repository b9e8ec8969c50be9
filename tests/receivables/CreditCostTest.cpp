// Cost of credit: the outstanding in cent-days, its financing rounded once, dunning
// actions at their unit cost, expected losses by risk class, margin, profit and the
// price rise that would pay for it all.

#include "receivables/CreditCost.h"
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

} // namespace

TEST_CASE("the outstanding of a period in cent-days", "[receivables][cost]")
{
    // January 2025, 31 days: 1 000.00 invoiced before it counts 31 days, 400.00 settled on
    // 11 January is gone for 21 days, 500.00 invoiced in February does not count.
    // 100 000 × 31 − 40 000 × 21 = 3 100 000 − 840 000 = 2 260 000 cent-days.
    const auto cd = outstandingCentDays({{1, day("2024-12-15"), cents(100'000)},
                                         {1, day("2025-01-11"), cents(-40'000)},
                                         {1, day("2025-02-01"), cents(50'000)},
                                         {2, day("2025-01-31"), cents(1'000)}},
                                        day("2025-01-01"), day("2025-01-31"));
    CHECK(cd.at(1) == 2'260'000);
    CHECK(cd.at(2) == 1'000); // one day
}

TEST_CASE("financing cost is rounded once, half up", "[receivables][cost]")
{
    // 2 260 000 × 450 / (10 000 × 365) = 1 017 000 000 / 3 650 000 = 278.63 → 2.79.
    CHECK(financingCost(2'260'000, 450) == cents(279));
    // 1 825 × 5 000 / 3 650 000 = 2.5 → 3 cents: one rounding at the end, half up.
    CHECK(financingCost(1'825, 5'000) == cents(3));
    // Rounding the daily average first would lose it: 1 825 / 365 = 5 cents a day,
    // then 5 × 50 % × 365 / 365 = 2.5, but 1 824 cent-days gives 2.4986 → 2.
    CHECK(financingCost(1'824, 5'000) == cents(2));
}

TEST_CASE("profitability of each client and of the total", "[receivables][cost]")
{
    CostRates rates;
    rates.financeRateBp = 450;
    rates.marginBp = 2'500;
    rates.actionCost = {{"letter", cents(500)}, {"call", cents(1'200)}};
    rates.lossBpByClass = {{"C", 150}};
    rates.unratedLossBp = 300;

    ClientCostInput one{1, cents(1'000'000), 2'260'000, {{"letter", 2}, {"call", 1}, {"email", 3}}, cents(60'000), "C"};
    ClientCostInput two{2, Money(), 0, {}, cents(100'000), ""};
    const CostReport r = creditCost({one, two}, day("2025-01-01"), day("2025-01-31"), rates);
    CHECK(r.days == 31);
    REQUIRE(r.clients.size() == 2);

    const ClientCost& c = r.clients[0];
    CHECK(c.averageOutstanding == cents(72'903)); // 2 260 000 / 31 = 72 903.2
    CHECK(c.financing == cents(279));
    CHECK(c.collection == cents(2'200));   // 2 × 5.00 + 12.00; e-mails cost nothing
    CHECK(c.expectedLoss == cents(900));   // 600.00 × 1.5 %
    CHECK(c.margin == cents(250'000));     // 10 000.00 × 25 %
    CHECK(c.profit == cents(246'621));     // 250 000 − 279 − 2 200 − 900
    CHECK(c.upliftHundredths == 34);       // 3 379 / 1 000 000 = 0.3379 % → 0.34 %

    const ClientCost& u = r.clients[1];
    CHECK(u.expectedLoss == cents(3'000)); // unrated: 1 000.00 × 3 %
    CHECK(u.profit == cents(-3'000));
    CHECK_FALSE(u.upliftHundredths);

    CHECK(r.total.sales == cents(1'000'000));
    CHECK(r.total.expectedLoss == cents(3'900));
    CHECK(r.total.profit == cents(243'621));
    CHECK(r.total.upliftHundredths == 64); // (279 + 2 200 + 3 900) / 1 000 000 = 0.6379 % → 0.64 %
}
