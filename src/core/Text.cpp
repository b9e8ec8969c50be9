#include "core/Text.h"

#include <algorithm>

namespace pc::core::text {

bool isDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isAsciiAlnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

std::string toUpperAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    }
    return out;
}

std::string toLowerAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::size_t spaceLengthAt(std::string_view s, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    if (i >= s.size())
        return 0;
    const unsigned char c = byte(i);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
        return 1;
    if (c == 0xC2 && i + 1 < s.size() && byte(i + 1) == 0xA0)
        return 2; // U+00A0 no-break space
    if (c == 0xE2 && i + 2 < s.size() && byte(i + 1) == 0x80 && (byte(i + 2) == 0xAF || byte(i + 2) == 0x89))
        return 3; // U+202F narrow no-break space, U+2009 thin space
    return 0;
}

std::string_view trim(std::string_view s)
{
    std::size_t begin = 0;
    while (begin < s.size()) {
        const std::size_t n = spaceLengthAt(s, begin);
        if (n == 0)
            break;
        begin += n;
    }
    std::size_t end = s.size();
    while (end > begin) {
        // Spaces are at most three bytes long: look back for one that ends at `end`.
        std::size_t n = 0;
        for (std::size_t len = 1; len <= 3 && len <= end - begin; ++len) {
            if (spaceLengthAt(s, end - len) == len) {
                n = len;
                break;
            }
        }
        if (n == 0)
            break;
        end -= n;
    }
    return s.substr(begin, end - begin);
}

std::string compactIdentifier(std::string_view input)
{
    std::string out;
    out.reserve(input.size());
    for (std::size_t i = 0; i < input.size();) {
        if (const std::size_t n = spaceLengthAt(input, i)) {
            i += n;
            continue;
        }
        const char c = input[i++];
        if (c == '.' || c == '-' || c == '/')
            continue;
        out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    }
    return out;
}

Result<std::string> fixedDigits(std::string_view input, std::size_t length)
{
    std::string compact = compactIdentifier(input);
    if (compact.empty())
        return Error(ErrorCode::Empty, {std::string(input)});
    if (!isDigits(compact))
        return Error(ErrorCode::InvalidFormat, {std::string(input)});
    if (compact.size() != length)
        return Error(ErrorCode::InvalidLength, {std::string(input), std::to_string(length)});
    return compact;
}

namespace {

// Decodes one UTF-8 sequence at s[i]; returns the code point and advances i.
// Malformed bytes decode as U+FFFD.
char32_t decodeUtf8(std::string_view s, std::size_t& i)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = b(i);
    std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) {
        if ((b(i + k) & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    i += length;
    return cp;
}

// ASCII spelling of the Latin letters used in French and European company names.
std::string_view foldLatin(char32_t cp)
{
    // U+00C0 to U+00FF, lower case without accents; empty = not a letter.
    static constexpr std::string_view kLatin1[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};
    if (cp >= 0xC0 && cp <= 0xFF)
        return kLatin1[cp - 0xC0];
    switch (cp) {
    case 0x152: case 0x153: return "oe";
    case 0x160: case 0x161: return "s";
    case 0x17D: case 0x17E: return "z";
    case 0x178: return "y";
    case 0x141: case 0x142: return "l";
    case 0x106: case 0x107: case 0x10C: case 0x10D: return "c";
    case 0x11A: case 0x11B: case 0x118: case 0x119: return "e";
    case 0x158: case 0x159: return "r";
    default: return {};
    }
}

} // namespace

std::string foldForSearch(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    bool pendingSpace = false;
    const auto append = [&](std::string_view piece) {
        if (pendingSpace && !out.empty())
            out.push_back(' ');
        pendingSpace = false;
        out.append(piece);
    };
    for (std::size_t i = 0; i < utf8.size();) {
        const char32_t cp = decodeUtf8(utf8, i);
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
            const char c = static_cast<char>(cp);
            append(std::string_view(&c, 1));
        } else if (cp >= 'A' && cp <= 'Z') {
            const char c = static_cast<char>(cp - 'A' + 'a');
            append(std::string_view(&c, 1));
        } else if (const std::string_view folded = foldLatin(cp); !folded.empty()) {
            append(folded);
        } else if (cp == '\'' || cp == 0x2019) {
            continue; // "l'atelier" -> "latelier", as people type it
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

} // namespace pc::core::text
