#pragma once

#include "core/Result.h"

#include <compare>
#include <string>
#include <string_view>

namespace pc::core {

// A French company identifier: 9 digits, Luhn checked. Input may carry spaces, dots
// or dashes ("732 829 320"); the value is held compact.
class Siren {
public:
    // Errors: Empty, InvalidFormat (not only digits), InvalidLength, InvalidChecksum;
    // args[0] is the input.
    static Result<Siren> parse(std::string_view input);
    // Completes 8 digits with their Luhn check digit (generators, tests).
    static Siren fromPayload(std::string_view eightDigits);

    const std::string& str() const { return m_digits; }
    // "732 829 320"
    std::string formatted() const;

    auto operator<=>(const Siren&) const = default;

private:
    explicit Siren(std::string digits) : m_digits(std::move(digits)) {}
    std::string m_digits;
};

} // namespace pc::core
