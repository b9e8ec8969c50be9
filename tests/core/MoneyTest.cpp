// Money, Rate and the rounding of quotients.

#include "core/Money.h"
#include "core/Rate.h"
#include "core/Rounding.h"
#include "support/TestPrinters.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

using namespace pc::core;

namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

std::vector<std::int64_t> centsOf(const std::vector<Money>& parts)
{
    std::vector<std::int64_t> out;
    for (const Money& m : parts)
        out.push_back(m.cents());
    return out;
}

std::int64_t sumOf(const std::vector<Money>& parts)
{
    std::int64_t sum = 0;
    for (const Money& m : parts)
        sum += m.cents();
    return sum;
}

} // namespace

// ---------------------------------------------------------------------------------
// Parsing

TEST_CASE("Money::parse reads French and international writings", "[core][money][parse]")
{
    const auto [input, cents] = GENERATE(table<std::string, std::int64_t>({
        {"1 234,56", 123456},
        {"1234.56", 123456},
        {"1234,56", 123456},
        {"-12,5", -1250},
        {"1.234.567,89", 123456789},
        {"1,234.56", 123456},
        {"1,234,567.89", 123456789},
        {"1 234 567,89", 123456789},
        {"(12,00)", -1200},
        {"( 12,00 )", -1200},
        {"12 \xE2\x82\xAC", 1200},
        {"12\xE2\x82\xAC", 1200},
        {"1 234,56 \xE2\x82\xAC", 123456},
        {"-12,50 \xE2\x82\xAC", -1250},
        {"12 EUR", 1200},
        {"12 eur", 1200},
        {"12EUR", 1200},
        {"+3", 300},
        {"+ 3", 300},
        {"- 3", -300},
        // U+2212 minus sign.
        {"\xE2\x88\x92" "12,50", -1250},
        // No-break space U+00A0 and narrow no-break space U+202F between thousands.
        {"1\xC2\xA0" "234,56", 123456},
        {"1\xE2\x80\xAF" "234,56", 123456},
        {"1\xE2\x80\xAF" "234\xE2\x80\xAF" "567,89", 123456789},
        // Thin space U+2009 as well.
        {"1\xE2\x80\x89" "234,56", 123456},
        {"\xC2\xA0 12,34\xC2\xA0", 1234},
        {"0,5", 50},
        {"0.05", 5},
        {"-0,01", -1},
        {"0", 0},
        {"-0", 0},
        {"007", 700},
        {"12", 1200},
        {"  42  ", 4200},
        {"1 234", 123400},
        {"1.234.567", 123456700},
        {"1,234,567", 123456700},
        {"12,3", 1230},
        {"92 233 720 368 547 758,07", kMax},
        {"-92233720368547758.07", -kMax},
    }));
    INFO('"' << input << '"');
    const auto parsed = Money::parse(input);
    REQUIRE(parsed.ok());
    CHECK(parsed->cents() == cents);
}

TEST_CASE("Money::parse refuses with the right error", "[core][money][parse]")
{
    const auto [input, error] = GENERATE(table<std::string, ErrorCode>({
        // One separator is always the decimal one.
        {"12,345", ErrorCode::TooManyDecimals},
        {"1.234", ErrorCode::TooManyDecimals},
        {"0,001", ErrorCode::TooManyDecimals},
        {"1 234,567", ErrorCode::TooManyDecimals},
        {"1.234.567,891", ErrorCode::TooManyDecimals},
        {"abc", ErrorCode::InvalidNumber},
        {"12a", ErrorCode::InvalidNumber},
        {"a12", ErrorCode::InvalidNumber},
        {"1..2", ErrorCode::InvalidNumber},
        {"1,,2", ErrorCode::InvalidNumber},
        {"1 2345", ErrorCode::InvalidNumber},
        {"12 34", ErrorCode::InvalidNumber},
        {"1234 567", ErrorCode::InvalidNumber},
        {"1,2,3", ErrorCode::InvalidNumber},
        {"1.234,56.7", ErrorCode::InvalidNumber},
        {"1.2.3,4,5", ErrorCode::InvalidNumber},
        {"12.", ErrorCode::InvalidNumber},
        {"-", ErrorCode::InvalidNumber},
        {"--5", ErrorCode::InvalidNumber},
        {"+-5", ErrorCode::InvalidNumber},
        {"1e3", ErrorCode::InvalidNumber},
        {"12 $", ErrorCode::InvalidNumber},
        {"(12", ErrorCode::InvalidNumber},
        {"", ErrorCode::Empty},
        {"   ", ErrorCode::Empty},
        {"\xC2\xA0", ErrorCode::Empty},
        {"92 233 720 368 547 758,08", ErrorCode::Overflow},
        {"92233720368547758.08", ErrorCode::Overflow},
        {"-92233720368547758.09", ErrorCode::Overflow},
        {"100000000000000000", ErrorCode::Overflow},
        {"99999999999999999999999999", ErrorCode::Overflow},
    }));
    INFO('"' << input << '"');
    const auto parsed = Money::parse(input);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == error);
    CHECK(parsed.error().arg(0) == input);
}

