#pragma once

#include "core/Result.h"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace pc::core {

// A percentage held exactly in basis points (1 bp = 0.01 %): VAT 20 % = 2000 bp,
// 5.5 % = 550 bp, a late-payment rate of 14.50 % = 1450 bp.
class Rate {
public:
    constexpr Rate() = default;
    static constexpr Rate fromBasisPoints(std::int64_t bp) { return Rate(bp); }

    // "20", "5,5", "5.5 %", "14,50%": a percentage with at most two decimals.
    static Result<Rate> parsePercent(std::string_view text);

    constexpr std::int64_t basisPoints() const { return m_bp; }
    // "5.50": the percentage with two decimals, no sign of percent.
    std::string toString() const;

    constexpr Rate operator+(Rate other) const { return Rate(m_bp + other.m_bp); }
    constexpr Rate operator-(Rate other) const { return Rate(m_bp - other.m_bp); }
    constexpr auto operator<=>(const Rate&) const = default;

private:
    constexpr explicit Rate(std::int64_t bp) : m_bp(bp) {}
    std::int64_t m_bp = 0;
};

} // namespace pc::core
