#include "core/Iban.h"

#include "core/Checksums.h"
#include "core/Text.h"

#include <array>
#include <cstdint>
#include <optional>

namespace pc::core {
namespace {

struct CountryFormat {
    std::string_view code;
    // BBAN structure in the registry's notation: "5!n5!n11!c2!n" = 5 digits,
    // 5 digits, 11 alphanumerics, 2 digits (n digit, a upper-case letter, c either).
    std::string_view bban;
};

// From the SWIFT IBAN registry.
constexpr CountryFormat kCountries[] = {
    {"AD", "4!n4!n12!c"}, {"AE", "3!n16!n"}, {"AL", "8!n16!c"}, {"AT", "5!n11!n"},
    {"AZ", "4!a20!c"}, {"BA", "3!n3!n8!n2!n"}, {"BE", "3!n7!n2!n"}, {"BG", "4!a4!n2!n8!c"},
    {"BH", "4!a14!c"}, {"BI", "5!n5!n11!n2!n"}, {"BR", "8!n5!n10!n1!a1!c"}, {"BY", "4!c4!n16!c"},
    {"CH", "5!n12!c"}, {"CR", "4!n14!n"}, {"CY", "3!n5!n16!c"}, {"CZ", "4!n6!n10!n"},
    {"DE", "8!n10!n"}, {"DJ", "5!n5!n11!n2!n"}, {"DK", "4!n9!n1!n"}, {"DO", "4!c20!n"},
    {"EE", "2!n2!n11!n1!n"}, {"EG", "4!n4!n17!n"}, {"ES", "4!n4!n1!n1!n10!n"}, {"FI", "3!n11!n"},
    {"FK", "2!a12!n"}, {"FO", "4!n9!n1!n"}, {"FR", "5!n5!n11!c2!n"}, {"GB", "4!a6!n8!n"},
    {"GE", "2!a16!n"}, {"GI", "4!a15!c"}, {"GL", "4!n9!n1!n"}, {"GR", "3!n4!n16!c"},
    {"GT", "4!c20!c"}, {"HN", "4!a20!n"}, {"HR", "7!n10!n"}, {"HU", "3!n4!n1!n15!n1!n"},
    {"IE", "4!a6!n8!n"}, {"IL", "3!n3!n13!n"}, {"IQ", "4!a3!n12!n"}, {"IS", "4!n2!n6!n10!n"},
    {"IT", "1!a5!n5!n12!c"}, {"JO", "4!a4!n18!c"}, {"KW", "4!a22!c"}, {"KZ", "3!n13!c"},
    {"LB", "4!n20!c"}, {"LC", "4!a24!c"}, {"LI", "5!n12!c"}, {"LT", "5!n11!n"},
    {"LU", "3!n13!c"}, {"LV", "4!a13!c"}, {"LY", "3!n3!n15!n"}, {"MC", "5!n5!n11!c2!n"},
    {"MD", "2!c18!c"}, {"ME", "3!n13!n2!n"}, {"MK", "3!n10!c2!n"}, {"MN", "4!n12!n"},
    {"MR", "5!n5!n11!n2!n"}, {"MT", "4!a5!n18!c"}, {"MU", "4!a2!n2!n12!n3!n3!a"}, {"NI", "4!a20!n"},
    {"NL", "4!a10!n"}, {"NO", "4!n6!n1!n"}, {"OM", "3!n16!c"}, {"PK", "4!a16!c"},
    {"PL", "8!n16!n"}, {"PS", "4!a21!c"}, {"PT", "4!n4!n11!n2!n"}, {"QA", "4!a21!c"},
    {"RO", "4!a16!c"}, {"RS", "3!n13!n2!n"}, {"RU", "9!n5!n15!c"}, {"SA", "2!n18!c"},
    {"SC", "4!a2!n2!n16!n3!a"}, {"SD", "2!n12!n"}, {"SE", "3!n16!n1!n"}, {"SI", "5!n8!n2!n"},
    {"SK", "4!n6!n10!n"}, {"SM", "1!a5!n5!n12!c"}, {"SO", "4!n3!n12!n"}, {"ST", "4!n4!n11!n2!n"},
    {"SV", "4!a20!n"}, {"TL", "3!n14!n2!n"}, {"TN", "2!n3!n13!n2!n"}, {"TR", "5!n1!n16!c"},
    {"UA", "6!n19!c"}, {"VA", "3!n15!n"}, {"VG", "4!a16!n"}, {"XK", "4!n10!n2!n"},
    {"YE", "4!a4!n18!c"},
    // French overseas departments and territories: French BBAN and RIB key.
    {"BL", "5!n5!n11!c2!n"}, {"GF", "5!n5!n11!c2!n"}, {"GP", "5!n5!n11!c2!n"}, {"MF", "5!n5!n11!c2!n"},
    {"MQ", "5!n5!n11!c2!n"}, {"NC", "5!n5!n11!c2!n"}, {"PF", "5!n5!n11!c2!n"}, {"PM", "5!n5!n11!c2!n"},
    {"RE", "5!n5!n11!c2!n"}, {"TF", "5!n5!n11!c2!n"}, {"WF", "5!n5!n11!c2!n"}, {"YT", "5!n5!n11!c2!n"},
};

std::optional<std::string_view> bbanFormat(std::string_view country)
{
    for (const CountryFormat& f : kCountries) {
        if (f.code == country)
            return f.bban;
    }
    return std::nullopt;
}

bool usesFrenchRib(std::string_view bbanStructure)
{
    return bbanStructure == "5!n5!n11!c2!n";
}

// Walks the structure: each element is a count, "!" and a class letter.
std::size_t bbanLength(std::string_view structure)
{
    std::size_t total = 0;
    std::size_t count = 0;
    for (const char c : structure) {
        if (c >= '0' && c <= '9') {
            count = count * 10 + static_cast<std::size_t>(c - '0');
        } else if (c != '!') {
            total += count;
            count = 0;
        }
    }
    return total;
}

bool matchesStructure(std::string_view bban, std::string_view structure)
{
    std::size_t pos = 0;
    std::size_t count = 0;
    for (const char c : structure) {
        if (c >= '0' && c <= '9') {
            count = count * 10 + static_cast<std::size_t>(c - '0');
            continue;
        }
        if (c == '!')
            continue;
        for (std::size_t k = 0; k < count; ++k, ++pos) {
            const char b = bban[pos];
            const bool digit = b >= '0' && b <= '9';
            const bool letter = b >= 'A' && b <= 'Z';
            if ((c == 'n' && !digit) || (c == 'a' && !letter) || (c == 'c' && !digit && !letter))
                return false;
        }
        count = 0;
    }
    return pos == bban.size();
}

std::int64_t ribDigits(std::string_view s)
{
    // Letters of a French account number stand for digits, in the banks' table.
    std::int64_t value = 0;
    for (const char c : s) {
        int d = 0;
        if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (c >= 'A' && c <= 'Z') {
            constexpr std::string_view kTable = "12345678912345678923456789";
            d = kTable[static_cast<std::size_t>(c - 'A')] - '0';
        }
        value = value * 10 + d;
    }
    return value;
}

bool frenchRibKeyValid(std::string_view bban)
{
    const int key = (bban[21] - '0') * 10 + (bban[22] - '0');
    return Iban::ribKey(bban.substr(0, 5), bban.substr(5, 5), bban.substr(10, 11)) == key;
}

// Spain: two control digits (positions 9-10) over bank+branch and over the account.
bool spanishControlValid(std::string_view bban)
{
    constexpr std::array<int, 10> kWeights = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};
    const auto control = [&](std::string_view digits) {
        int sum = 0;
        const std::size_t offset = kWeights.size() - digits.size();
        for (std::size_t i = 0; i < digits.size(); ++i)
            sum += (digits[i] - '0') * kWeights[offset + i];
        const int c = 11 - sum % 11;
        return c == 11 ? 0 : (c == 10 ? 1 : c);
    };
    return control(bban.substr(0, 8)) == bban[8] - '0' && control(bban.substr(10, 10)) == bban[9] - '0';
}

// Belgium: the last two digits are the first ten modulo 97 (97 when that is 0).
bool belgianControlValid(std::string_view bban)
{
    std::int64_t first = 0;
    for (const char c : bban.substr(0, 10))
        first = first * 10 + (c - '0');
    const int expected = static_cast<int>(first % 97 == 0 ? 97 : first % 97);
    return expected == (bban[10] - '0') * 10 + (bban[11] - '0');
}

bool nationalCheckValid(std::string_view country, std::string_view structure, std::string_view bban)
{
    if (usesFrenchRib(structure))
        return frenchRibKeyValid(bban);
    if (country == "ES")
        return spanishControlValid(bban);
    if (country == "BE")
        return belgianControlValid(bban);
    return true;
}

} // namespace