TEST_CASE("Money::toString is canonical and parses back", "[core][money]")
{
    const auto [cents, text] = GENERATE(table<std::int64_t, std::string>({
        {0, "0.00"},
        {5, "0.05"},
        {-5, "-0.05"},
        {50, "0.50"},
        {100, "1.00"},
        {123456, "1234.56"},
        {-123456, "-1234.56"},
        {-100, "-1.00"},
        {kMax, "92233720368547758.07"},
        {kMin, "-92233720368547758.08"},
    }));
    CHECK(Money::fromCents(cents).toString() == text);
    if (cents != kMin) {
        const auto back = Money::parse(text);
        REQUIRE(back.ok());
        CHECK(back->cents() == cents);
    }
}

// ---------------------------------------------------------------------------------
// Arithmetic

TEST_CASE("Money arithmetic and comparisons", "[core][money]")
{
    const Money a = Money::fromEuros(12);
    const Money b = Money::fromCents(34);
    CHECK(a.cents() == 1200);
    CHECK((a + b).cents() == 1234);
    CHECK((a - b).cents() == 1166);
    CHECK((b - a).cents() == -1166);
    CHECK((-a).cents() == -1200);
    CHECK(a.times(3).cents() == 3600);
    CHECK(a.times(-2).cents() == -2400);
    CHECK(a.times(0).isZero());
    CHECK(Money::fromCents(-7).abs().cents() == 7);
    CHECK(Money::fromCents(7).abs().cents() == 7);

    Money c = a;
    c += b;
    CHECK(c.cents() == 1234);
    c -= Money::fromEuros(20);
    CHECK(c.cents() == -766);

    CHECK(Money().isZero());
    CHECK(Money::fromCents(-1).isNegative());
    CHECK_FALSE(Money::fromCents(-1).isPositive());
    CHECK(Money::fromCents(1).isPositive());
    CHECK_FALSE(Money().isPositive());
    CHECK_FALSE(Money().isNegative());

    CHECK(b < a);
    CHECK(Money::fromCents(-1) < Money());
    CHECK(Money::fromEuros(1) == Money::fromCents(100));
    CHECK(Money::fromEuros(1) != Money::fromCents(101));
    CHECK(Money::fromEuros(-3) <= Money::fromCents(-300));
}

TEST_CASE("Money arithmetic overflow throws", "[core][money]")
{
    const Money max = Money::fromCents(kMax);
    const Money min = Money::fromCents(kMin);
    CHECK_THROWS_AS(max + Money::fromCents(1), std::overflow_error);
    CHECK_THROWS_AS(min - Money::fromCents(1), std::overflow_error);
    CHECK_THROWS_AS(min + Money::fromCents(-1), std::overflow_error);
    CHECK_THROWS_AS(max - Money::fromCents(-1), std::overflow_error);
    CHECK_THROWS_AS(-min, std::overflow_error);
    CHECK_THROWS_AS(min.abs(), std::overflow_error);
    CHECK_THROWS_AS(max.times(2), std::overflow_error);
    CHECK_THROWS_AS(min.times(-1), std::overflow_error);
    Money m = max;
    CHECK_THROWS_AS(m += Money::fromCents(1), std::overflow_error);
    CHECK(m == max); // unchanged after the failed operation
    CHECK_THROWS_AS(m -= Money::fromCents(-1), std::overflow_error);
    // Right at the edges nothing throws.
    CHECK((max + Money::fromCents(0)) == max);
    CHECK((min + Money::fromCents(1)).cents() == kMin + 1);
    CHECK((-max).cents() == -kMax);
    CHECK((max - max).isZero());
}

