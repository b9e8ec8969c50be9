#pragma once

#include <string>
#include <string_view>

namespace pc::receivables {

// Letter codes mark the entries of a client's balanced groups (lettrage). A client's
// codes follow one sequence: "AA", "AB" … "AZ", "BA" … "ZZ", "AAA", "AAB" … Two
// letters at least, so that a code never reads as a one-letter abbreviation and the
// one-letter codes of imported files (FEC "A") stay distinct from ours.

// The code after `last`, the greatest code the client has (see letterCodeBefore):
// nextLetterCode("") == "AA", nextLetterCode("AZ") == "BA", nextLetterCode("ZZ") == "AAA".
// A one-letter imported code is followed by "AA". Lower-case (partial) codes are read
// upper-cased. Throws std::invalid_argument for anything else that is not a letter
// code, and std::overflow_error past "ZZZZZZZZ" (26^8 groups: a broken invariant).
std::string nextLetterCode(std::string_view last);

// Orders codes as the sequence does: shorter first, then alphabetical, upper-cased,
// so the last code of a client is the greatest by this order.
bool letterCodeBefore(std::string_view a, std::string_view b);

// Upper-case letters A-Z only, 1 to 8 long ("A" and "AAB" of imported FEC files are
// kept as they are).
bool isLetterCode(std::string_view code);

// Lower-case letters a-z only, 1 to 8 long: some accounting packages export a
// partly lettered entry with its group's code in lower case.
bool isPartialLetterCode(std::string_view code);

} // namespace pc::receivables