Result<Iban> Iban::parse(std::string_view input)
{
    std::string compact = text::compactIdentifier(input);
    const std::vector<std::string> args{std::string(input)};
    if (compact.starts_with("IBAN"))
        compact.erase(0, 4);
    if (compact.empty())
        return Error(ErrorCode::Empty, args);
    const auto structure = bbanFormat(compact.substr(0, std::min<std::size_t>(2, compact.size())));
    if (!structure)
        return Error(ErrorCode::InvalidComponent, {std::string(input), compact.substr(0, 2)});
    const std::size_t expected = 4 + bbanLength(*structure);
    if (compact.size() != expected)
        return Error(ErrorCode::InvalidLength, {std::string(input), std::to_string(expected)});
    if (!text::isDigits(compact.substr(2, 2)) || !matchesStructure(compact.substr(4), *structure))
        return Error(ErrorCode::InvalidFormat, args);
    if (checksum::mod97(compact.substr(4) + compact.substr(0, 4)) != 1
        || !nationalCheckValid(compact.substr(0, 2), *structure, compact.substr(4)))
        return Error(ErrorCode::InvalidChecksum, args);
    return Iban(compact);
}

int Iban::ribKey(std::string_view bank, std::string_view branch, std::string_view account)
{
    const std::int64_t sum = 89 * ribDigits(bank) + 15 * ribDigits(branch) + 3 * ribDigits(account);
    return static_cast<int>(97 - sum % 97);
}

Result<Iban> Iban::fromFrenchRib(std::string_view bank, std::string_view branch, std::string_view account)
{
    const std::string accountUpper = text::toUpperAscii(account);
    const int key = ribKey(bank, branch, accountUpper);
    const std::string bban = std::string(bank) + std::string(branch) + accountUpper + (key < 10 ? "0" : "")
        + std::to_string(key);
    const int check = 98 - checksum::mod97(bban + "FR00");
    return parse("FR" + std::string(check < 10 ? "0" : "") + std::to_string(check) + bban);
}

std::string Iban::formatted() const
{
    std::string out;
    for (std::size_t i = 0; i < m_value.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out.push_back(' ');
        out.push_back(m_value[i]);
    }
    return out;
}

} // namespace pc::core