// ---------------------------------------------------------------------------------
// Rounding

TEST_CASE("divideRounded at and around the half", "[core][money][rounding]")
{
    struct Case {
        std::int64_t numerator;
        std::int64_t denominator;
        std::array<std::int64_t, 4> expected; // HalfUp, HalfEven, Down, Up
    };
    const Case c = GENERATE(values<Case>({
        {5, 10, {1, 0, 0, 1}},        // 0.5
        {15, 10, {2, 2, 1, 2}},       // 1.5
        {25, 10, {3, 2, 2, 3}},       // 2.5
        {-5, 10, {-1, 0, 0, -1}},     // -0.5
        {-15, 10, {-2, -2, -1, -2}},  // -1.5
        {-25, 10, {-3, -2, -2, -3}},  // -2.5
        {25, -10, {-3, -2, -2, -3}},  // sign from the denominator
        {-25, -10, {3, 2, 2, 3}},
        {14, 10, {1, 1, 1, 2}},       // 1.4
        {16, 10, {2, 2, 1, 2}},       // 1.6
        {-14, 10, {-1, -1, -1, -2}},  // -1.4
        {-16, 10, {-2, -2, -1, -2}},  // -1.6
        {20, 10, {2, 2, 2, 2}},       // exact
        {-20, 10, {-2, -2, -2, -2}},
        {0, 7, {0, 0, 0, 0}},
        {1, 3, {0, 0, 0, 1}},
        {2, 3, {1, 1, 0, 1}},
        {-1, 3, {0, 0, 0, -1}},
        {-2, 3, {-1, -1, 0, -1}},
    }));
    INFO(c.numerator << " / " << c.denominator);
    CHECK(divideRounded(c.numerator, c.denominator, Rounding::HalfUp) == c.expected[0]);
    CHECK(divideRounded(c.numerator, c.denominator, Rounding::HalfEven) == c.expected[1]);
    CHECK(divideRounded(c.numerator, c.denominator, Rounding::Down) == c.expected[2]);
    CHECK(divideRounded(c.numerator, c.denominator, Rounding::Up) == c.expected[3]);
}

TEST_CASE("divideRounded has no intermediate overflow", "[core][money][rounding]")
{
    const Int128 huge = static_cast<Int128>(kMax) * 1000;
    CHECK(divideRounded(huge, 1000, Rounding::Down) == kMax);
    CHECK(divideRounded(-huge, 1000, Rounding::HalfUp) == -kMax);
    CHECK(divideRounded(huge + 500, 1000, Rounding::Down) == kMax);
}

TEST_CASE("Money::scaled rounds once as asked", "[core][money][rounding]")
{
    struct Case {
        std::int64_t cents;
        std::int64_t numerator;
        std::int64_t denominator;
        std::array<std::int64_t, 4> expected; // HalfUp, HalfEven, Down, Up
    };
    const Case c = GENERATE(values<Case>({
        {5, 1, 10, {1, 0, 0, 1}},
        {25, 1, 10, {3, 2, 2, 3}},
        {35, 1, 10, {4, 4, 3, 4}},
        {-5, 1, 10, {-1, 0, 0, -1}},
        {-25, 1, 10, {-3, -2, -2, -3}},
        {-35, 1, 10, {-4, -4, -3, -4}},
        {25, -1, 10, {-3, -2, -2, -3}},
        {100, 1, 3, {33, 33, 33, 34}},
        {200, 1, 3, {67, 67, 66, 67}},
        {-200, 1, 3, {-67, -67, -66, -67}},
        {1000, 3, 2, {1500, 1500, 1500, 1500}},
        {0, 5, 7, {0, 0, 0, 0}},
    }));
    INFO(c.cents << " x " << c.numerator << " / " << c.denominator);
    const Money m = Money::fromCents(c.cents);
    CHECK(m.scaled(c.numerator, c.denominator, Rounding::HalfUp).cents() == c.expected[0]);
    CHECK(m.scaled(c.numerator, c.denominator, Rounding::HalfEven).cents() == c.expected[1]);
    CHECK(m.scaled(c.numerator, c.denominator, Rounding::Down).cents() == c.expected[2]);
    CHECK(m.scaled(c.numerator, c.denominator, Rounding::Up).cents() == c.expected[3]);
}

