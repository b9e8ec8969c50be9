// Phone numbers (E.164) and e-mail addresses.

#include "core/ContactPoints.h"
#include "support/TestPrinters.h"

#include <string>

using namespace pc::core;

TEST_CASE("parsePhoneNumber: French numbers in many writings", "[core][contact][phone]")
{
    const auto [input, e164] = GENERATE(table<std::string, std::string>({
        {"01 23 45 67 89", "+33123456789"},
        {"01.23.45.67.89", "+33123456789"},
        {"01-23-45-67-89", "+33123456789"},
        {"01/23/45/67/89", "+33123456789"},
        {"0123456789", "+33123456789"},
        {"  01 23 45 67 89  ", "+33123456789"},
        {"01\xC2\xA0" "23\xC2\xA0" "45\xC2\xA0" "67\xC2\xA0" "89", "+33123456789"},
        {"01\xE2\x80\xAF" "23 45 67 89", "+33123456789"},
        {"(01) 23 45 67 89", "+33123456789"},
        {"06 12 34 56 78", "+33612345678"},
        {"07.98.76.54.32", "+33798765432"},
        {"09 70 00 00 00", "+33970000000"},
        {"+33 1 23 45 67 89", "+33123456789"},
        {"+33123456789", "+33123456789"},
        {"+33 (0)1 23 45 67 89", "+33123456789"},
        {"+33 0 1 23 45 67 89", "+33123456789"},
        {"+33 6 12 34 56 78", "+33612345678"},
        {"0033 1 23 45 67 89", "+33123456789"},
        {"0033123456789", "+33123456789"},
        {"00 33 6 12 34 56 78", "+33612345678"},
    }));
    INFO('"' << input << '"');
    const auto parsed = parsePhoneNumber(input);
    REQUIRE(parsed.ok());
    CHECK(*parsed == e164);
}

TEST_CASE("parsePhoneNumber: international numbers", "[core][contact][phone]")
{
    const auto [input, e164] = GENERATE(table<std::string, std::string>({
        {"+44 20 7946 0958", "+442079460958"},
        {"0044 20 7946 0958", "+442079460958"},
        {"+49 30 1234567", "+49301234567"},
        {"+1 (212) 555-0100", "+12125550100"},
        {"+32 2 123 45 67", "+3221234567"},
        {"+377 93 15 20 00", "+37793152000"},
        {"+41 22 123 45 67", "+41221234567"},
        {"+12345678", "+12345678"},
        {"+123456789012345", "+123456789012345"},
    }));
    INFO('"' << input << '"');
    const auto parsed = parsePhoneNumber(input);
    REQUIRE(parsed.ok());
    CHECK(*parsed == e164);
}

TEST_CASE("parsePhoneNumber: refusals", "[core][contact][phone]")
{
    const auto [input, error] = GENERATE(table<std::string, ErrorCode>({
        {"", ErrorCode::Empty},
        {"   ", ErrorCode::Empty},
        {"()", ErrorCode::Empty},
        {"abc", ErrorCode::InvalidFormat},
        {"01 23 45 67 8A", ErrorCode::InvalidFormat},
        {"+33 1 23 45 67 8x", ErrorCode::InvalidFormat},
        {"+", ErrorCode::InvalidFormat},
        {"01 23 45 67 89 poste 12", ErrorCode::InvalidFormat},
        {"++33123456789", ErrorCode::InvalidFormat},
        // National numbers: ten digits starting with one 0.
        {"01 23 45 67", ErrorCode::InvalidLength},
        {"01 23 45 67 89 0", ErrorCode::InvalidLength},
        {"1 23 45 67 89", ErrorCode::InvalidLength},
        {"12 34 56 78 90", ErrorCode::InvalidLength},
        // +33 numbers: nine digits after the prefix, not starting with 0.
        {"+33 1 23 45", ErrorCode::InvalidLength},
        {"+33 1 23 45 67 89 0", ErrorCode::InvalidLength},
        {"+33 00 12 34 56 78", ErrorCode::InvalidLength},
        {"0033 1 23", ErrorCode::InvalidLength},
        // Other countries: 8 to 15 digits.
        {"+1234567", ErrorCode::InvalidLength},
        {"+1234567890123456", ErrorCode::InvalidLength},
    }));
    INFO('"' << input << '"');
    const auto parsed = parsePhoneNumber(input);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == error);
    CHECK(parsed.error().arg(0) == input);
}

