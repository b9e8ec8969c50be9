#include "receivables/CashForecast.h"

#include <algorithm>
#include <cstdio>

namespace pc::receivables {

using core::Date;
using core::Money;

namespace {

Date mondayOf(Date date)
{
    return date.addDays(1 - date.isoWeekday());
}

std::string twoDigits(int value)
{
    char text[8];
    std::snprintf(text, sizeof text, "%02d", value);
    return text;
}

ForecastPeriod periodStarting(Date start, Granularity granularity)
{
    ForecastPeriod period;
    period.start = start;
    if (granularity == Granularity::Week) {
        period.end = start.addDays(6);
        period.label = toString(isoWeekOf(start));
    } else {
        period.end = start.endOfMonth();
        period.label = std::to_string(start.year()) + "-" + twoDigits(start.month());
    }
    return period;
}

std::vector<ForecastPeriod> periodsFrom(Date asOf, Granularity granularity, int horizon)
{
    std::vector<ForecastPeriod> periods;
    Date start = granularity == Granularity::Week ? mondayOf(asOf) : asOf.startOfMonth();
    for (int i = 0; i < std::max(horizon, 1); ++i) {
        periods.push_back(periodStarting(start, granularity));
        start = periods.back().end.addDays(1);
    }
    return periods;
}

void add(ForecastPeriod& period, Confidence confidence, Money amount)
{
    period.byConfidence[static_cast<std::size_t>(confidence)] += amount;
    period.total += amount;
}

} // namespace

std::string_view toCode(Granularity granularity)
{
    return granularity == Granularity::Week ? "week" : "month";
}

std::optional<Granularity> granularityFromCode(std::string_view code)
{
    if (code == "week")
        return Granularity::Week;
    if (code == "month")
        return Granularity::Month;
    return std::nullopt;
}

IsoWeek isoWeekOf(Date date)
{
    // The week belongs to the year of its Thursday; week 1 holds the year's first Thursday.
    const Date thursday = date.addDays(4 - date.isoWeekday());
    const Date firstOfYear = *Date::fromYmd(thursday.year(), 1, 1);
    return {thursday.year(), firstOfYear.daysUntil(thursday) / 7 + 1};
}

std::string toString(IsoWeek week)
{
    return std::to_string(week.year) + "-W" + twoDigits(week.week);
}

CashForecast cashForecast(const std::vector<ForecastItem>& items, const HabitsReport& habits, Date asOf,
                          Granularity granularity, int horizon)
{
    CashForecast forecast;
    forecast.periods = periodsFrom(asOf, granularity, horizon);
    for (const ForecastItem& item : items) {
        if (!item.open.isPositive())
            continue;
        if (item.inProceedings) {
            forecast.inProceedings += item.open;
            continue;
        }
        const Money disputed = std::clamp(item.disputed, Money(), item.open);
        forecast.disputed += disputed;
        const Money expected = item.open - disputed;
        if (!expected.isPositive())
            continue;
        const PaymentHabit habit = habits.of(item.companyId);
        const Date on = item.dueDate.addDays(habit.wholeDaysLate());
        const Confidence confidence = on < asOf ? lowered(habit.confidence) : habit.confidence;
        const auto period = std::find_if(forecast.periods.begin(), forecast.periods.end(),
                                         [&](const ForecastPeriod& p) { return std::max(on, asOf) <= p.end; });
        if (period == forecast.periods.end()) {
            forecast.beyond += expected;
            continue;
        }
        add(*period, confidence, expected);
        forecast.total += expected;
    }
    return forecast;
}

} // namespace pc::receivables