TEST_CASE("Money::scaled refuses a zero denominator and overflow", "[core][money][rounding]")
{
    CHECK_THROWS_AS(Money::fromEuros(1).scaled(1, 0, Rounding::HalfUp), std::invalid_argument);
    CHECK_THROWS_AS(Money::fromCents(kMax).scaled(2, 1, Rounding::HalfUp), std::overflow_error);
    CHECK_THROWS_AS(Money::fromCents(kMin).scaled(1, 1, Rounding::HalfUp), std::overflow_error);
    CHECK_THROWS_AS(Money::fromCents(kMax).scaled(-2, 1, Rounding::Down), std::overflow_error);
    // A large intermediate product is fine when the result fits.
    CHECK(Money::fromCents(kMax).scaled(3, 3, Rounding::HalfUp).cents() == kMax);
    CHECK(Money::fromCents(kMax).scaled(1, 2, Rounding::Down).cents() == kMax / 2);
    // The quotient truncates to the largest amount and rounding would carry it one cent
    // further: (max - 1) x (2^62 + 1) / 2^62 = max + 0.99999...
    const std::int64_t twoTo62 = std::int64_t{1} << 62;
    const Money nearMax = Money::fromCents(kMax - 1);
    CHECK(nearMax.scaled(twoTo62 + 1, twoTo62, Rounding::Down).cents() == kMax);
    CHECK_THROWS_AS(nearMax.scaled(twoTo62 + 1, twoTo62, Rounding::HalfUp), std::overflow_error);
    CHECK_THROWS_AS(nearMax.scaled(twoTo62 + 1, twoTo62, Rounding::Up), std::overflow_error);
    CHECK_THROWS_AS(nearMax.scaled(twoTo62 + 1, twoTo62, Rounding::HalfEven), std::overflow_error);
}

TEST_CASE("Money::percent: French VAT rates", "[core][money][rounding][vat]")
{
    struct Case {
        std::string amount;
        std::string rate;
        std::array<std::int64_t, 4> expected; // HalfUp, HalfEven, Down, Up
    };
    const Case c = GENERATE(values<Case>({
        // 20 %
        {"100,00", "20", {2000, 2000, 2000, 2000}},
        {"19,99", "20", {400, 400, 399, 400}},       // 3.998
        {"12,34", "20", {247, 247, 246, 247}},       // 2.468
        {"0,03", "20", {1, 1, 0, 1}},                // 0.006
        {"-19,99", "20", {-400, -400, -399, -400}},
        // 5.5 %
        {"10,00", "5,5", {55, 55, 55, 55}},
        {"12,34", "5,5", {68, 68, 67, 68}},          // 0.6787
        {"3,00", "5,5", {17, 16, 16, 17}},           // 0.165: the half
        {"1,00", "5,5", {6, 6, 5, 6}},               // 0.055
        {"-3,00", "5,5", {-17, -16, -16, -17}},
        // 2.1 %
        {"15,00", "2,1", {32, 32, 31, 32}},          // 0.315
        {"25,00", "2,1", {53, 52, 52, 53}},          // 0.525: the half
        {"-25,00", "2,1", {-53, -52, -52, -53}},
        {"1 000,00", "2,1", {2100, 2100, 2100, 2100}},
    }));
    const auto amount = Money::parse(c.amount);
    REQUIRE(amount.ok());
    const auto rate = Rate::parsePercent(c.rate);
    REQUIRE(rate.ok());
    INFO(c.amount << " x " << c.rate << " %");
    CHECK(amount->percent(*rate, Rounding::HalfUp).cents() == c.expected[0]);
    CHECK(amount->percent(*rate, Rounding::HalfEven).cents() == c.expected[1]);
    CHECK(amount->percent(*rate, Rounding::Down).cents() == c.expected[2]);
    CHECK(amount->percent(*rate, Rounding::Up).cents() == c.expected[3]);
}

