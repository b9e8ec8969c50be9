// Decoding the bytes of files from French software: UTF-8 with or without BOM,
// Windows-1252 otherwise.

#include "io/TextDecoding.h"

#include "support/CatchCompat.h"

#include <string>

using namespace pc::io;

TEST_CASE("decodeText keeps valid UTF-8", "[io][decoding]")
{
    const std::string text = GENERATE(as<std::string>{}, "", "plain ASCII; 123", "Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale",
                                      "12 \xE2\x82\xAC", "C\xC5\x93ur", "\xF0\x9F\x98\x80", "1\xE2\x80\xAF" "234");
    const DecodedText decoded = decodeText(text);
    CHECK(decoded.encoding == SourceEncoding::Utf8);
    CHECK(decoded.utf8 == text);
}

TEST_CASE("decodeText drops a UTF-8 byte order mark", "[io][decoding]")
{
    const DecodedText decoded = decodeText("\xEF\xBB\xBFSIREN;Soci\xC3\xA9t\xC3\xA9");
    CHECK(decoded.encoding == SourceEncoding::Utf8);
    CHECK(decoded.utf8 == "SIREN;Soci\xC3\xA9t\xC3\xA9");
    CHECK(decodeText("\xEF\xBB\xBF").utf8.empty());
    // Only at the start.
    CHECK(decodeText("a\xEF\xBB\xBF").utf8 == "a\xEF\xBB\xBF");
}

TEST_CASE("decodeText reads anything else as Windows-1252", "[io][decoding]")
{
    const auto [bytes, utf8] = GENERATE(table<std::string, std::string>({
        {"Soci\xE9t\xE9", "Soci\xC3\xA9t\xC3\xA9"},                  // é
        {"12 \x80", "12 \xE2\x82\xAC"},                                // €
        {"C\x9Cur", "C\xC5\x93ur"},                                    // œ
        {"\x8C" "uvre", "\xC5\x92uvre"},                               // Œ
        {"l\x92" "atelier", "l\xE2\x80\x99" "atelier"},                // ’
        {"\x93" "oui\x94", "\xE2\x80\x9C" "oui\xE2\x80\x9D"},          // “ ”
        {"\x96", "\xE2\x80\x93"},                                      // –
        {"\x85", "\xE2\x80\xA6"},                                      // …
        {"\x8A\x9A\x8E\x9E\x9F", "\xC5\xA0\xC5\xA1\xC5\xBD\xC5\xBE\xC5\xB8"}, // Š š Ž ž Ÿ
        {"1\xA0" "234", "1\xC2\xA0" "234"},                            // no-break space
        {"Besan\xE7on \xC9vry", "Besan\xC3\xA7on \xC3\x89vry"},        // ç É
        {"\xFF", "\xC3\xBF"},                                          // ÿ
        {"\x81\x8D\x8F\x90\x9D", "\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D"}, // unassigned: C1 controls
    }));
    const DecodedText decoded = decodeText(bytes);
    CHECK(decoded.encoding == SourceEncoding::Windows1252);
    CHECK(decoded.utf8 == utf8);
    CHECK(isValidUtf8(decoded.utf8));
}

TEST_CASE("decodeText: one invalid byte makes the whole text Windows-1252", "[io][decoding]")
{
    // A file mixing UTF-8 and Windows-1252 is not valid UTF-8: every byte is then read
    // as Windows-1252, the UTF-8 "é" included.
    const DecodedText decoded = decodeText("caf\xC3\xA9 \xE9");
    CHECK(decoded.encoding == SourceEncoding::Windows1252);
    CHECK(decoded.utf8 == "caf\xC3\x83\xC2\xA9 \xC3\xA9");
}

TEST_CASE("isValidUtf8", "[io][decoding]")
{
    CHECK(isValidUtf8(""));
    CHECK(isValidUtf8("abc"));
    CHECK(isValidUtf8("\xC3\xA9"));
    CHECK(isValidUtf8("\xE2\x82\xAC"));
    CHECK(isValidUtf8("\xF0\x9F\x98\x80"));
    CHECK(isValidUtf8("\xF4\x8F\xBF\xBF")); // U+10FFFF
    CHECK_FALSE(isValidUtf8("\xE9"));
    CHECK_FALSE(isValidUtf8("\xC3"));              // truncated
    CHECK_FALSE(isValidUtf8("\xE2\x82"));          // truncated
    CHECK_FALSE(isValidUtf8("\xC3\x28"));          // bad continuation
    CHECK_FALSE(isValidUtf8("\x80"));              // lone continuation
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));          // overlong
    CHECK_FALSE(isValidUtf8("\xE0\x80\xAF"));      // overlong
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));      // surrogate
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80"));  // beyond U+10FFFF
    CHECK_FALSE(isValidUtf8("\xF8\x88\x80\x80\x80"));
    CHECK_FALSE(isValidUtf8("\xFF"));
}

TEST_CASE("encodingName", "[io][decoding]")
{
    CHECK(std::string(encodingName(SourceEncoding::Utf8)) == "UTF-8");
    CHECK(std::string(encodingName(SourceEncoding::Windows1252)) == "Windows-1252");
}
