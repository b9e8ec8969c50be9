#pragma once

#include "core/Result.h"

#include <string>
#include <string_view>

namespace pc::core::text {

// ASCII helpers for identifiers and numbers; UTF-8 text passes through untouched
// except for the space variants named below.

bool isDigits(std::string_view s);
bool isAsciiAlnum(char c);
std::string toUpperAscii(std::string_view s);
std::string toLowerAscii(std::string_view s);

// Removes ASCII white space and the Unicode spaces French software puts in numbers
// and identifiers (no-break U+00A0, narrow no-break U+202F, thin U+2009) at both ends.
std::string_view trim(std::string_view s);

// Length in bytes of the space character starting at s[i] (ASCII or one of the
// Unicode variants above), or 0 when s[i] does not start a space.
std::size_t spaceLengthAt(std::string_view s, std::size_t i);

// Removes spaces (every variant above), dots, dashes and slashes, and upper-cases
// ASCII letters: "732 829.320" -> "732829320", "fr76-3000" -> "FR763000".
std::string compactIdentifier(std::string_view input);

// The compact form of a numeric identifier of a fixed number of digits (SIREN,
// SIRET), or why the input is not one: Empty, InvalidFormat or InvalidLength.
Result<std::string> fixedDigits(std::string_view input, std::size_t length);

// Folds a UTF-8 name for searching: lower case, accents removed (é -> e, œ -> oe,
// ß -> ss), punctuation turned into single spaces, trimmed. "Société Générale S.A."
// -> "societe generale s a".
std::string foldForSearch(std::string_view utf8);

} // namespace pc::core::text
