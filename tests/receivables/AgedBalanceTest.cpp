// The aged balance: buckets at their boundaries by due date and by invoice date,
// disputed amounts apart, credits aged from their date, replay as of a past date.

#include "receivables/AgedBalance.h"
#include "support/TestPrinters.h"

#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::receivables;

namespace {

const Date kAsOf = *Date::fromYmd(2026, 11, 23);

// An invoice of `euros` dated 60 days before its due date, due `daysLate` days before kAsOf.
AgingItem late(std::int64_t company, int daysLate, std::int64_t euros)
{
    const Date due = kAsOf.addDays(-daysLate);
    return {company, due.addDays(-60), due, Money::fromEuros(euros), {}};
}

std::vector<std::int64_t> euros(const AgingRow& row)
{
    std::vector<std::int64_t> out;
    for (const Money& m : row.buckets)
        out.push_back(m.cents() / 100);
    return out;
}

} // namespace

TEST_CASE("aged balance by due date: buckets at their boundaries", "[receivables][aging]")
{
    // Due today and in the future: not due. 1 and 30 days late: 1-30. 31: 31-60.
    // 60: 31-60. 61 and 90: 61-90. 91: over 90.
    const std::vector<AgingItem> items{late(1, -10, 1), late(1, 0, 2),  late(1, 1, 4),   late(1, 30, 8),
                                       late(1, 31, 16), late(1, 60, 32), late(1, 61, 64), late(1, 90, 128),
                                       late(1, 91, 256)};
    const AgedBalance b = agedBalance(items, kAsOf, AgingBasis::DueDate, AgingBuckets());
    CHECK(b.labels == std::vector<std::string>{"not_due", "1-30", "31-60", "61-90", "90+"});
    const AgingRow& row = b.clients.at(1);
    CHECK(euros(row) == std::vector<std::int64_t>{3, 12, 48, 192, 256});
    CHECK(row.total == Money::fromEuros(511));
    CHECK(euros(b.total) == euros(row));
}

TEST_CASE("aged balance by invoice date counts days since the invoice", "[receivables][aging]")
{
    // Invoiced 60 days before the due date: 10 days late = 70 days old.
    const std::vector<AgingItem> items{late(1, -60, 1), late(1, -30, 2), late(1, -29, 4), late(1, 10, 8),
                                       late(1, 31, 16)};
    const AgedBalance b = agedBalance(items, kAsOf, AgingBasis::InvoiceDate, AgingBuckets());
    CHECK(b.labels == std::vector<std::string>{"0-30", "31-60", "61-90", "90+"});
    // 0 and 30 days old: 0-30; 31: 31-60; 70: 61-90; 91: over 90.
    CHECK(euros(b.clients.at(1)) == std::vector<std::int64_t>{3, 4, 8, 16});
}

TEST_CASE("aged balance: disputed amounts apart, credits from their date, items after the day left out",
          "[receivables][aging]")
{
    AgingItem disputed = late(2, 45, 1'000);
    disputed.disputed = Money::fromEuros(300);
    // A payment of 200 € received 5 days ago, set against nothing.
    const AgingItem credit{2, kAsOf.addDays(-5), kAsOf.addDays(-5), Money::fromEuros(-200), {}};
    // Invoiced tomorrow: not in today's balance.
    const AgingItem future{2, kAsOf.addDays(1), kAsOf.addDays(61), Money::fromEuros(999), {}};
    const AgedBalance b = agedBalance({disputed, credit, future, late(3, 5, 50)}, kAsOf, AgingBasis::DueDate,
                                      AgingBuckets());
    const AgingRow& row = b.clients.at(2);
    CHECK(euros(row) == std::vector<std::int64_t>{0, -200, 700, 0, 0});
    CHECK(row.total == Money::fromEuros(500));
    CHECK(row.disputed == Money::fromEuros(300));
    CHECK(b.total.total == Money::fromEuros(550));
    CHECK(b.total.disputed == Money::fromEuros(300));
    CHECK(b.clients.size() == 2);
}

TEST_CASE("aging buckets are parsed from the command line", "[receivables][aging]")
{
    const auto custom = AgingBuckets::parse("15,45");
    REQUIRE(custom.ok());
    CHECK(custom->limits == std::vector<int>{15, 45});
    CHECK(custom->labels(AgingBasis::DueDate) == std::vector<std::string>{"not_due", "1-15", "16-45", "45+"});
    const AgedBalance b = agedBalance({late(1, 15, 1), late(1, 16, 2), late(1, 46, 4)}, kAsOf, AgingBasis::DueDate,
                                      *custom);
    CHECK(euros(b.clients.at(1)) == std::vector<std::int64_t>{0, 1, 2, 4});
    CHECK(AgingBuckets::parse("").error().code == ErrorCode::InvalidNumber);
    CHECK(AgingBuckets::parse("30,x").error().code == ErrorCode::InvalidNumber);
    CHECK(AgingBuckets::parse("60,30").error().code == ErrorCode::InvalidFormat);
    CHECK(AgingBuckets::parse("0").error().code == ErrorCode::InvalidNumber);
    CHECK(agingBasisFromCode("invoice") == AgingBasis::InvoiceDate);
    CHECK(!agingBasisFromCode("weekly"));
}
