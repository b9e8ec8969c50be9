#pragma once

#include "core/Rate.h"
#include "core/Result.h"
#include "core/Rounding.h"

#include <compare>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pc::core {

// An amount of euros as a whole number of cents. There is no conversion from
// floating point: amounts come from integers or from text, and every operation that
// divides rounds once, in the way its caller names.
class Money {
public:
    constexpr Money() = default;
    static constexpr Money fromCents(std::int64_t cents) { return Money(cents); }
    static constexpr Money fromEuros(std::int64_t euros) { return Money(euros * 100); }

    // Exact parsing of the ways French and international software write amounts:
    // "1 234,56", "1234.56", "-12,5", "1.234.567,89", "1,234.56", "(12,00)", "12 €".
    // A single separator is always the decimal one, so "12,345" is refused as three
    // decimals instead of being read as twelve thousand. Refuses garbage, empty text,
    // more than two decimals and values beyond the int64 range.
    static Result<Money> parse(std::string_view text);

    constexpr std::int64_t cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }
    constexpr bool isPositive() const { return m_cents > 0; }
    Money abs() const;

    // Overflow of these operators is a broken invariant (amounts beyond 92 million
    // billion euros) and throws std::overflow_error.
    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator-() const;
    Money& operator+=(Money other);
    Money& operator-=(Money other);
    Money times(std::int64_t factor) const;
    constexpr auto operator<=>(const Money&) const = default;

    // this × numerator / denominator, rounded once.
    Money scaled(std::int64_t numerator, std::int64_t denominator, Rounding rounding) const;
    // this × rate (a VAT amount, a penalty, a provision), rounded once.
    Money percent(Rate rate, Rounding rounding) const;

    // Splits total into parts proportional to weights that add up to total exactly
    // (largest remainder; ties go to the earliest part). Weights must be >= 0 with a
    // positive sum.
    static std::vector<Money> allocate(Money total, std::span<const std::int64_t> weights);

    // "-1234.56": canonical text for logs and files; the UI formats through QLocale.
    std::string toString() const;

private:
    constexpr explicit Money(std::int64_t cents) : m_cents(cents) {}
    std::int64_t m_cents = 0;
};

} // namespace pc::core
