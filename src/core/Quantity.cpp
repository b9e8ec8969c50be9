#include "core/Quantity.h"

#include "core/Text.h"

#include <limits>

namespace pc::core {

Result<Quantity> Quantity::parse(std::string_view input)
{
    const std::string_view body = text::trim(input);
    const auto fail = [&](ErrorCode code) { return Error(code, {std::string(input)}); };
    if (body.empty())
        return fail(ErrorCode::Empty);
    std::int64_t whole = 0;
    std::int64_t fraction = 0;
    int decimals = 0;
    bool separator = false;
    bool digits = false;
    for (char c : body) {
        if (c == ',' || c == '.') {
            if (separator)
                return fail(ErrorCode::InvalidNumber);
            separator = true;
            continue;
        }
        if (c < '0' || c > '9')
            return fail(ErrorCode::InvalidNumber);
        digits = true;
        if (separator) {
            if (++decimals > 3)
                return fail(ErrorCode::TooManyDecimals);
            fraction = fraction * 10 + (c - '0');
        } else {
            if (whole > (std::numeric_limits<std::int64_t>::max() / kScale - 9) / 10)
                return fail(ErrorCode::Overflow);
            whole = whole * 10 + (c - '0');
        }
    }
    if (!digits)
        return fail(ErrorCode::InvalidNumber);
    for (int i = decimals; i < 3; ++i)
        fraction *= 10;
    return Quantity(whole * kScale + fraction);
}

Money Quantity::times(Money unitPrice) const
{
    return unitPrice.scaled(m_thousandths, kScale, Rounding::HalfUp);
}

std::string Quantity::toString() const
{
    // A remainder can be negative (more delivered than ordered): sign, then magnitude.
    const auto magnitude = m_thousandths < 0 ? 0ULL - static_cast<unsigned long long>(m_thousandths)
                                             : static_cast<unsigned long long>(m_thousandths);
    const auto scale = static_cast<unsigned long long>(kScale);
    std::string text = (m_thousandths < 0 ? "-" : "") + std::to_string(magnitude / scale);
    const unsigned long long fraction = magnitude % scale;
    if (fraction == 0)
        return text;
    std::string decimals = std::to_string(fraction);
    decimals.insert(0, 3 - decimals.size(), '0');
    while (decimals.back() == '0')
        decimals.pop_back();
    return text + "." + decimals;
}

} // namespace pc::core
