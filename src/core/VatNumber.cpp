#include "core/VatNumber.h"

#include "core/Checksums.h"
#include "core/Text.h"

#include <array>
#include <cstdint>

namespace pc::core {
namespace {

// Alphabet of the French alphanumeric keys: digits and letters without I and O.
constexpr std::string_view kKeyAlphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

constexpr std::array<std::string_view, 27> kOtherEuPrefixes = {
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "HR", "HU", "IE",
    "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI"};

int sirenMod97(std::string_view digits)
{
    std::int64_t value = 0;
    for (const char c : digits)
        value = value * 10 + (c - '0');
    return static_cast<int>(value % 97);
}

bool numericKeyValid(std::string_view number)
{
    const int key = (number[0] - '0') * 10 + (number[1] - '0');
    return key == (12 + 3 * sirenMod97(number.substr(2))) % 97;
}

bool alphanumericKeyValid(std::string_view number)
{
    const auto index = [](char c) { return static_cast<int>(kKeyAlphabet.find(c)); };
    const int c0 = index(number[0]);
    const int c1 = index(number[1]);
    const int check = (number[0] >= '0' && number[0] <= '9') ? c0 * 24 + c1 - 10 : c0 * 34 + c1 - 100;
    std::int64_t siren = 0;
    for (const char c : number.substr(2))
        siren = siren * 10 + (c - '0');
    return (siren + 1 + check / 11) % 11 == check % 11;
}

bool isOtherEuPrefix(std::string_view prefix)
{
    for (const std::string_view p : kOtherEuPrefixes) {
        if (p == prefix)
            return true;
    }
    return false;
}

bool startsWithTwoLetters(std::string_view s)
{
    return s.size() >= 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

} // namespace

Result<VatNumber> VatNumber::parse(std::string_view input)
{
    std::string compact = text::compactIdentifier(input);
    const std::vector<std::string> args{std::string(input)};
    if (compact.empty())
        return Error(ErrorCode::Empty, args);
    // A leading "FR" is always the prefix, as in python-stdnum: "FR" + a SIREN without
    // its key is too short, not a number whose key is "FR". Otherwise eleven characters
    // are a French number without its prefix ("K7399859412"), unless they open with
    // another EU state's code ("DE123456789").
    if (compact.starts_with("FR"))
        compact.erase(0, 2);
    else if (startsWithTwoLetters(compact) && (compact.size() != 11 || isOtherEuPrefix(compact.substr(0, 2))))
        return parseForeign(compact, args);
    if (compact.size() != 11)
        return Error(ErrorCode::InvalidLength, {std::string(input), "11"});
    if (kKeyAlphabet.find(compact[0]) == std::string_view::npos
        || kKeyAlphabet.find(compact[1]) == std::string_view::npos || !text::isDigits(compact.substr(2)))
        return Error(ErrorCode::InvalidFormat, args);
    const bool monaco = compact.substr(2, 3) == "000";
    if (!monaco && !Siren::parse(compact.substr(2)))
        return Error(ErrorCode::InvalidChecksum, args);
    const bool numericKey = text::isDigits(compact.substr(0, 2));
    if (!(numericKey ? numericKeyValid(compact) : alphanumericKeyValid(compact)))
        return Error(ErrorCode::InvalidChecksum, args);
    return VatNumber("FR" + compact, true);
}

Result<VatNumber> VatNumber::parseForeign(const std::string& compact, const std::vector<std::string>& args)
{
    const std::string prefix = compact.substr(0, 2);
    if (!isOtherEuPrefix(prefix))
        return Error(ErrorCode::UnsupportedCountry, {args[0], prefix});
    const std::string body = compact.substr(2);
    if (body.size() < 2 || body.size() > 12)
        return Error(ErrorCode::InvalidLength, {args[0], "2-12"});
    for (const char c : body) {
        if (!text::isAsciiAlnum(c))
            return Error(ErrorCode::InvalidFormat, args);
    }
    return VatNumber(compact, false);
}

VatNumber VatNumber::fromSiren(const Siren& siren)
{
    const int key = (12 + 3 * sirenMod97(siren.str())) % 97;
    const std::string keyText = (key < 10 ? "0" : "") + std::to_string(key);
    return VatNumber("FR" + keyText + siren.str(), true);
}

std::optional<Siren> VatNumber::siren() const
{
    if (countryCode() != "FR" || m_value.substr(4, 3) == "000")
        return std::nullopt;
    auto parsed = Siren::parse(m_value.substr(4));
    return parsed ? std::optional<Siren>(*parsed) : std::nullopt;
}

} // namespace pc::core
