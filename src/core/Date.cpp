#include "core/Date.h"

#include "core/Text.h"

#include <cstdio>

namespace pc::core {
namespace {

using namespace std::chrono;

Error invalid(std::string_view input, ErrorCode code = ErrorCode::InvalidDate)
{
    return Error(code, {std::string(input)});
}

int toInt(std::string_view digits)
{
    int value = 0;
    for (const char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

Result<Date> build(std::string_view input, std::string_view y, std::string_view m, std::string_view d)
{
    if (!text::isDigits(y) || !text::isDigits(m) || !text::isDigits(d) || y.size() != 4 || m.size() > 2
        || d.size() > 2)
        return invalid(input);
    const int year = toInt(y);
    if (year < Date::kMinYear || year > Date::kMaxYear)
        return invalid(input, ErrorCode::DateOutOfRange);
    const auto date = Date::fromYmd(year, toInt(m), toInt(d));
    if (!date)
        return invalid(input);
    return *date;
}

} // namespace

std::optional<Date> Date::fromYmd(int year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    const year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                             std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok())
        return std::nullopt;
    return Date(static_cast<std::int32_t>(sys_days(ymd).time_since_epoch().count()));
}

Result<Date> Date::parseIso(std::string_view input)
{
    const std::string_view s = text::trim(input);
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return invalid(input);
    return build(input, s.substr(0, 4), s.substr(5, 2), s.substr(8, 2));
}

Result<Date> Date::parse(std::string_view input)
{
    const std::string_view s = text::trim(input);
    if (s.empty())
        return Error(ErrorCode::Empty, {std::string(input)});
    if (s.size() == 8 && text::isDigits(s))
        return build(input, s.substr(0, 4), s.substr(4, 2), s.substr(6, 2));
    if (s.size() == 10 && s[4] == '-' && s[7] == '-')
        return parseIso(s);
    // Day first: 23/11/2026, 3/1/2026, 23-11-2026, 23.11.2026.
    const std::size_t first = s.find_first_of("/-.");
    if (first == std::string_view::npos)
        return invalid(input);
    const char sep = s[first];
    const std::size_t second = s.find(sep, first + 1);
    if (second == std::string_view::npos || s.find(sep, second + 1) != std::string_view::npos)
        return invalid(input);
    return build(input, s.substr(second + 1), s.substr(first + 1, second - first - 1), s.substr(0, first));
}

year_month_day Date::ymd() const
{
    return year_month_day{sys_days{days{m_days}}};
}

int Date::year() const { return static_cast<int>(ymd().year()); }
int Date::month() const { return static_cast<int>(static_cast<unsigned>(ymd().month())); }
int Date::day() const { return static_cast<int>(static_cast<unsigned>(ymd().day())); }

int Date::isoWeekday() const
{
    return static_cast<int>(weekday{sys_days{days{m_days}}}.iso_encoding());
}

std::string Date::toIso() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year(), month(), day());
    return buffer;
}

Date Date::addMonths(int months) const
{
    const year_month_day current = ymd();
    const year_month target = year_month{current.year(), current.month()} + std::chrono::months{months};
    const auto lastDay = year_month_day_last{target.year(), month_day_last{target.month()}}.day();
    const auto dayOfMonth = current.day() > lastDay ? lastDay : current.day();
    return Date(static_cast<std::int32_t>(
        sys_days(year_month_day{target.year(), target.month(), dayOfMonth}).time_since_epoch().count()));
}

Date Date::startOfMonth() const
{
    const year_month_day current = ymd();
    return Date(static_cast<std::int32_t>(
        sys_days(year_month_day{current.year(), current.month(), std::chrono::day{1}}).time_since_epoch().count()));
}

Date Date::endOfMonth() const
{
    const year_month_day current = ymd();
    return Date(static_cast<std::int32_t>(
        sys_days(year_month_day_last{current.year(), month_day_last{current.month()}}).time_since_epoch().count()));
}

bool Date::isLeapYear(int y)
{
    return std::chrono::year{y}.is_leap();
}

} // namespace pc::core
