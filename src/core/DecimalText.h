#pragma once

#include "core/Result.h"

#include <cstdint>
#include <string_view>

namespace pc::core {

// Reads a decimal number with at most two decimals and returns it multiplied by 100
// (cents for an amount, basis points for a percentage). Shared by Money and Rate so
// both accept the same writings; see Money::parse for the rules.
Result<std::int64_t> parseHundredths(std::string_view text);

} // namespace pc::core
