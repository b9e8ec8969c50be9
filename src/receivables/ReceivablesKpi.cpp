#include "receivables/ReceivablesKpi.h"

#include "core/Rounding.h"

namespace pc::receivables {

using core::Int128;
using core::Money;

namespace {

// numerator / denominator in hundredths, rounded half away from zero.
std::optional<std::int64_t> hundredths(Int128 numerator, Int128 denominator)
{
    if (denominator == 0)
        return std::nullopt;
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Int128 scaled = numerator * 100;
    const Int128 half = denominator / 2;
    const Int128 q = scaled >= 0 ? (scaled + half) / denominator : -((-scaled + half) / denominator);
    return static_cast<std::int64_t>(q);
}

} // namespace

std::optional<std::int64_t> dsoHundredths(Money receivables, Money sales, int days)
{
    return hundredths(static_cast<Int128>(receivables.cents()) * days, sales.cents());
}

std::optional<std::int64_t> averageDaysDelinquentHundredths(Money receivables, Money current, Money sales, int days)
{
    const auto dso = dsoHundredths(receivables, sales, days);
    const auto best = bestPossibleDsoHundredths(current, sales, days);
    if (!dso || !best)
        return std::nullopt;
    return *dso - *best;
}

std::optional<std::int64_t> countBackDsoHundredths(Money receivables, const std::vector<MonthSales>& newestFirst)
{
    std::int64_t wholeDays = 0;
    Money left = receivables;
    for (const MonthSales& month : newestFirst) {
        if (!left.isPositive())
            return wholeDays * 100;
        if (left > month.sales) {
            left -= month.sales;
            wholeDays += month.days;
            continue;
        }
        const auto share = hundredths(static_cast<Int128>(left.cents()) * month.days, month.sales.cents());
        return share ? std::optional(wholeDays * 100 + *share) : std::nullopt;
    }
    if (!left.isPositive())
        return wholeDays * 100;
    return std::nullopt;
}

std::optional<std::int64_t> collectionEffectivenessHundredths(Money beginning, Money sales, int months,
                                                              Money endingTotal, Money endingCurrent)
{
    if (months <= 0)
        return std::nullopt;
    // Everything in cents × months, so that sales / months stays exact.
    const Int128 base = static_cast<Int128>(beginning.cents()) * months + sales.cents();
    const Int128 collected = base - static_cast<Int128>(endingTotal.cents()) * months;
    const Int128 collectible = base - static_cast<Int128>(endingCurrent.cents()) * months;
    return hundredths(collected * 100, collectible);
}

} // namespace pc::receivables
