#pragma once

#include "core/Result.h"

#include <compare>
#include <string>
#include <string_view>

namespace pc::core {

// A Business Identifier Code (ISO 9362): 4-letter institution, ISO country, 2-character
// location, optional 3-character branch ("AGRIFRPP882"). There is no check digit: the
// country must exist.
class Bic {
public:
    // Errors: Empty, InvalidLength, InvalidFormat, InvalidComponent (unknown country).
    static Result<Bic> parse(std::string_view input);

    const std::string& str() const { return m_value; }
    std::string institution() const { return m_value.substr(0, 4); }
    std::string countryCode() const { return m_value.substr(4, 2); }
    std::string location() const { return m_value.substr(6, 2); }
    // Empty for an 8-character BIC (the head office).
    std::string branch() const { return m_value.size() == 11 ? m_value.substr(8) : std::string(); }

    auto operator<=>(const Bic&) const = default;

private:
    explicit Bic(std::string value) : m_value(std::move(value)) {}
    std::string m_value;
};

} // namespace pc::core