TEST_CASE("formatPhoneNumber", "[core][contact][phone]")
{
    CHECK(formatPhoneNumber("+33123456789") == "+33 1 23 45 67 89");
    CHECK(formatPhoneNumber("+33612345678") == "+33 6 12 34 56 78");
    // Anything else is given back as it is.
    CHECK(formatPhoneNumber("+442079460958") == "+442079460958");
    CHECK(formatPhoneNumber("+3312345") == "+3312345");
    CHECK(formatPhoneNumber("") == "");
    // Formatting then parsing gives the E.164 number back.
    const std::string e164 = GENERATE(as<std::string>{}, "+33123456789", "+33612345678", "+33970000000",
                                      "+442079460958", "+12125550100");
    const auto back = parsePhoneNumber(formatPhoneNumber(e164));
    REQUIRE(back.ok());
    CHECK(*back == e164);
}

TEST_CASE("parseEmail accepts plausible addresses", "[core][contact][email]")
{
    const auto [input, normalized] = GENERATE(table<std::string, std::string>({
        {"compta@example.fr", "compta@example.fr"},
        {"  Jean.Dupont@Example.FR ", "Jean.Dupont@example.fr"},
        {"a+factures@sub.domain.co.uk", "a+factures@sub.domain.co.uk"},
        {"o'neil@example.ie", "o'neil@example.ie"},
        {"x@a-b.fr", "x@a-b.fr"},
        {"Compta@Martin-Fils.FR", "Compta@martin-fils.fr"},
        {"\xC2\xA0jean@example.fr\xC2\xA0", "jean@example.fr"},
    }));
    INFO('"' << input << '"');
    const auto parsed = parseEmail(input);
    REQUIRE(parsed.ok());
    CHECK(*parsed == normalized);
}

TEST_CASE("parseEmail refusals", "[core][contact][email]")
{
    const auto [input, error] = GENERATE(table<std::string, ErrorCode>({
        {"", ErrorCode::Empty},
        {"   ", ErrorCode::Empty},
        {"jean.dupont", ErrorCode::InvalidFormat},
        {"@example.fr", ErrorCode::InvalidFormat},
        {"jean@", ErrorCode::InvalidFormat},
        {"jean@example", ErrorCode::InvalidFormat},
        {"jean@@example.fr", ErrorCode::InvalidFormat},
        {"jean@ex@ample.fr", ErrorCode::InvalidFormat},
        {"jean dupont@example.fr", ErrorCode::InvalidFormat},
        {"jean@exam ple.fr", ErrorCode::InvalidFormat},
        {"jean@example.", ErrorCode::InvalidFormat},
        {"jean@.fr", ErrorCode::InvalidFormat},
        {"jean@.example.fr", ErrorCode::InvalidFormat},
        {"jean@example..fr", ErrorCode::InvalidFormat},
        {"jean@-example.fr", ErrorCode::InvalidFormat},
        {"jean.@example.fr", ErrorCode::InvalidFormat},
        {"jean;paul@example.fr", ErrorCode::InvalidFormat},
        {"jean,paul@example.fr", ErrorCode::InvalidFormat},
        {"<jean@example.fr>", ErrorCode::InvalidFormat},
        {"jean@example.fr; paul@example.fr", ErrorCode::InvalidFormat},
        {"jean\t@example.fr", ErrorCode::InvalidFormat},
    }));
    INFO('"' << input << '"');
    const auto parsed = parseEmail(input);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == error);
    CHECK(parsed.error().arg(0) == input);
}