TEST_CASE("Money::percent of an amount at the half cent", "[core][money][rounding][vat]")
{
    // 10 % of 0.05 is half a cent; 20 % of 0.25 is 0.05 exactly.
    const Rate ten = Rate::fromBasisPoints(1000);
    CHECK(Money::fromCents(5).percent(ten, Rounding::HalfUp).cents() == 1);
    CHECK(Money::fromCents(5).percent(ten, Rounding::HalfEven).cents() == 0);
    CHECK(Money::fromCents(15).percent(ten, Rounding::HalfEven).cents() == 2);
    CHECK(Money::fromCents(-5).percent(ten, Rounding::HalfUp).cents() == -1);
    CHECK(Money::fromCents(-5).percent(ten, Rounding::Down).cents() == 0);
    CHECK(Money::fromCents(-5).percent(ten, Rounding::Up).cents() == -1);
    CHECK(Money::fromCents(25).percent(Rate::fromBasisPoints(2000), Rounding::Down).cents() == 5);
    CHECK(Money::fromEuros(1000).percent(Rate::fromBasisPoints(0), Rounding::Up).isZero());
    // A negative rate (a discount) changes the sign.
    CHECK(Money::fromEuros(100).percent(Rate::fromBasisPoints(-550), Rounding::HalfUp).cents() == -550);
}

// ---------------------------------------------------------------------------------
// Allocation

TEST_CASE("Money::allocate splits exactly by largest remainder", "[core][money][allocate]")
{
    struct Case {
        std::int64_t total;
        std::vector<std::int64_t> weights;
        std::vector<std::int64_t> expected;
    };
    const Case c = GENERATE(values<Case>({
        {10000, {1, 1, 1}, {3334, 3333, 3333}},            // ties go to the earliest
        {5, {1, 1, 1, 1}, {2, 1, 1, 1}},
        {2, {1, 1, 1}, {1, 1, 0}},
        {1000, {1, 2, 3}, {167, 333, 500}},
        {10, {1, 2, 4}, {1, 3, 6}},                        // largest remainder, not earliest
        {10, {1, 1, 5}, {2, 1, 7}},
        {100, {0, 1, 1}, {0, 50, 50}},
        {1, {0, 1, 1}, {0, 1, 0}},
        {1, {1, 0, 0}, {1, 0, 0}},
        {0, {1, 2, 3}, {0, 0, 0}},
        {12345, {1}, {12345}},
        {100, {50, 30, 20}, {50, 30, 20}},
        {-10000, {1, 1, 1}, {-3334, -3333, -3333}},        // negative totals mirror
        {-5, {1, 1, 1, 1}, {-2, -1, -1, -1}},
        {-10, {1, 2, 4}, {-1, -3, -6}},
        {kMax, {1, 1}, {kMax / 2 + 1, kMax / 2}},
        {1000, {kMax, kMax}, {500, 500}},                  // weights near the limit
    }));
    const auto parts = Money::allocate(Money::fromCents(c.total), c.weights);
    CHECK(centsOf(parts) == c.expected);
    CHECK(sumOf(parts) == c.total);
}

