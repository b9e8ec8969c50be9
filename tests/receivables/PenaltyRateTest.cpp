// The statutory late-payment rate of Code de commerce L441-10: the ECB main refinancing
// rate in force on 1 January or 1 July, plus 10 points. The history and the expected
// rates are those of ../shared/reference/RULES.md §4.2.

#include "receivables/PenaltyRate.h"
#include "RateHistory.h"
#include "support/TestPrinters.h"

#include <algorithm>
#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::receivables;
using pc::test::iso;
using pc::test::mroHistory;

TEST_CASE("the statutory rate of each half-year of the RULES.md 4.2 table", "[receivables][penalty]")
{
    // half-year, a day inside it, statutory default (MRO + 10).
    const auto [label, day, bp] = GENERATE(table<std::string, std::string, std::int64_t>({
        {"H1 2024", "2024-01-01", 1450},
        {"H1 2024", "2024-03-15", 1450},
        {"H1 2024", "2024-06-30", 1450}, // the 12/06 cut waits for 1 July
        {"H2 2024", "2024-07-01", 1425},
        {"H2 2024", "2024-10-31", 1425}, // the September and October cuts wait for 1 January
        {"H2 2024", "2024-12-31", 1425},
        {"H1 2025", "2025-01-01", 1315},
        {"H1 2025", "2025-05-20", 1315},
        {"H1 2025", "2025-06-30", 1315},
        {"H2 2025", "2025-07-01", 1215},
        {"H2 2025", "2025-12-31", 1215},
        {"H1 2026", "2026-01-01", 1215},
        {"H1 2026", "2026-06-30", 1215},
    }));
    INFO(label << ", " << day);
    const auto rate = statutoryPenaltyRate(iso(day), mroHistory());
    REQUIRE(rate);
    CHECK(*rate == Rate::fromBasisPoints(bp));
}

TEST_CASE("the rate stays the last one known after the history ends", "[receivables][penalty]")
{
    const auto rate = statutoryPenaltyRate(iso("2027-11-05"), mroHistory());
    REQUIRE(rate);
    CHECK(rate->toString() == "12.15");
}

TEST_CASE("the history may come in any order", "[receivables][penalty]")
{
    auto history = mroHistory();
    std::ranges::reverse(history);
    std::swap(history[2], history[6]);
    CHECK(statutoryPenaltyRate(iso("2024-02-01"), history) == Rate::fromBasisPoints(1450));
    CHECK(statutoryPenaltyRate(iso("2024-08-01"), history) == Rate::fromBasisPoints(1425));
    CHECK(statutoryPenaltyRate(iso("2025-02-01"), history) == Rate::fromBasisPoints(1315));
    CHECK(statutoryPenaltyRate(iso("2025-08-01"), history) == Rate::fromBasisPoints(1215));
}

TEST_CASE("there is no rate before the history starts", "[receivables][penalty]")
{
    // The history starts on 20/09/2023: H2 2023 is referenced on 1 July 2023, before it.
    CHECK_FALSE(statutoryPenaltyRate(iso("2023-12-31"), mroHistory()).has_value());
    CHECK_FALSE(statutoryPenaltyRate(iso("2023-09-20"), mroHistory()).has_value());
    CHECK_FALSE(statutoryPenaltyRate(iso("2020-01-01"), mroHistory()).has_value());
    CHECK_FALSE(statutoryPenaltyRate(iso("2025-01-01"), {}).has_value());
}

TEST_CASE("a change effective on the reference day itself applies to that half-year", "[receivables][penalty]")
{
    const std::vector<RefinancingRate> history{{iso("2026-12-20"), Rate::fromBasisPoints(200)},
                                               {iso("2027-01-01"), Rate::fromBasisPoints(300)},
                                               {iso("2027-01-02"), Rate::fromBasisPoints(400)},
                                               {iso("2027-07-01"), Rate::fromBasisPoints(0)}};
    CHECK(statutoryPenaltyRate(iso("2026-12-31"), history) == std::nullopt); // H2 2026: 1 July 2026
    CHECK(statutoryPenaltyRate(iso("2027-01-01"), history) == Rate::fromBasisPoints(1300));
    CHECK(statutoryPenaltyRate(iso("2027-06-30"), history) == Rate::fromBasisPoints(1300));
    CHECK(statutoryPenaltyRate(iso("2027-07-01"), history) == Rate::fromBasisPoints(1000));
}

TEST_CASE("the recovery indemnity is 40 euros", "[receivables][penalty]")
{
    CHECK(kRecoveryIndemnityCents == 4'000);
    CHECK(Money::fromCents(kRecoveryIndemnityCents) == Money::fromEuros(40));
}
