#include "core/ContactPoints.h"

#include "core/Text.h"

namespace pc::core {

Result<std::string> parsePhoneNumber(std::string_view input)
{
    const std::vector<std::string> args{std::string(input)};
    std::string compact;
    for (const char c : text::compactIdentifier(input)) {
        if (c != '(' && c != ')')
            compact.push_back(c);
    }
    if (compact.empty())
        return Error(ErrorCode::Empty, args);
    if (compact.starts_with("00"))
        compact.replace(0, 2, "+");
    const bool international = compact.starts_with('+');
    const std::string digits = international ? compact.substr(1) : compact;
    if (!text::isDigits(digits))
        return Error(ErrorCode::InvalidFormat, args);
    if (!international) {
        if (digits.size() != 10 || digits[0] != '0' || digits[1] == '0')
            return Error(ErrorCode::InvalidLength, {std::string(input), "10"});
        return "+33" + digits.substr(1);
    }
    if (digits.starts_with("33")) {
        // "+33 (0)1 23 45 67 89" keeps a national 0 that must go.
        std::string national = digits.substr(2);
        if (national.size() == 10 && national[0] == '0')
            national.erase(0, 1);
        if (national.size() != 9 || national[0] == '0')
            return Error(ErrorCode::InvalidLength, {std::string(input), "9"});
        return "+33" + national;
    }
    if (digits.size() < 8 || digits.size() > 15)
        return Error(ErrorCode::InvalidLength, {std::string(input), "8-15"});
    return "+" + digits;
}

std::string formatPhoneNumber(std::string_view e164)
{
    if (!e164.starts_with("+33") || e164.size() != 12)
        return std::string(e164);
    std::string out = "+33 ";
    out.push_back(e164[3]);
    for (std::size_t i = 4; i < e164.size(); i += 2) {
        out.push_back(' ');
        out.append(e164.substr(i, 2));
    }
    return out;
}

Result<std::string> parseEmail(std::string_view input)
{
    const std::string_view s = text::trim(input);
    const std::vector<std::string> args{std::string(input)};
    if (s.empty())
        return Error(ErrorCode::Empty, args);
    const std::size_t at = s.find('@');
    if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos)
        return Error(ErrorCode::InvalidFormat, args);
    const std::string_view local = s.substr(0, at);
    const std::string_view domain = s.substr(at + 1);
    const std::size_t dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 2 > domain.size() || domain.find("..") != std::string_view::npos
        || domain.front() == '-' || domain.front() == '.' || local.back() == '.')
        return Error(ErrorCode::InvalidFormat, args);
    for (const char c : s) {
        if (static_cast<unsigned char>(c) <= ' ' || c == ',' || c == ';' || c == '<' || c == '>')
            return Error(ErrorCode::InvalidFormat, args);
    }
    return std::string(local) + '@' + text::toLowerAscii(domain);
}

} // namespace pc::core
