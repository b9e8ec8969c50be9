#pragma once

#include "core/Result.h"

#include <string>
#include <string_view>

namespace pc::core {

// Phone numbers are held in E.164 ("+33123456789"). French national numbers
// ("01 23 45 67 89", "01.23.45.67.89") get the +33 prefix; other international
// numbers need their "+" or "00" prefix. Errors: Empty, InvalidFormat, InvalidLength.
Result<std::string> parsePhoneNumber(std::string_view input);

// "+33 1 23 45 67 89" for French numbers, the E.164 text otherwise.
std::string formatPhoneNumber(std::string_view e164);

// An e-mail address of plausible shape: one '@', a local part, a domain with a dot,
// no spaces. Returned trimmed and with the domain in lower case.
// Errors: Empty, InvalidFormat.
Result<std::string> parseEmail(std::string_view input);

} // namespace pc::core
