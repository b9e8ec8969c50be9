#pragma once

#include "core/Money.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace pc::receivables {

// The receivables KPIs of ../shared/reference RULES.md §7. Days and percentages are
// kept in hundredths (73.71 days = 7371), rounded half up, from integer cents: no
// floating point between the ledger and the figure. Empty when a divisor is zero.

// DSO = receivables / credit sales of the period × days of the period.
std::optional<std::int64_t> dsoHundredths(core::Money receivables, core::Money sales, int days);

// Best possible DSO: the same with the receivables not yet due.
inline std::optional<std::int64_t> bestPossibleDsoHundredths(core::Money current, core::Money sales, int days)
{
    return dsoHundredths(current, sales, days);
}

// Average days delinquent = DSO − best possible DSO.
std::optional<std::int64_t> averageDaysDelinquentHundredths(core::Money receivables, core::Money current,
                                                            core::Money sales, int days);

// A month of credit sales and its length in days.
struct MonthSales {
    core::Money sales;
    int days = 30;
};

// Count-back DSO: from the closing receivables, take away the sales of each month,
// newest first, adding its days, and for the month that exhausts them the share of it
// they represent. Months beyond the list count as months without sales: empty when
// the receivables outlast them.
std::optional<std::int64_t> countBackDsoHundredths(core::Money receivables, const std::vector<MonthSales>& newestFirst);

// Collection effectiveness index (CRF), in hundredths of a percent:
// (beginning + sales / months − ending total) / (beginning + sales / months − ending
// current) × 100. `months` = 1 for the yearly form.
std::optional<std::int64_t> collectionEffectivenessHundredths(core::Money beginning, core::Money sales, int months,
                                                              core::Money endingTotal, core::Money endingCurrent);

} // namespace pc::receivables
