// Text helpers: trimming the spaces of French software, compacting identifiers,
// folding names for search.

#include "core/Text.h"

#include "support/CatchCompat.h"

#include <string>

using namespace pc::core;

namespace {

const std::string kNbsp = "\xC2\xA0";       // U+00A0
const std::string kNarrowNbsp = "\xE2\x80\xAF"; // U+202F
const std::string kThin = "\xE2\x80\x89";   // U+2009

} // namespace

TEST_CASE("text::isDigits, isAsciiAlnum and ASCII case", "[core][text]")
{
    CHECK(text::isDigits("0123456789"));
    CHECK_FALSE(text::isDigits(""));
    CHECK_FALSE(text::isDigits("12a"));
    CHECK_FALSE(text::isDigits("12 3"));
    CHECK_FALSE(text::isDigits("-1"));
    CHECK(text::isAsciiAlnum('a'));
    CHECK(text::isAsciiAlnum('Z'));
    CHECK(text::isAsciiAlnum('5'));
    CHECK_FALSE(text::isAsciiAlnum('-'));
    CHECK_FALSE(text::isAsciiAlnum(' '));
    CHECK_FALSE(text::isAsciiAlnum('\xC3'));
    CHECK(text::toUpperAscii("abc-xyz 09") == "ABC-XYZ 09");
    CHECK(text::toLowerAscii("ABC-XYZ 09") == "abc-xyz 09");
    // UTF-8 passes through untouched.
    CHECK(text::toUpperAscii("soci\xC3\xA9t\xC3\xA9") == "SOCI\xC3\xA9T\xC3\xA9");
    CHECK(text::toLowerAscii("\xC3\x89TAT") == "\xC3\x89tat");
}

TEST_CASE("text::trim removes ASCII and Unicode spaces at both ends", "[core][text]")
{
    const auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"abc", "abc"},
        {"  abc  ", "abc"},
        {"\t\r\n abc \r\n", "abc"},
        {kNbsp + "abc" + kNbsp, "abc"},
        {kNarrowNbsp + "abc" + kNarrowNbsp, "abc"},
        {kThin + "abc" + kThin, "abc"},
        {" " + kNbsp + kNarrowNbsp + kThin + "1 234" + kThin + kNarrowNbsp + kNbsp + " ", "1 234"},
        {"a" + kNbsp + "b", "a" + kNbsp + "b"},
        {"", ""},
        {"   ", ""},
        {kNbsp + kNarrowNbsp, ""},
        // Letters whose UTF-8 bytes look like the end of a space stay: à is C3 A0.
        {"voil\xC3\xA0", "voil\xC3\xA0"},
        {"  voil\xC3\xA0  ", "voil\xC3\xA0"},
        {"\xC3\xA0", "\xC3\xA0"},
        // An en dash (E2 80 93) is not a space.
        {"\xE2\x80\x93", "\xE2\x80\x93"},
    }));
    CHECK(text::trim(input) == expected);
}

TEST_CASE("text::spaceLengthAt", "[core][text]")
{
    const std::string s = "a " + kNbsp + kNarrowNbsp + kThin + "\xC3\xA0\t";
    CHECK(text::spaceLengthAt(s, 0) == 0); // a
    CHECK(text::spaceLengthAt(s, 1) == 1); // space
    CHECK(text::spaceLengthAt(s, 2) == 2); // U+00A0
    CHECK(text::spaceLengthAt(s, 4) == 3); // U+202F
    CHECK(text::spaceLengthAt(s, 7) == 3); // U+2009
    CHECK(text::spaceLengthAt(s, 10) == 0); // à
    CHECK(text::spaceLengthAt(s, 12) == 1); // tab
    CHECK(text::spaceLengthAt(s, 13) == 0); // past the end
    // A truncated no-break space is not a space.
    CHECK(text::spaceLengthAt("\xC2", 0) == 0);
    CHECK(text::spaceLengthAt("\xE2\x80", 0) == 0);
}

TEST_CASE("text::compactIdentifier", "[core][text]")
{
    const auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"732 829.320", "732829320"},
        {"fr76-3000", "FR763000"},
        {"12/34/56", "123456"},
        {" 732" + kNbsp + "829" + kNarrowNbsp + "320" + kThin, "732829320"},
        {"FR 76 3000 6000 0112 3456 7890 189", "FR7630006000011234567890189"},
        {"agri fr pp", "AGRIFRPP"},
        {"a_b*c", "A_B*C"},
        {"", ""},
        {" .-/ ", ""},
        {"\xC3\xA9t\xC3\xA9", "\xC3\xA9T\xC3\xA9"},
    }));
    CHECK(text::compactIdentifier(input) == expected);
}

TEST_CASE("text::foldForSearch", "[core][text]")
{
    const auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale S.A.", "societe generale s a"},
        {"\xC5\x92uvres de l'Est", "oeuvres de lest"},              // Œ
        {"C\xC5\x93ur de Lion", "coeur de lion"},                   // œ
        {"Stra\xC3\x9F" "e", "strasse"},                            // ß
        {"L'Or\xC3\xA9" "al", "loreal"},
        {"l\xE2\x80\x99" "atelier", "latelier"},                    // ’
        {"d'Artagnan & Fils", "dartagnan fils"},
        {"  --\xC3\x87" "a  va--  ", "ca va"},                      // Ç
        {"\xC3\x80\xC3\x89\xC3\x8E\xC3\x95\xC3\x9C", "aeiou"},       // ÀÉÎÕÜ
        {"\xC3\xA0\xC3\xA2\xC3\xA4\xC3\xA7\xC3\xA8\xC3\xAA\xC3\xAB\xC3\xAF\xC3\xAE\xC3\xB4\xC3\xB9\xC3\xBB\xC3\xBC\xC3\xBF",
         "aaaceeeiiouuuy"},                                         // àâäçèêëïîôùûüÿ
        {"\xC3\x86r\xC3\xB8", "aero"},                              // Æ, ø
        {"\xC4\x8C" "apek", "capek"},                               // Č
        {"M\xC3\xBCller & Fils", "muller fils"},
        {"SARL  DUPONT---MARTIN", "sarl dupont martin"},
        {"123 ABC", "123 abc"},
        {"Caf\xC3\xA9\xC2\xA0" "du\xE2\x80\xAF" "Port", "cafe du port"},
        {"5 \xC3\x97 3", "5 3"},                                    // × is not a letter
        {"", ""},
        {"...", ""},
        // Malformed UTF-8 becomes a separator, never a crash.
        {"ab\xFF" "cd", "ab cd"},
        {"ab\xC3", "ab"},
    }));
    CHECK(text::foldForSearch(input) == expected);
}
