#pragma once

#include "core/Money.h"
#include "core/Result.h"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace pc::core {

// A quantity of goods or services held exactly in thousandths (1.5 hours = 1500), so
// that a line's amount is a single rounding of unit price × quantity.
class Quantity {
public:
    static constexpr std::int64_t kScale = 1000;

    constexpr Quantity() = default;
    static constexpr Quantity fromThousandths(std::int64_t thousandths) { return Quantity(thousandths); }
    static constexpr Quantity units(std::int64_t n) { return Quantity(n * kScale); }

    // "12", "1,5", "2.25", "0,125": at most three decimals, no sign, no exponent.
    // Errors: Empty, InvalidNumber, TooManyDecimals, Overflow.
    static Result<Quantity> parse(std::string_view text);

    constexpr std::int64_t thousandths() const { return m_thousandths; }
    constexpr bool isZero() const { return m_thousandths == 0; }
    constexpr bool isPositive() const { return m_thousandths > 0; }

    constexpr Quantity operator+(Quantity other) const { return Quantity(m_thousandths + other.m_thousandths); }
    constexpr Quantity operator-(Quantity other) const { return Quantity(m_thousandths - other.m_thousandths); }
    constexpr Quantity& operator+=(Quantity other) { m_thousandths += other.m_thousandths; return *this; }
    constexpr auto operator<=>(const Quantity&) const = default;

    // unitPrice × this, rounded half up to the cent.
    Money times(Money unitPrice) const;

    // "1.5", "12", "0.125": the shortest exact decimal text, read back by parse().
    std::string toString() const;

private:
    constexpr explicit Quantity(std::int64_t thousandths) : m_thousandths(thousandths) {}
    std::int64_t m_thousandths = 0;
};

} // namespace pc::core
