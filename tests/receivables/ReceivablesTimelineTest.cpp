// What was owed on a day from the ledger summed by day: the same as the open items of
// that day, allocations and deposits included.

#include "receivables/ReceivablesTimeline.h"
#include "support/CatchCompat.h"

using pc::core::Date;
using pc::core::Money;
using pc::receivables::balanceOn;
using pc::receivables::LedgerTimeline;
using pc::receivables::salesBetween;

namespace {

Date day(int month, int d)
{
    return *Date::fromYmd(2026, month, d);
}

Money euros(std::int64_t value)
{
    return Money::fromEuros(value);
}

// An invoice of 1 000 on 1 October due 31 October; a payment of 400 on 15 October set
// against it on 20 October; 100 of an order's deposit set against it on 25 October
// (the deposit itself is not in the ledger's balance).
LedgerTimeline ledger()
{
    LedgerTimeline t;
    t.moves = {{day(10, 1), euros(1000)}, {day(10, 15), euros(-400)}};
    t.debits = {{day(10, 1), day(10, 31), euros(1000)}};
    t.allocations = {{day(10, 20), day(10, 31), true, true, euros(400)},
                     {day(10, 25), day(10, 31), true, false, euros(100)}};
    t.sales = {{day(10, 1), euros(1000)}};
    return t;
}

} // namespace

TEST_CASE("timeline: what was open on each day, allocations on both sides", "[receivables][timeline]")
{
    const LedgerTimeline t = ledger();
    // Before anything: nothing.
    CHECK(balanceOn(t, day(9, 30)).total == Money());
    // The invoice alone, not due.
    CHECK(balanceOn(t, day(10, 10)).total == euros(1000));
    CHECK(balanceOn(t, day(10, 10)).current == euros(1000));
    // The payment received but not set against it: 1 000 − 400 open, the invoice whole.
    CHECK(balanceOn(t, day(10, 16)).total == euros(600));
    CHECK(balanceOn(t, day(10, 16)).current == euros(1000));
    // Set against it on the 20th: 600 left on the invoice, nothing on the payment.
    CHECK(balanceOn(t, day(10, 20)).total == euros(600));
    CHECK(balanceOn(t, day(10, 20)).current == euros(600));
    // The deposit's 100 lowers the invoice; the deposit itself never counted.
    CHECK(balanceOn(t, day(10, 25)).total == euros(500));
    CHECK(balanceOn(t, day(10, 25)).current == euros(500));
    // Due on the 31st: current that day, past due the next.
    CHECK(balanceOn(t, day(10, 31)).current == euros(500));
    CHECK(balanceOn(t, day(11, 1)).current == Money());
    CHECK(balanceOn(t, day(11, 1)).total == euros(500));
}

TEST_CASE("timeline: the sales of a span, both ends included", "[receivables][timeline]")
{
    const LedgerTimeline t = ledger();
    CHECK(salesBetween(t, day(10, 1), day(10, 1)) == euros(1000));
    CHECK(salesBetween(t, day(9, 1), day(10, 31)) == euros(1000));
    CHECK(salesBetween(t, day(10, 2), day(10, 31)) == Money());
}
