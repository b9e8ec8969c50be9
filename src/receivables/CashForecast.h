#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "receivables/PaymentHabits.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::receivables {

// Stage 9: when the open receivables should come in, from their due dates and each
// client's habit of paying late (or early).

enum class Granularity { Week, Month };
// "week", "month".
std::string_view toCode(Granularity granularity);
std::optional<Granularity> granularityFromCode(std::string_view code);

struct IsoWeek {
    int year = 0; // the ISO week-numbering year: 31 Dec 2024 is in week 1 of 2025
    int week = 0;
    auto operator<=>(const IsoWeek&) const = default;
};
IsoWeek isoWeekOf(core::Date date);
// "2025-W01".
std::string toString(IsoWeek week);

// A debit open on the day of the forecast.
struct ForecastItem {
    std::int64_t companyId = 0;
    core::Date dueDate;
    core::Money open;
    core::Money disputed;      // part of `open` under active dispute: shown apart
    bool inProceedings = false; // collective proceedings: only a claim, shown apart
};

struct ForecastPeriod {
    core::Date start; // Monday of the week, or the first of the month
    core::Date end;   // Sunday, or the last day of the month
    std::string label; // "2025-W01", "2025-01"
    std::array<core::Money, 3> byConfidence{}; // indexed by Confidence
    core::Money total;
};

struct CashForecast {
    std::vector<ForecastPeriod> periods; // the one holding the day first
    core::Money total;                   // of the periods
    core::Money beyond;                  // expected after the last period
    core::Money disputed;
    core::Money inProceedings;
};

// Each item is expected on its due date plus its client's whole days late. What is
// expected before `asOf` (already missed) goes in the first period with its confidence
// lowered. `horizon` periods, at least one.
CashForecast cashForecast(const std::vector<ForecastItem>& items, const HabitsReport& habits, core::Date asOf,
                          Granularity granularity, int horizon);

} // namespace pc::receivables