TEST_CASE("Money::allocate always adds up to the total", "[core][money][allocate]")
{
    const std::int64_t total = GENERATE(as<std::int64_t>{}, 0, 1, 7, 99, 100, 101, 12345, 999999, -1, -12345);
    const std::vector<std::int64_t> weights = GENERATE(values<std::vector<std::int64_t>>({
        {1}, {1, 1}, {3, 7}, {1, 1, 1, 1, 1, 1, 1}, {2000, 550, 210}, {0, 0, 5}, {13, 17, 19, 23}}));
    const auto parts = Money::allocate(Money::fromCents(total), weights);
    REQUIRE(parts.size() == weights.size());
    CHECK(sumOf(parts) == total);
    const std::int64_t weightSum = std::accumulate(weights.begin(), weights.end(), std::int64_t{0});
    for (std::size_t i = 0; i < parts.size(); ++i) {
        // Each part is within one cent of its exact share, on the total's side of zero.
        const double exact = static_cast<double>(total) * static_cast<double>(weights[i])
            / static_cast<double>(weightSum);
        CHECK(std::abs(static_cast<double>(parts[i].cents()) - exact) < 1.0);
        if (weights[i] == 0)
            CHECK(parts[i].isZero());
        CHECK((total >= 0 ? parts[i].cents() >= 0 : parts[i].cents() <= 0));
    }
}

TEST_CASE("Money::allocate refuses bad weights", "[core][money][allocate]")
{
    const Money total = Money::fromEuros(100);
    CHECK_THROWS_AS(Money::allocate(total, std::vector<std::int64_t>{}), std::invalid_argument);
    CHECK_THROWS_AS(Money::allocate(total, std::vector<std::int64_t>{0, 0}), std::invalid_argument);
    CHECK_THROWS_AS(Money::allocate(total, std::vector<std::int64_t>{-1, 2}), std::invalid_argument);
    CHECK_THROWS_AS(Money::allocate(total, std::vector<std::int64_t>{3, -1}), std::invalid_argument);
}

// ---------------------------------------------------------------------------------
// Rate

TEST_CASE("Rate::parsePercent", "[core][rate]")
{
    const auto [input, bp] = GENERATE(table<std::string, std::int64_t>({
        {"20", 2000},
        {"5,5", 550},
        {"5.5", 550},
        {"5.5 %", 550},
        {"14,50%", 1450},
        {" 20 % ", 2000},
        {"2,1", 210},
        {"0", 0},
        {"0,01", 1},
        {"100", 10000},
        {"-1,5 %", -150},
        {"1 000", 100000},
        {"12,5\xC2\xA0%", 1250},
    }));
    INFO('"' << input << '"');
    const auto rate = Rate::parsePercent(input);
    REQUIRE(rate.ok());
    CHECK(rate->basisPoints() == bp);
}

TEST_CASE("Rate::parsePercent refusals", "[core][rate]")
{
    const auto [input, error] = GENERATE(table<std::string, ErrorCode>({
        {"", ErrorCode::Empty},
        {"%", ErrorCode::Empty},
        {" % ", ErrorCode::Empty},
        {"abc", ErrorCode::InvalidNumber},
        {"5,5,5", ErrorCode::InvalidNumber},
        {"20 %%", ErrorCode::InvalidNumber},
        {"5,555", ErrorCode::TooManyDecimals},
        {"0,125 %", ErrorCode::TooManyDecimals},
        {"99999999999999999999", ErrorCode::Overflow},
    }));
    INFO('"' << input << '"');
    const auto rate = Rate::parsePercent(input);
    REQUIRE_FALSE(rate.ok());
    CHECK(rate.error().code == error);
    CHECK(rate.error().arg(0) == input);
}

TEST_CASE("Rate::toString and arithmetic", "[core][rate]")
{
    const auto [bp, text] = GENERATE(table<std::int64_t, std::string>({
        {550, "5.50"},
        {2000, "20.00"},
        {210, "2.10"},
        {1450, "14.50"},
        {5, "0.05"},
        {0, "0.00"},
        {-150, "-1.50"},
        {-5, "-0.05"},
        {10000, "100.00"},
    }));
    const Rate rate = Rate::fromBasisPoints(bp);
    CHECK(rate.toString() == text);
    CHECK(Rate::parsePercent(rate.toString())->basisPoints() == bp);

    CHECK((Rate::fromBasisPoints(1000) + Rate::fromBasisPoints(450)).basisPoints() == 1450);
    CHECK((Rate::fromBasisPoints(1000) - Rate::fromBasisPoints(1450)).basisPoints() == -450);
    CHECK(Rate::fromBasisPoints(550) < Rate::fromBasisPoints(2000));
    CHECK(Rate() == Rate::fromBasisPoints(0));
}
