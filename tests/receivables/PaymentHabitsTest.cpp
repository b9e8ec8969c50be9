// Payment habits: amount-weighted days to pay and days late, their dispersion and the
// confidence it gives, and the portfolio's habit standing in for a client without history.

#include "receivables/PaymentHabits.h"
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

Settlement paid(std::int64_t company, std::int64_t invoice, const std::string& issued, const std::string& due,
                const std::string& on, std::int64_t cents)
{
    return {company, invoice, day(issued), day(due), day(on), Money::fromCents(cents)};
}

// `count` invoices of 100.00, each paid `late` days after its due date.
std::vector<Settlement> regular(std::int64_t company, int count, const std::vector<int>& late)
{
    std::vector<Settlement> list;
    for (int i = 0; i < count; ++i) {
        const Date due = day("2025-03-31").addDays(i * 30);
        list.push_back({company, company * 100 + i, due.addDays(-30), due, due.addDays(late[i % late.size()]),
                        Money::fromCents(10'000)});
    }
    return list;
}

} // namespace

TEST_CASE("habits are weighted by the amount settled and a payment before the due date counts negative",
          "[receivables][habits]")
{
    // 1 000.00 paid 40 days after the invoice, 10 days late; 3 000.00 paid 25 days after,
    // 5 days early (due 3 March 2025, paid 26 February).
    // To pay: (1000 × 40 + 3000 × 25) / 4000 = 28.75 days.
    // Late: (1000 × 10 − 3000 × 5) / 4000 = −1.25 days.
    // Deviation: (1000 × |10 + 1.25| + 3000 × |−5 + 1.25|) / 4000 = (11 250 + 11 250) / 4000 = 5.625 → 5.63.
    const HabitsReport report = paymentHabits({paid(1, 11, "2025-01-01", "2025-01-31", "2025-02-10", 100'000),
                                               paid(1, 12, "2025-02-01", "2025-03-03", "2025-02-26", 300'000)});
    const PaymentHabit h = report.of(1);
    CHECK(h.invoices == 2);
    CHECK(h.settled == Money::fromCents(400'000));
    CHECK(h.daysToPay == 2'875);
    CHECK(h.daysLate == -125);
    CHECK(h.deviation == 563);
    CHECK(h.wholeDaysLate() == -1);
    CHECK(h.confidence == Confidence::Low);
    CHECK_FALSE(h.fromPortfolio);
}

TEST_CASE("the parts of one invoice count as one invoice observed", "[receivables][habits]")
{
    // Half paid on the due date, half 20 days late: 2 parts, 1 invoice, 10 days late on average.
    const HabitsReport report = paymentHabits({paid(1, 7, "2025-01-01", "2025-01-31", "2025-01-31", 50'000),
                                               paid(1, 7, "2025-01-01", "2025-01-31", "2025-02-20", 50'000)});
    CHECK(report.of(1).invoices == 1);
    CHECK(report.of(1).daysLate == 1'000);
    CHECK(report.of(1).deviation == 1'000);
}

TEST_CASE("confidence: 6 invoices within 10 days of deviation are high, 3 medium, fewer low", "[receivables][habits]")
{
    const HabitThresholds t;
    CHECK(t.confidenceOf(6, 1'000) == Confidence::High);
    CHECK(t.confidenceOf(6, 1'001) == Confidence::Medium);
    CHECK(t.confidenceOf(5, 0) == Confidence::Medium);
    CHECK(t.confidenceOf(3, 9'999) == Confidence::Medium);
    CHECK(t.confidenceOf(2, 0) == Confidence::Low);
    CHECK(lowered(Confidence::High) == Confidence::Medium);
    CHECK(lowered(Confidence::Low) == Confidence::Low);

    // Six invoices alternately 0 and 20 days late: mean 10, every one 10 days away: high.
    CHECK(paymentHabits(regular(1, 6, {0, 20})).of(1).confidence == Confidence::High);
    // Alternately 0 and 22 days late: mean 11, deviation 11 days: medium.
    CHECK(paymentHabits(regular(1, 6, {0, 22})).of(1).confidence == Confidence::Medium);
    CHECK(paymentHabits(regular(1, 3, {5})).of(1).confidence == Confidence::Medium);
    CHECK(paymentHabits(regular(1, 2, {5})).of(1).confidence == Confidence::Low);
}

TEST_CASE("a client without history takes the portfolio's habit with a low confidence", "[receivables][habits]")
{
    // Client 1: 6 × 100.00, 4 days late; client 2: 2 × 100.00, 10 days late.
    // Portfolio: (6 × 4 + 2 × 10) / 8 = 5.5 days late, rounded to 6 whole days.
    std::vector<Settlement> all = regular(1, 6, {4});
    for (const Settlement& s : regular(2, 2, {10}))
        all.push_back(s);
    const HabitsReport report = paymentHabits(all);
    CHECK(report.of(1).confidence == Confidence::High);
    CHECK(report.portfolio.invoices == 8);
    CHECK(report.portfolio.daysLate == 550);
    const PaymentHabit stand = report.of(99);
    CHECK(stand.fromPortfolio);
    CHECK(stand.daysLate == 550);
    CHECK(stand.wholeDaysLate() == 6);
    CHECK(stand.confidence == Confidence::Low);
    CHECK(paymentHabits({}).of(1).daysLate == 0);
}
