#pragma once

#include "core/Date.h"
#include "core/Money.h"

#include <vector>

namespace pc::receivables {

// The receivables ledger summed by day, so that what was owed on any number of days
// comes from one read instead of one per day (the KPIs month by month). Deposits,
// tied to their orders, are left out as the aged balance leaves them out.
struct LedgerTimeline {
    struct Day {
        core::Date date;
        core::Money amount;
    };
    struct Debits {
        core::Date date;
        core::Date due; // its date when it has none
        core::Money amount;
    };
    struct Allocation {
        core::Date on;
        core::Date debitDue;
        bool debitCounts = true;  // the debit is not a deposit
        bool creditCounts = true; // the credit is not a deposit
        core::Money amount;
    };
    std::vector<Day> moves;              // debits less credits, by entry date
    std::vector<Debits> debits;          // by entry date and due date
    std::vector<Allocation> allocations; // by day, due date of the debit, sides counted
    std::vector<Day> sales;              // credit sales by day
};

struct BalanceOnDay {
    core::Money total;   // open debits less open credits
    core::Money current; // open debits not yet due
};

// What was open on `day`: each entry dated up to it, less what was allocated to it up
// to it. The same figures as the open items of that day, summed.
BalanceOnDay balanceOn(const LedgerTimeline& timeline, core::Date day);
// Credit sales dated in [from, to].
core::Money salesBetween(const LedgerTimeline& timeline, core::Date from, core::Date to);

} // namespace pc::receivables
