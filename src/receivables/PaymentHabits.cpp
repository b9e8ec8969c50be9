#include "receivables/PaymentHabits.h"

#include "core/Rounding.h"

#include <set>

namespace pc::receivables {

using core::Int128;
using core::Money;

namespace {

std::int64_t weightedHundredths(Int128 weightedSum, Money weight)
{
    return core::divideRounded(weightedSum * 100, weight.cents(), core::Rounding::HalfUp);
}

Int128 abs128(Int128 v)
{
    return v < 0 ? -v : v;
}

// The habit of one group of settlements, all with a positive amount.
PaymentHabit habitOf(const std::vector<const Settlement*>& group, const HabitThresholds& thresholds)
{
    PaymentHabit habit;
    std::set<std::int64_t> invoices;
    Int128 toPay = 0;
    Int128 late = 0;
    for (const Settlement* s : group) {
        invoices.insert(s->invoiceEntryId);
        habit.settled += s->amount;
        toPay += static_cast<Int128>(s->amount.cents()) * s->invoiceDate.daysUntil(s->paidOn);
        late += static_cast<Int128>(s->amount.cents()) * s->dueDate.daysUntil(s->paidOn);
    }
    habit.invoices = static_cast<int>(invoices.size());
    habit.daysToPay = weightedHundredths(toPay, habit.settled);
    habit.daysLate = weightedHundredths(late, habit.settled);
    // Deviations are taken in hundredths against the rounded mean: integers throughout.
    Int128 spread = 0;
    for (const Settlement* s : group) {
        const Int128 lateHundredths = Int128{100} * s->dueDate.daysUntil(s->paidOn);
        spread += static_cast<Int128>(s->amount.cents()) * abs128(lateHundredths - habit.daysLate);
    }
    habit.deviation = core::divideRounded(spread, habit.settled.cents(), core::Rounding::HalfUp);
    habit.confidence = thresholds.confidenceOf(habit.invoices, habit.deviation);
    return habit;
}

} // namespace

std::string_view toCode(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High: return "high";
    case Confidence::Medium: return "medium";
    case Confidence::Low: break;
    }
    return "low";
}

Confidence lowered(Confidence confidence)
{
    return confidence == Confidence::High ? Confidence::Medium : Confidence::Low;
}

Confidence HabitThresholds::confidenceOf(int invoices, std::int64_t deviation) const
{
    if (invoices >= highMinInvoices && deviation <= highMaxDeviation)
        return Confidence::High;
    return invoices >= mediumMinInvoices ? Confidence::Medium : Confidence::Low;
}

int PaymentHabit::wholeDaysLate() const
{
    return static_cast<int>(core::divideRounded(daysLate, 100, core::Rounding::HalfUp));
}

PaymentHabit HabitsReport::of(std::int64_t companyId) const
{
    if (const auto it = clients.find(companyId); it != clients.end())
        return it->second;
    PaymentHabit stand = portfolio;
    stand.confidence = Confidence::Low;
    stand.fromPortfolio = true;
    return stand;
}

HabitsReport paymentHabits(const std::vector<Settlement>& settlements, const HabitThresholds& thresholds)
{
    std::map<std::int64_t, std::vector<const Settlement*>> byClient;
    std::vector<const Settlement*> all;
    for (const Settlement& s : settlements) {
        if (!s.amount.isPositive())
            continue;
        byClient[s.companyId].push_back(&s);
        all.push_back(&s);
    }
    HabitsReport report;
    for (const auto& [companyId, group] : byClient)
        report.clients[companyId] = habitOf(group, thresholds);
    if (!all.empty())
        report.portfolio = habitOf(all, thresholds);
    return report;
}

} // namespace pc::receivables
