#pragma once

#include "core/Result.h"
#include "core/Siren.h"

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::core {

// An intra-community VAT number. French numbers ("FR" + 2-character key + SIREN) are
// fully checked: the numeric key is (12 + 3 × (SIREN mod 97)) mod 97, the newer
// alphanumeric keys have their own check, and Monaco numbers ("FR" + key + "000…")
// are valid without a SIREN. Numbers of the other EU states are accepted on their
// shape only: isVerified() says so.
class VatNumber {
public:
    // Input with or without the "FR" prefix, spaces, dots, dashes.
    // Errors: Empty, InvalidFormat, InvalidLength, InvalidChecksum,
    // UnsupportedCountry (a prefix that is not an EU state).
    static Result<VatNumber> parse(std::string_view input);
    // The French number of a company, computed from its SIREN.
    static VatNumber fromSiren(const Siren& siren);

    // "FR44732829320"
    const std::string& str() const { return m_value; }
    std::string countryCode() const { return m_value.substr(0, 2); }
    // The SIREN inside a French number; none for Monaco and foreign numbers.
    std::optional<Siren> siren() const;
    bool isVerified() const { return m_verified; }

    auto operator<=>(const VatNumber&) const = default;

private:
    static Result<VatNumber> parseForeign(const std::string& compact, const std::vector<std::string>& args);
    VatNumber(std::string value, bool verified) : m_value(std::move(value)), m_verified(verified) {}
    std::string m_value;
    bool m_verified = true;
};

} // namespace pc::core
