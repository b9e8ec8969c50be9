#pragma once

#include <cstdint>

namespace pc::core {

// 128-bit intermediate for exact products of cents and rates (GCC and Clang).
__extension__ typedef __int128 Int128;

// How a quotient that is not a whole number of cents becomes one. Every computation
// that divides money names its rounding: there is no default hidden in an operator.
enum class Rounding {
    HalfUp,   // half away from zero: 0.005 -> 0.01, -0.005 -> -0.01 (French commercial rounding)
    HalfEven, // banker's rounding
    Down,     // toward zero (truncation)
    Up,       // away from zero
};

// numerator / denominator rounded as asked. denominator must not be 0.
// Computed on 128 bits: no intermediate overflow for any int64 inputs.
std::int64_t divideRounded(Int128 numerator, Int128 denominator, Rounding rounding);

} // namespace pc::core
