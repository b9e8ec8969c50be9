#pragma once

#include "core/Result.h"

#include <compare>
#include <string>
#include <string_view>

namespace pc::core {

// An International Bank Account Number (ISO 13616): country code, two check digits
// (ISO 7064 MOD 97-10) and the national account number (BBAN), whose length and
// shape are checked against the IBAN registry. National check digits are verified
// where they are simple and public: the French RIB key (France, Monaco and the
// overseas territories that use French IBANs), Spain and Belgium.
class Iban {
public:
    // Accepts spaces and a leading "IBAN". Errors: Empty, InvalidComponent (unknown
    // country), InvalidLength, InvalidFormat (BBAN shape), InvalidChecksum (MOD 97
    // or national check digits); args[0] = input.
    static Result<Iban> parse(std::string_view input);
    // A French IBAN from a RIB: bank code (5 digits), branch (5 digits), account
    // (11 alphanumerics); computes the RIB key and the IBAN check digits.
    static Result<Iban> fromFrenchRib(std::string_view bank, std::string_view branch, std::string_view account);
    // The French RIB key of bank + branch + account (letters of the account are
    // converted as the banks do: A,J -> 1 … I,R,Z -> 9).
    static int ribKey(std::string_view bank, std::string_view branch, std::string_view account);

    const std::string& str() const { return m_value; }
    std::string countryCode() const { return m_value.substr(0, 2); }
    std::string bban() const { return m_value.substr(4); }
    // "FR76 3000 6000 0112 3456 7890 189"
    std::string formatted() const;

    auto operator<=>(const Iban&) const = default;

private:
    explicit Iban(std::string value) : m_value(std::move(value)) {}
    std::string m_value;
};

} // namespace pc::core
