#include "core/Rounding.h"

#include <cassert>

namespace pc::core {

std::int64_t divideRounded(Int128 numerator, Int128 denominator, Rounding rounding)
{
    assert(denominator != 0);
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < 0;
    const Int128 magnitude = negative ? -numerator : numerator;
    Int128 quotient = magnitude / denominator;
    const Int128 remainder = magnitude % denominator;
    if (remainder != 0) {
        switch (rounding) {
        case Rounding::HalfUp:
            if (2 * remainder >= denominator)
                ++quotient;
            break;
        case Rounding::HalfEven:
            if (2 * remainder > denominator || (2 * remainder == denominator && quotient % 2 == 1))
                ++quotient;
            break;
        case Rounding::Down:
            break;
        case Rounding::Up:
            ++quotient;
            break;
        }
    }
    return static_cast<std::int64_t>(negative ? -quotient : quotient);
}

} // namespace pc::core
