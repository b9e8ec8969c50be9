#include "receivables/LatePenalty.h"

#include "core/Rounding.h"

#include <algorithm>

namespace pc::receivables {
namespace {

// Rates are in basis points of a year of 365 days (L441-10 counts no leap day apart).
constexpr std::int64_t kPenaltyDenominator = 10'000 * 365;

core::Date halfYearStart(core::Date day)
{
    return *core::Date::fromYmd(day.year(), day.month() <= 6 ? 1 : 7, 1);
}

core::Date halfYearEnd(core::Date day)
{
    return halfYearStart(day).addMonths(6).addDays(-1);
}

PenaltyPeriod period(core::Money principal, core::Date from, core::Date to, core::Rate rate)
{
    const int days = from.daysUntil(to) + 1;
    return {from, to, days, rate, principal.scaled(rate.basisPoints() * days, kPenaltyDenominator, core::Rounding::HalfUp)};
}

// The statutory rate is fixed per half-year, so the delay is cut on 1 January and 1 July.
core::Result<std::vector<PenaltyPeriod>> statutoryPeriods(core::Money principal, core::Date from, core::Date to,
                                                          const std::vector<RefinancingRate>& history)
{
    std::vector<PenaltyPeriod> periods;
    for (core::Date start = from; start <= to;) {
        const std::optional<core::Rate> rate = statutoryPenaltyRate(start, history);
        if (!rate)
            return core::Error(core::ErrorCode::NotFound, {halfYearStart(start).toIso()});
        const core::Date end = std::min(halfYearEnd(start), to);
        periods.push_back(period(principal, start, end, *rate));
        start = end.addDays(1);
    }
    return periods;
}

// What a letter states before the invoice is late: the rate that will run from the day after.
core::Rate upcomingRate(core::Date dueDate, const std::vector<RefinancingRate>& history, const PenaltyTerms& terms)
{
    if (terms.contractualRate)
        return *terms.contractualRate;
    return statutoryPenaltyRate(dueDate.addDays(1), history).value_or(core::Rate{});
}

} // namespace

core::Result<InvoicePenalty> latePenalty(core::Money principal, core::Date dueDate, core::Date asOf,
                                         const std::vector<RefinancingRate>& history, const PenaltyTerms& terms)
{
    if (principal.isNegative())
        return core::Error(core::ErrorCode::InvalidNumber, {principal.toString()});
    InvoicePenalty out;
    out.principal = principal;
    out.dueDate = dueDate;
    if (asOf <= dueDate) {
        out.rate = upcomingRate(dueDate, history, terms);
        return out;
    }

    const core::Date firstDay = dueDate.addDays(1);
    if (terms.contractualRate) {
        out.periods.push_back(period(principal, firstDay, asOf, *terms.contractualRate));
    } else {
        auto periods = statutoryPeriods(principal, firstDay, asOf, history);
        if (!periods)
            return periods.error();
        out.periods = std::move(periods).value();
    }

    // Rounding each period and adding them up could be a cent off the exact total.
    std::int64_t basisPointDays = 0;
    for (const PenaltyPeriod& p : out.periods)
        basisPointDays += p.rate.basisPoints() * p.days;
    out.daysLate = dueDate.daysUntil(asOf);
    out.rate = out.periods.back().rate;
    out.penalty = principal.scaled(basisPointDays, kPenaltyDenominator, core::Rounding::HalfUp);
    if (terms.indemnityOwed)
        out.indemnity = core::Money::fromCents(kRecoveryIndemnityCents);
    return out;
}

} // namespace pc::receivables
