#include "core/Money.h"

#include "core/DecimalText.h"
#include "core/Text.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace pc::core {
namespace {

std::string_view stripCurrency(std::string_view body)
{
    body = text::trim(body);
    constexpr std::string_view kEuroSign = "\xE2\x82\xAC";
    if (body.size() >= kEuroSign.size() && body.substr(body.size() - kEuroSign.size()) == kEuroSign)
        return text::trim(body.substr(0, body.size() - kEuroSign.size()));
    if (body.size() >= 3 && text::toUpperAscii(body.substr(body.size() - 3)) == "EUR")
        return text::trim(body.substr(0, body.size() - 3));
    return body;
}

std::int64_t checked(bool overflowed, std::int64_t value)
{
    if (overflowed)
        throw std::overflow_error("Money arithmetic overflow");
    return value;
}

} // namespace

Result<Money> Money::parse(std::string_view input)
{
    auto cents = parseHundredths(stripCurrency(input));
    if (!cents) {
        Error error = cents.error();
        error.args = {std::string(input)};
        return error;
    }
    return Money(*cents);
}

Money Money::abs() const
{
    return m_cents < 0 ? -*this : *this;
}

Money Money::operator+(Money other) const
{
    std::int64_t sum = 0;
    const bool overflow = __builtin_add_overflow(m_cents, other.m_cents, &sum);
    return Money(checked(overflow, sum));
}

Money Money::operator-(Money other) const
{
    std::int64_t difference = 0;
    const bool overflow = __builtin_sub_overflow(m_cents, other.m_cents, &difference);
    return Money(checked(overflow, difference));
}

Money Money::operator-() const
{
    return Money(0) - *this;
}

Money& Money::operator+=(Money other)
{
    *this = *this + other;
    return *this;
}

Money& Money::operator-=(Money other)
{
    *this = *this - other;
    return *this;
}

Money Money::times(std::int64_t factor) const
{
    std::int64_t product = 0;
    const bool overflow = __builtin_mul_overflow(m_cents, factor, &product);
    return Money(checked(overflow, product));
}

Money Money::scaled(std::int64_t numerator, std::int64_t denominator, Rounding rounding) const
{
    if (denominator == 0)
        throw std::invalid_argument("Money::scaled: zero denominator");
    const Int128 product = static_cast<Int128>(m_cents) * numerator;
    const Int128 limit = std::numeric_limits<std::int64_t>::max();
    if (product / denominator > limit || product / denominator < -limit)
        throw std::overflow_error("Money::scaled overflow");
    // Rounding can still carry a quotient of exactly +-limit one cent further, which
    // only INT64_MIN stands for (wrapped from limit + 1, or -limit - 1 itself).
    const std::int64_t cents = divideRounded(product, denominator, rounding);
    if (cents == std::numeric_limits<std::int64_t>::min())
        throw std::overflow_error("Money::scaled overflow");
    return Money(cents);
}

Money Money::percent(Rate rate, Rounding rounding) const
{
    return scaled(rate.basisPoints(), 10'000, rounding);
}

std::vector<Money> Money::allocate(Money total, std::span<const std::int64_t> weights)
{
    const Int128 weightSum = std::accumulate(weights.begin(), weights.end(), static_cast<Int128>(0));
    if (weights.empty() || weightSum <= 0
        || std::any_of(weights.begin(), weights.end(), [](std::int64_t w) { return w < 0; }))
        throw std::invalid_argument("Money::allocate: weights must be >= 0 with a positive sum");

    const Int128 magnitude = total.m_cents < 0 ? -static_cast<Int128>(total.m_cents) : total.m_cents;
    std::vector<std::int64_t> parts(weights.size());
    std::vector<Int128> remainders(weights.size());
    Int128 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const Int128 share = magnitude * weights[i];
        parts[i] = static_cast<std::int64_t>(share / weightSum);
        remainders[i] = share % weightSum;
        given += parts[i];
    }
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (std::size_t k = 0; given < magnitude; ++k, ++given)
        ++parts[order[k]];

    std::vector<Money> out;
    out.reserve(parts.size());
    for (const std::int64_t part : parts)
        out.push_back(Money(total.m_cents < 0 ? -part : part));
    return out;
}

std::string Money::toString() const
{
    const Int128 value = m_cents;
    const Int128 magnitude = value < 0 ? -value : value;
    const auto units = static_cast<unsigned long long>(magnitude / 100);
    const auto cents = static_cast<unsigned>(magnitude % 100);
    return std::string(value < 0 ? "-" : "") + std::to_string(units) + (cents < 10 ? ".0" : ".")
        + std::to_string(cents);
}

} // namespace pc::core
