// Calendar dates: parsing the writings of French software, month arithmetic.

#include "core/Date.h"
#include "support/TestPrinters.h"

#include <string>

using namespace pc::core;

namespace {

Date ymd(int y, int m, int d)
{
    const auto date = Date::fromYmd(y, m, d);
    REQUIRE(date.has_value());
    return *date;
}

Date iso(const std::string& text)
{
    const auto date = Date::parseIso(text);
    REQUIRE(date.ok());
    return *date;
}

} // namespace

TEST_CASE("Date::parse reads ISO, French and compact writings", "[core][date][parse]")
{
    struct Case {
        std::string input;
        int year, month, day;
    };
    const Case c = GENERATE(values<Case>({
        {"2026-11-23", 2026, 11, 23},
        {"23/11/2026", 2026, 11, 23},
        {"23-11-2026", 2026, 11, 23},
        {"23.11.2026", 2026, 11, 23},
        {"20261123", 2026, 11, 23},
        {"  23/11/2026 ", 2026, 11, 23},
        {"3/1/2026", 2026, 1, 3},
        {"03/01/2026", 2026, 1, 3},
        {"3.1.2026", 2026, 1, 3},
        {"29/02/2024", 2024, 2, 29},
        {"2024-02-29", 2024, 2, 29},
        {"20240229", 2024, 2, 29},
        {"29/02/2000", 2000, 2, 29},
        {"31/12/2026", 2026, 12, 31},
        {"01/01/1900", 1900, 1, 1},
        {"31/12/2199", 2199, 12, 31},
        {"2199-12-31", 2199, 12, 31},
        {"19000101", 1900, 1, 1},
    }));
    INFO('"' << c.input << '"');
    const auto parsed = Date::parse(c.input);
    REQUIRE(parsed.ok());
    CHECK(parsed->year() == c.year);
    CHECK(parsed->month() == c.month);
    CHECK(parsed->day() == c.day);
    CHECK(*parsed == ymd(c.year, c.month, c.day));
}

TEST_CASE("Date::parse refuses impossible dates, out-of-range years and garbage", "[core][date][parse]")
{
    const auto [input, error] = GENERATE(table<std::string, ErrorCode>({
        {"31/02/2026", ErrorCode::InvalidDate},
        {"30/02/2024", ErrorCode::InvalidDate},
        {"29/02/2025", ErrorCode::InvalidDate},
        {"29/02/1900", ErrorCode::InvalidDate},
        {"2025-02-29", ErrorCode::InvalidDate},
        {"20250229", ErrorCode::InvalidDate},
        {"31/04/2026", ErrorCode::InvalidDate},
        {"32/01/2026", ErrorCode::InvalidDate},
        {"00/01/2026", ErrorCode::InvalidDate},
        {"01/13/2026", ErrorCode::InvalidDate},
        {"01/00/2026", ErrorCode::InvalidDate},
        {"2026-13-01", ErrorCode::InvalidDate},
        {"2026-00-10", ErrorCode::InvalidDate},
        {"20261301", ErrorCode::InvalidDate},
        {"31/12/1899", ErrorCode::DateOutOfRange},
        {"01/01/2200", ErrorCode::DateOutOfRange},
        {"1899-12-31", ErrorCode::DateOutOfRange},
        {"22000101", ErrorCode::DateOutOfRange},
        {"01/01/0000", ErrorCode::DateOutOfRange},
        {"abc", ErrorCode::InvalidDate},
        {"23/11", ErrorCode::InvalidDate},
        {"23/11/26", ErrorCode::InvalidDate},
        {"23/11/02026", ErrorCode::InvalidDate},
        {"2026/11/23", ErrorCode::InvalidDate},
        {"23/11-2026", ErrorCode::InvalidDate},
        {"23/11/2026/1", ErrorCode::InvalidDate},
        {"aa/bb/cccc", ErrorCode::InvalidDate},
        {"123/11/2026", ErrorCode::InvalidDate},
        {"2026112", ErrorCode::InvalidDate},
        {"202611230", ErrorCode::InvalidDate},
        {"2026-11-2a", ErrorCode::InvalidDate},
        {"23 11 2026", ErrorCode::InvalidDate},
        {"", ErrorCode::Empty},
        {"   ", ErrorCode::Empty},
    }));
    INFO('"' << input << '"');
    const auto parsed = Date::parse(input);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == error);
    CHECK(parsed.error().arg(0) == input);
}

