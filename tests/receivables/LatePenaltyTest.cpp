// Late-payment penalties of Code de commerce L441-10: the vectors LP-1 to LP-3 of
// ../shared/reference/RULES.md §4.1, delays cut at 1 January and 1 July at the rates of
// §4.2, exact integer totals and the recovery indemnity. Every amount is worked out by
// hand in the comments: cents × basis points × days / (10 000 × 365), rounded half up.

#include "receivables/LatePenalty.h"
#include "RateHistory.h"
#include "support/TestPrinters.h"

#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::receivables;
using pc::test::iso;
using pc::test::mroHistory;

namespace {

PenaltyTerms contractual(std::int64_t bp)
{
    PenaltyTerms terms;
    terms.contractualRate = Rate::fromBasisPoints(bp);
    return terms;
}

InvoicePenalty compute(Money principal, const std::string& due, const std::string& asOf, const PenaltyTerms& terms)
{
    auto result = latePenalty(principal, iso(due), iso(asOf), mroHistory(), terms);
    REQUIRE(result.ok());
    return std::move(result).value();
}

} // namespace

TEST_CASE("LP-1: 15,000 euros 30 days late at a contractual 15 %", "[receivables][latepenalty]")
{
    // 1 500 000 × 1500 × 30 / 3 650 000 = 18 493.15 -> 184.93 €; 16 April -> 15 May.
    const InvoicePenalty p = compute(Money::fromEuros(15'000), "2018-04-15", "2018-05-15", contractual(1500));
    CHECK(p.daysLate == 30);
    CHECK(p.penalty == Money::fromCents(18'493));
    CHECK(p.rate == Rate::fromBasisPoints(1500));
    CHECK(p.principal == Money::fromEuros(15'000));
    CHECK(p.dueDate == iso("2018-04-15"));
    CHECK(p.indemnity == Money::fromEuros(40));
    REQUIRE(p.periods.size() == 1);
    CHECK(p.periods[0].from == iso("2018-04-16"));
    CHECK(p.periods[0].to == iso("2018-05-15"));
    CHECK(p.periods[0].days == 30);
    CHECK(p.periods[0].penalty == Money::fromCents(18'493));
}

TEST_CASE("LP-2: 5,000 euros 30 days late at 10 %", "[receivables][latepenalty]")
{
    // 500 000 × 1000 × 30 / 3 650 000 = 4 109.59 -> 41.10 €.
    const InvoicePenalty p = compute(Money::fromEuros(5'000), "2024-03-01", "2024-03-31", contractual(1000));
    CHECK(p.daysLate == 30);
    CHECK(p.penalty == Money::fromCents(4'110));
}

TEST_CASE("LP-3: 10,000 euros 30 days in H2 2025 at the statutory 12.15 %", "[receivables][latepenalty]")
{
    // MRO 2.15 % on 1 July 2025 + 10 points; 1 000 000 × 1215 × 30 / 3 650 000 = 9 986.30 -> 99.86 €.
    const InvoicePenalty p = compute(Money::fromEuros(10'000), "2025-09-01", "2025-10-01", {});
    CHECK(p.daysLate == 30);
    CHECK(p.rate == Rate::fromBasisPoints(1215));
    CHECK(p.penalty == Money::fromCents(9'986));
    REQUIRE(p.periods.size() == 1);
    CHECK(p.periods[0].penalty == Money::fromCents(9'986));
}

TEST_CASE("a delay across 1 July 2025 runs at 13.15 % then 12.15 %", "[receivables][latepenalty]")
{
    // 10 000 € due 20 June, as of 10 July:
    //   21 June -> 30 June, 10 days at 13.15 %: 1 000 000 × 1315 × 10 / 3 650 000 = 3 602.74 -> 36.03 €
    //   1 July -> 10 July, 10 days at 12.15 %: 1 000 000 × 1215 × 10 / 3 650 000 = 3 328.77 -> 33.29 €
    //   total: 1 000 000 × (13 150 + 12 150) / 3 650 000 = 6 931.51 -> 69.32 €
    const InvoicePenalty p = compute(Money::fromEuros(10'000), "2025-06-20", "2025-07-10", {});
    CHECK(p.daysLate == 20);
    REQUIRE(p.periods.size() == 2);
    CHECK(p.periods[0].from == iso("2025-06-21"));
    CHECK(p.periods[0].to == iso("2025-06-30"));
    CHECK(p.periods[0].days == 10);
    CHECK(p.periods[0].rate == Rate::fromBasisPoints(1315));
    CHECK(p.periods[0].penalty == Money::fromCents(3'603));
    CHECK(p.periods[1].from == iso("2025-07-01"));
    CHECK(p.periods[1].to == iso("2025-07-10"));
    CHECK(p.periods[1].days == 10);
    CHECK(p.periods[1].rate == Rate::fromBasisPoints(1215));
    CHECK(p.periods[1].penalty == Money::fromCents(3'329));
    CHECK(p.penalty == Money::fromCents(6'932));
    CHECK(p.rate == Rate::fromBasisPoints(1215)); // the last period's, what a letter states
}

TEST_CASE("a delay across 1 January 2025 runs at 14.25 % then 13.15 %", "[receivables][latepenalty]")
{
    // 10 000 € due 16 December 2024, as of 15 January 2025:
    //   17 -> 31 December, 15 days at 14.25 %: 1 000 000 × 1425 × 15 / 3 650 000 = 5 856.16 -> 58.56 €
    //   1 -> 15 January, 15 days at 13.15 %: 1 000 000 × 1315 × 15 / 3 650 000 = 5 404.11 -> 54.04 €
    //   total: 1 000 000 × (21 375 + 19 725) / 3 650 000 = 11 260.27 -> 112.60 €
    const InvoicePenalty p = compute(Money::fromEuros(10'000), "2024-12-16", "2025-01-15", {});
    CHECK(p.daysLate == 30);
    REQUIRE(p.periods.size() == 2);
    CHECK(p.periods[0].to == iso("2024-12-31"));
    CHECK(p.periods[0].days == 15);
    CHECK(p.periods[0].rate == Rate::fromBasisPoints(1425));
    CHECK(p.periods[0].penalty == Money::fromCents(5'856));
    CHECK(p.periods[1].from == iso("2025-01-01"));
    CHECK(p.periods[1].days == 15);
    CHECK(p.periods[1].rate == Rate::fromBasisPoints(1315));
    CHECK(p.periods[1].penalty == Money::fromCents(5'404));
    CHECK(p.penalty == Money::fromCents(11'260));
    CHECK(p.rate == Rate::fromBasisPoints(1315));
}

TEST_CASE("the total is rounded once, not period by period", "[receivables][latepenalty]")
{
    // 1 009 € due 20 June 2025, as of 10 July:
    //   periods: 100 900 × 1315 × 10 / 3 650 000 = 363.52 -> 3.64 €; 100 900 × 1215 × 10 / 3 650 000 = 335.87 -> 3.36 €
    //   total: 100 900 × 25 300 / 3 650 000 = 699.39 -> 6.99 €, a cent below 3.64 + 3.36
    const InvoicePenalty p = compute(Money::fromEuros(1'009), "2025-06-20", "2025-07-10", {});
    REQUIRE(p.periods.size() == 2);
    CHECK(p.periods[0].penalty == Money::fromCents(364));
    CHECK(p.periods[1].penalty == Money::fromCents(336));
    CHECK(p.penalty == Money::fromCents(699));
}

TEST_CASE("a long delay is cut at every half-year", "[receivables][latepenalty]")
{
    // 2 500 € due 31 May 2024, as of 10 August 2025, 436 days:
    //   1 -> 30 June 2024      30 days at 14.50 %: 250 000 × 1450 × 30 / 3 650 000 =  2 979.45 ->  29.79 €
    //   H2 2024               184 days at 14.25 %: 250 000 × 1425 × 184 / 3 650 000 = 17 958.90 -> 179.59 €
    //   H1 2025               181 days at 13.15 %: 250 000 × 1315 × 181 / 3 650 000 = 16 302.40 -> 163.02 €
    //   1 July -> 10 Aug 2025  41 days at 12.15 %: 250 000 × 1215 × 41 / 3 650 000 =  3 411.99 ->  34.12 €
    //   total: 250 000 × 593 530 / 3 650 000 = 40 652.74 -> 406.53 € (the periods add up to 406.52 €)
    const InvoicePenalty p = compute(Money::fromEuros(2'500), "2024-05-31", "2025-08-10", {});
    CHECK(p.daysLate == 436);
    REQUIRE(p.periods.size() == 4);
    CHECK(p.periods[0].days == 30);
    CHECK(p.periods[1].days == 184);
    CHECK(p.periods[2].days == 181);
    CHECK(p.periods[3].days == 41);
    CHECK(p.periods[0].penalty == Money::fromCents(2'979));
    CHECK(p.periods[1].penalty == Money::fromCents(17'959));
    CHECK(p.periods[2].penalty == Money::fromCents(16'302));
    CHECK(p.periods[3].penalty == Money::fromCents(3'412));
    CHECK(p.penalty == Money::fromCents(40'653));
}

TEST_CASE("a contractual rate applies to the whole delay in one period", "[receivables][latepenalty]")
{
    // 10 000 € due 20 June 2025, as of 10 July, at 15 % across 1 July:
    // 1 000 000 × 1500 × 20 / 3 650 000 = 8 219.18 -> 82.19 €.
    const InvoicePenalty p = compute(Money::fromEuros(10'000), "2025-06-20", "2025-07-10", contractual(1500));
    REQUIRE(p.periods.size() == 1);
    CHECK(p.periods[0].from == iso("2025-06-21"));
    CHECK(p.periods[0].to == iso("2025-07-10"));
    CHECK(p.periods[0].days == 20);
    CHECK(p.penalty == Money::fromCents(8'219));
}

TEST_CASE("an invoice not yet late owes nothing", "[receivables][latepenalty]")
{
    for (const char* asOf : {"2025-09-01", "2025-08-15"}) {
        INFO(asOf);
        const InvoicePenalty p = compute(Money::fromEuros(10'000), "2025-09-01", asOf, {});
        CHECK(p.daysLate == 0);
        CHECK(p.penalty.isZero());
        CHECK(p.indemnity.isZero());
        CHECK(p.periods.empty());
        // The rate that will run from the day after the due date, for a reminder letter.
        CHECK(p.rate == Rate::fromBasisPoints(1215));
    }
}

TEST_CASE("one day late owes one day and the whole indemnity", "[receivables][latepenalty]")
{
    // 10 000 € at 12.15 %: 1 000 000 × 1215 / 3 650 000 = 332.88 -> 3.33 €.
    const InvoicePenalty p = compute(Money::fromEuros(10'000), "2025-09-01", "2025-09-02", {});
    CHECK(p.daysLate == 1);
    CHECK(p.penalty == Money::fromCents(333));
    CHECK(p.indemnity == Money::fromCents(kRecoveryIndemnityCents));
}

TEST_CASE("a consumer owes no recovery indemnity", "[receivables][latepenalty]")
{
    PenaltyTerms terms;
    terms.indemnityOwed = false;
    const InvoicePenalty p = compute(Money::fromEuros(10'000), "2025-09-01", "2025-10-01", terms);
    CHECK(p.penalty == Money::fromCents(9'986));
    CHECK(p.indemnity.isZero());
}

TEST_CASE("a zero principal owes no penalty but the indemnity", "[receivables][latepenalty]")
{
    const InvoicePenalty p = compute(Money{}, "2025-09-01", "2025-10-01", {});
    CHECK(p.daysLate == 30);
    CHECK(p.penalty.isZero());
    CHECK(p.indemnity == Money::fromEuros(40));
}

TEST_CASE("a half-year before the rate history is NotFound", "[receivables][latepenalty]")
{
    // The history starts on 20 September 2023: H2 2023 is referenced on 1 July 2023.
    const auto result = latePenalty(Money::fromEuros(1'000), iso("2023-12-20"), iso("2024-01-10"), mroHistory(), {});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::NotFound);
    CHECK(result.error().arg(0) == "2023-07-01");

    const auto empty = latePenalty(Money::fromEuros(1'000), iso("2025-09-01"), iso("2025-10-01"), {}, {});
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().arg(0) == "2025-07-01");
}

TEST_CASE("a contractual rate needs no history", "[receivables][latepenalty]")
{
    const auto result = latePenalty(Money::fromEuros(15'000), iso("2018-04-15"), iso("2018-05-15"), {}, contractual(1500));
    REQUIRE(result.ok());
    CHECK(result->penalty == Money::fromCents(18'493));
}

TEST_CASE("a negative principal is refused", "[receivables][latepenalty]")
{
    const auto result = latePenalty(Money::fromCents(-1), iso("2025-09-01"), iso("2025-10-01"), mroHistory(), {});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::InvalidNumber);
    CHECK(result.error().arg(0) == "-0.01");
}
