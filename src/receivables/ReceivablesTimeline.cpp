#include "receivables/ReceivablesTimeline.h"

namespace pc::receivables {

using core::Date;
using core::Money;

BalanceOnDay balanceOn(const LedgerTimeline& timeline, Date day)
{
    BalanceOnDay b;
    for (const LedgerTimeline::Day& m : timeline.moves)
        if (m.date <= day)
            b.total += m.amount;
    for (const LedgerTimeline::Debits& d : timeline.debits)
        if (d.date <= day && d.due >= day)
            b.current += d.amount;
    // An allocation lowers what is open on both of its sides: the debit's open amount
    // counts positive in the total, the credit's negative.
    for (const LedgerTimeline::Allocation& a : timeline.allocations) {
        if (a.on > day)
            continue;
        if (a.debitCounts)
            b.total -= a.amount;
        if (a.creditCounts)
            b.total += a.amount;
        if (a.debitCounts && a.debitDue >= day)
            b.current -= a.amount;
    }
    return b;
}

Money salesBetween(const LedgerTimeline& timeline, Date from, Date to)
{
    Money sum;
    for (const LedgerTimeline::Day& s : timeline.sales)
        if (s.date >= from && s.date <= to)
            sum += s.amount;
    return sum;
}

} // namespace pc::receivables
