#pragma once

#include "core/Result.h"
#include "core/Siren.h"

#include <compare>
#include <string>
#include <string_view>

namespace pc::core {

// An establishment identifier: SIREN + 5-digit NIC, Luhn over the 14 digits, except
// La Poste's establishments (SIREN 356000000 other than the head office
// 35600000000048) whose digits must add up to a multiple of 5.
class Siret {
public:
    static constexpr std::string_view kLaPosteSiren = "356000000";
    static constexpr std::string_view kLaPosteHeadOffice = "35600000000048";

    // Errors: Empty, InvalidFormat, InvalidLength, InvalidChecksum (args[0] = input).
    static Result<Siret> parse(std::string_view input);
    // Completes SIREN + 4 NIC digits with a last digit that passes Luhn.
    static Siret fromPayload(const Siren& siren, std::string_view fourNicDigits);

    const std::string& str() const { return m_digits; }
    Siren siren() const;
    std::string nic() const { return m_digits.substr(9); }
    // "732 829 320 00074"
    std::string formatted() const;

    auto operator<=>(const Siret&) const = default;

private:
    explicit Siret(std::string digits) : m_digits(std::move(digits)) {}
    std::string m_digits;
};

} // namespace pc::core
