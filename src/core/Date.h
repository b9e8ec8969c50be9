#pragma once

#include "core/Result.h"

#include <chrono>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pc::core {

// A calendar date without time or time zone. "Today" is never read here: callers
// pass it in, so every computation can be replayed as of any date.
class Date {
public:
    static constexpr int kMinYear = 1900;
    static constexpr int kMaxYear = 2199;

    // 1970-01-01; prefer std::optional<Date> for "no date".
    constexpr Date() = default;
    static std::optional<Date> fromYmd(int year, int month, int day);
    static constexpr Date fromDaysSinceEpoch(std::int32_t days) { return Date(days); }

    // Accepts ISO "2026-11-23", French "23/11/2026" (also with '-' or '.'), and the
    // compact "20261123" of accounting exports. Refuses impossible dates (31/02) and
    // years outside [kMinYear, kMaxYear].
    static Result<Date> parse(std::string_view text);
    static Result<Date> parseIso(std::string_view text);

    int year() const;
    int month() const;
    int day() const;
    // 1 = Monday … 7 = Sunday.
    int isoWeekday() const;
    constexpr std::int32_t daysSinceEpoch() const { return m_days; }

    std::string toIso() const;

    Date addDays(int days) const { return Date(m_days + days); }
    // Same day n months later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb).
    Date addMonths(int months) const;
    Date startOfMonth() const;
    Date endOfMonth() const;
    static bool isLeapYear(int year);

    // Number of days from this date to `later` (negative when later is before).
    constexpr int daysUntil(Date later) const { return later.m_days - m_days; }

    constexpr auto operator<=>(const Date&) const = default;

private:
    constexpr explicit Date(std::int32_t days) : m_days(days) {}
    std::chrono::year_month_day ymd() const;
    std::int32_t m_days = 0;
};

} // namespace pc::core