TEST_CASE("Date::parseIso takes only ISO", "[core][date][parse]")
{
    CHECK(Date::parseIso("2026-11-23").ok());
    CHECK(Date::parseIso(" 2026-11-23 ").ok());
    CHECK(Date::parseIso("23/11/2026").error().code == ErrorCode::InvalidDate);
    CHECK(Date::parseIso("20261123").error().code == ErrorCode::InvalidDate);
    CHECK(Date::parseIso("2026-02-30").error().code == ErrorCode::InvalidDate);
    CHECK(Date::parseIso("1899-12-31").error().code == ErrorCode::DateOutOfRange);
    CHECK(Date::parseIso("").error().code == ErrorCode::InvalidDate);
}

TEST_CASE("Date::fromYmd and the epoch", "[core][date]")
{
    CHECK_FALSE(Date::fromYmd(2026, 2, 29).has_value());
    CHECK(Date::fromYmd(2024, 2, 29).has_value());
    CHECK_FALSE(Date::fromYmd(2026, 13, 1).has_value());
    CHECK_FALSE(Date::fromYmd(2026, 0, 1).has_value());
    CHECK_FALSE(Date::fromYmd(2026, 1, 0).has_value());
    CHECK_FALSE(Date::fromYmd(2026, 1, 32).has_value());
    CHECK_FALSE(Date::fromYmd(2026, 4, 31).has_value());
    CHECK_FALSE(Date::fromYmd(2026, -1, 1).has_value());

    CHECK(Date().toIso() == "1970-01-01");
    CHECK(Date::fromDaysSinceEpoch(0) == Date());
    CHECK(ymd(2026, 11, 23).daysSinceEpoch() == 20780);
    CHECK(ymd(1900, 1, 1).daysSinceEpoch() == -25567);
    CHECK(ymd(2199, 12, 31).daysSinceEpoch() == 84005);
    CHECK(Date::fromDaysSinceEpoch(19782) == ymd(2024, 2, 29));
}

TEST_CASE("Date::toIso round trip", "[core][date]")
{
    CHECK(ymd(2026, 1, 3).toIso() == "2026-01-03");
    CHECK(ymd(1900, 1, 1).toIso() == "1900-01-01");
    CHECK(ymd(2199, 12, 31).toIso() == "2199-12-31");
    // Every day of a leap year and its neighbours, plus the range ends.
    for (Date d = ymd(2023, 12, 1); d <= ymd(2025, 1, 31); d = d.addDays(1)) {
        const auto back = Date::parseIso(d.toIso());
        REQUIRE(back.ok());
        REQUIRE(*back == d);
        REQUIRE(*Date::parse(d.toIso()) == d);
    }
    for (const Date d : {ymd(1900, 1, 1), ymd(1900, 2, 28), ymd(2199, 12, 31), ymd(2000, 2, 29)}) {
        CHECK(*Date::parseIso(d.toIso()) == d);
    }
}

TEST_CASE("Date::addDays crosses months and years", "[core][date]")
{
    CHECK(iso("2026-12-31").addDays(1) == iso("2027-01-01"));
    CHECK(iso("2027-01-01").addDays(-1) == iso("2026-12-31"));
    CHECK(iso("2024-02-28").addDays(1) == iso("2024-02-29"));
    CHECK(iso("2025-02-28").addDays(1) == iso("2025-03-01"));
    CHECK(iso("2026-11-23").addDays(0) == iso("2026-11-23"));
    CHECK(iso("2026-01-01").addDays(365) == iso("2027-01-01"));
    CHECK(iso("2024-01-01").addDays(366) == iso("2025-01-01"));
    CHECK(iso("2026-11-23").addDays(60) == iso("2027-01-22"));
    CHECK(iso("2026-11-23").addDays(-90) == iso("2026-08-25"));
}

