#pragma once

#include <string_view>

namespace pc::core::checksum {

// Luhn (ISO/IEC 7812) over a string of decimal digits: true when the last digit
// checks the others. Used by SIREN and SIRET.
bool luhnValid(std::string_view digits);

// The digit to append to `payload` so that the result passes Luhn.
int luhnCheckDigit(std::string_view payload);

// ISO 7064 MOD 97-10 remainder of an alphanumeric string, letters counting
// A = 10 … Z = 35 (IBAN). Characters other than 0-9 and A-Z give -1.
int mod97(std::string_view alphanumeric);

} // namespace pc::core::checksum
