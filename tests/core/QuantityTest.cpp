// Quantities in thousandths: what people type, the text written back, and a line's
// amount as one half-up rounding of unit price × quantity.

#include "core/Quantity.h"
#include "support/TestPrinters.h"

#include <string>

using namespace pc::core;

namespace Catch {
template <>
struct StringMaker<Quantity> {
    static std::string convert(const Quantity& q) { return std::to_string(q.thousandths()) + " thousandths"; }
};
} // namespace Catch

TEST_CASE("quantities are read with a comma or a point and up to three decimals", "[core][quantity]")
{
    const auto [text, thousandths] = GENERATE(table<std::string, std::int64_t>({
        {"12", 12'000},
        {"1,5", 1'500},
        {"1.5", 1'500},
        {"2.25", 2'250},
        {"2,25", 2'250},
        {"0,125", 125},
        {"0.001", 1},
        {"0", 0},
        {"1.000", 1'000},
        {"007", 7'000},
        {"  3,5  ", 3'500},
        {"1000000", 1'000'000'000},
    }));
    INFO('"' << text << '"');
    const Result<Quantity> q = Quantity::parse(text);
    REQUIRE(q.ok());
    CHECK(q->thousandths() == thousandths);
}

TEST_CASE("quantities refuse empty text, letters, signs, two separators and a fourth decimal", "[core][quantity]")
{
    const auto [text, code] = GENERATE(table<std::string, ErrorCode>({
        {"", ErrorCode::Empty},
        {"   ", ErrorCode::Empty},
        {"abc", ErrorCode::InvalidNumber},
        {"1a", ErrorCode::InvalidNumber},
        {"douze", ErrorCode::InvalidNumber},
        {"-1", ErrorCode::InvalidNumber},
        {"-0,5", ErrorCode::InvalidNumber},
        {"+1", ErrorCode::InvalidNumber},
        {"1e3", ErrorCode::InvalidNumber},
        {"1,2.3", ErrorCode::InvalidNumber},
        {"1,,2", ErrorCode::InvalidNumber},
        {"1.2.3", ErrorCode::InvalidNumber},
        {",", ErrorCode::InvalidNumber},
        {"1 000", ErrorCode::InvalidNumber},
        {"1.2345", ErrorCode::TooManyDecimals},
        {"0,0001", ErrorCode::TooManyDecimals},
        {"99999999999999999999", ErrorCode::Overflow},
    }));
    INFO('"' << text << '"');
    const Result<Quantity> q = Quantity::parse(text);
    REQUIRE_FALSE(q.ok());
    CHECK(q.error().code == code);
    // The offending text, as typed, is the first argument of the message.
    CHECK(q.error().arg(0) == text);
}

TEST_CASE("the largest quantities that fit are read, one digit more overflows", "[core][quantity]")
{
    const Result<Quantity> big = Quantity::parse("922337203685476,999");
    REQUIRE(big.ok());
    CHECK(big->thousandths() == 922'337'203'685'476'999);
    const Result<Quantity> tooBig = Quantity::parse("9223372036854776");
    REQUIRE_FALSE(tooBig.ok());
    CHECK(tooBig.error().code == ErrorCode::Overflow);
}

TEST_CASE("quantities are written as the shortest exact decimal text", "[core][quantity]")
{
    const auto [thousandths, text] = GENERATE(table<std::int64_t, std::string>({
        {0, "0"},
        {1, "0.001"},
        {10, "0.01"},
        {100, "0.1"},
        {125, "0.125"},
        {999, "0.999"},
        {1'000, "1"},
        {1'001, "1.001"},
        {1'500, "1.5"},
        {2'250, "2.25"},
        {12'000, "12"},
        {1'234'560, "1234.56"},
    }));
    CHECK(Quantity::fromThousandths(thousandths).toString() == text);
}

TEST_CASE("every quantity written is read back unchanged", "[core][quantity]")
{
    for (std::int64_t t = 0; t <= 3'000; ++t) {
        const Quantity q = Quantity::fromThousandths(t);
        const Result<Quantity> back = Quantity::parse(q.toString());
        INFO(q.toString());
        REQUIRE(back.ok());
        REQUIRE(*back == q);
    }
    for (const std::int64_t t : {123'456'789LL, 1'000'000'000'001LL, 922'337'203'685'476'999LL}) {
        const Quantity q = Quantity::fromThousandths(t);
        const Result<Quantity> back = Quantity::parse(q.toString());
        REQUIRE(back.ok());
        CHECK(*back == q);
    }
}

TEST_CASE("a negative quantity (an over-delivered remainder) is written with its sign", "[core][quantity]")
{
    // Remainders and typed values checked by checkLine() can be below zero; their
    // text goes into error messages and must not throw.
    CHECK(Quantity::fromThousandths(-1'000).toString() == "-1");
    CHECK(Quantity::fromThousandths(-1'500).toString() == "-1.5");
    CHECK(Quantity::fromThousandths(-500).toString() == "-0.5");
    CHECK(Quantity::fromThousandths(-1).toString() == "-0.001");
    CHECK((Quantity::units(2) - Quantity::fromThousandths(2'250)).toString() == "-0.25");
}

TEST_CASE("a line's amount is unit price × quantity rounded half up once", "[core][quantity]")
{
    const auto [quantity, unitCents, expectedCents] = GENERATE(table<std::string, std::int64_t, std::int64_t>({
        {"2", 1'234, 2'468},
        {"1,5", 3, 5},          // 0.045 → 0.05
        {"1,5", 1, 2},          // 0.015 → 0.02
        {"0,333", 100, 33},     // 0.333 → 0.33
        {"0,335", 100, 34},     // 0.335 → 0.34 (half up, not half even)
        {"0,345", 100, 35},     // 0.345 → 0.35
        {"0,001", 499, 0},      // 0.00499 → 0.00
        {"0,001", 500, 1},      // 0.005 → 0.01
        {"0,125", 9'999, 1'250}, // 12.49875 → 12.50
        {"3", 0, 0},
        {"0", 12'345, 0},
        {"1000", 123'456, 123'456'000},
        {"2,5", 33'333, 83'333}, // 833.325 → 833.33
    }));
    INFO(quantity << " × " << unitCents << " cents");
    const Result<Quantity> q = Quantity::parse(quantity);
    REQUIRE(q.ok());
    CHECK(q->times(Money::fromCents(unitCents)) == Money::fromCents(expectedCents));
}

TEST_CASE("quantities add, subtract and compare exactly", "[core][quantity]")
{
    const Quantity a = Quantity::fromThousandths(1'500);
    const Quantity b = Quantity::units(2);
    CHECK(b.thousandths() == 2'000);
    CHECK((a + b).thousandths() == 3'500);
    CHECK((b - a).thousandths() == 500);
    CHECK_FALSE((a - b).isPositive());
    CHECK((a - a).isZero());
    CHECK(a < b);
    CHECK(Quantity() == Quantity::fromThousandths(0));
    CHECK(Quantity().isZero());
    CHECK_FALSE(Quantity().isPositive());
    Quantity sum;
    sum += a;
    sum += a;
    CHECK(sum == Quantity::units(3));
}