TEST_CASE("Date::addMonths clamps to the month's end", "[core][date]")
{
    const auto [from, months, to] = GENERATE(table<std::string, int, std::string>({
        {"2026-01-31", 1, "2026-02-28"},
        {"2024-01-31", 1, "2024-02-29"},
        {"2000-01-31", 1, "2000-02-29"},
        {"2100-01-31", 1, "2100-02-28"},
        {"2026-03-31", -1, "2026-02-28"},
        {"2024-03-31", -1, "2024-02-29"},
        {"2026-05-31", 1, "2026-06-30"},
        {"2026-08-31", 1, "2026-09-30"},
        {"2026-01-30", 1, "2026-02-28"},
        {"2026-01-28", 1, "2026-02-28"},
        {"2026-11-15", 2, "2027-01-15"},
        {"2026-01-15", -2, "2025-11-15"},
        {"2026-12-31", 1, "2027-01-31"},
        {"2024-02-29", 12, "2025-02-28"},
        {"2024-02-29", 48, "2028-02-29"},
        {"2024-02-29", -12, "2023-02-28"},
        {"2026-02-28", 1, "2026-03-28"},
        {"2026-10-31", 4, "2027-02-28"},
        {"2026-11-23", 0, "2026-11-23"},
        {"2026-11-23", 120, "2036-11-23"},
    }));
    INFO(from << " + " << months << " months");
    CHECK(iso(from).addMonths(months) == iso(to));
}

TEST_CASE("Date: start and end of month, leap years", "[core][date]")
{
    CHECK(iso("2024-02-10").endOfMonth() == iso("2024-02-29"));
    CHECK(iso("2025-02-10").endOfMonth() == iso("2025-02-28"));
    CHECK(iso("1900-02-01").endOfMonth() == iso("1900-02-28"));
    CHECK(iso("2000-02-01").endOfMonth() == iso("2000-02-29"));
    CHECK(iso("2026-04-01").endOfMonth() == iso("2026-04-30"));
    CHECK(iso("2026-12-05").endOfMonth() == iso("2026-12-31"));
    CHECK(iso("2026-12-31").endOfMonth() == iso("2026-12-31"));
    CHECK(iso("2026-11-23").startOfMonth() == iso("2026-11-01"));
    CHECK(iso("2026-11-01").startOfMonth() == iso("2026-11-01"));
    CHECK(iso("2024-02-29").startOfMonth() == iso("2024-02-01"));

    CHECK(Date::isLeapYear(2024));
    CHECK(Date::isLeapYear(2000));
    CHECK_FALSE(Date::isLeapYear(2025));
    CHECK_FALSE(Date::isLeapYear(1900));
    CHECK_FALSE(Date::isLeapYear(2100));
}

TEST_CASE("Date::daysUntil and ordering", "[core][date]")
{
    CHECK(iso("2026-01-01").daysUntil(iso("2026-12-31")) == 364);
    CHECK(iso("2026-12-31").daysUntil(iso("2026-01-01")) == -364);
    CHECK(iso("2024-01-01").daysUntil(iso("2025-01-01")) == 366);
    CHECK(iso("2026-11-23").daysUntil(iso("2026-11-23")) == 0);
    CHECK(iso("2026-02-28").daysUntil(iso("2026-03-01")) == 1);
    CHECK(iso("2024-02-28").daysUntil(iso("2024-03-01")) == 2);
    CHECK(iso("2026-01-01") < iso("2026-01-02"));
    CHECK(iso("2025-12-31") < iso("2026-01-01"));
    CHECK(iso("2026-11-23") == *Date::parse("23/11/2026"));
}

TEST_CASE("Date::isoWeekday", "[core][date]")
{
    const auto [date, weekday] = GENERATE(table<std::string, int>({
        {"2026-11-23", 1},
        {"2026-11-24", 2},
        {"2026-11-28", 6},
        {"2026-11-29", 7},
        {"1970-01-01", 4},
        {"2024-02-29", 4},
        {"2026-01-01", 4},
        {"2027-01-03", 7},
        {"1900-01-01", 1},
        {"2199-12-31", 2},
    }));
    INFO(date);
    CHECK(iso(date).isoWeekday() == weekday);
}
