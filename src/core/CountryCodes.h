#pragma once

#include <string_view>

namespace pc::core {

// True for an ISO 3166-1 alpha-2 country code, plus XK (Kosovo), which banks use.
bool isIsoCountryCode(std::string_view code);

} // namespace pc::core
