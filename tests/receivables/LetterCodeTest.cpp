// The sequence of letter codes a client's balanced groups receive, and its order.

#include "receivables/LetterCode.h"
#include "support/TestPrinters.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

using namespace pc::receivables;

TEST_CASE("letter codes start at AA and count in base 26", "[receivables][lettercode]")
{
    CHECK(nextLetterCode("") == "AA");
    CHECK(nextLetterCode("AA") == "AB");
    CHECK(nextLetterCode("AY") == "AZ");
    CHECK(nextLetterCode("AZ") == "BA");
    CHECK(nextLetterCode("BZ") == "CA");
    CHECK(nextLetterCode("ZY") == "ZZ");
    CHECK(nextLetterCode("ZZ") == "AAA");
    CHECK(nextLetterCode("AAZ") == "ABA");
    CHECK(nextLetterCode("AZZ") == "BAA");
    CHECK(nextLetterCode("ZZZ") == "AAAA");
}

TEST_CASE("the 676 two-letter codes come before the first three-letter one", "[receivables][lettercode]")
{
    // 26 × 26 = 676 codes from AA to ZZ, each after the one before it.
    std::string code = nextLetterCode("");
    int count = 1;
    while (code.size() == 2) {
        const std::string next = nextLetterCode(code);
        CHECK(letterCodeBefore(code, next));
        CHECK(isLetterCode(next));
        code = next;
        if (code.size() == 2)
            ++count;
    }
    CHECK(count == 676);
    CHECK(code == "AAA");
}

TEST_CASE("imported one-letter and lower-case codes continue the sequence", "[receivables][lettercode]")
{
    // A FEC file may letter with "A" .. "Z": our two-letter codes all come after them.
    CHECK(nextLetterCode("A") == "AA");
    CHECK(nextLetterCode("Z") == "AA");
    // Partial codes of some packages are lower case: read upper-cased.
    CHECK(nextLetterCode("ab") == "AC");
    CHECK_THROWS_AS(nextLetterCode("A1"), std::invalid_argument);
    CHECK_THROWS_AS(nextLetterCode("aB"), std::invalid_argument);
    CHECK_THROWS_AS(nextLetterCode("ZZZZZZZZ"), std::overflow_error);
    CHECK(nextLetterCode("AZZZZZZZ") == "BAAAAAAA");
}

TEST_CASE("codes order shorter first, then alphabetically", "[receivables][lettercode]")
{
    CHECK(letterCodeBefore("A", "AA"));
    CHECK(letterCodeBefore("AZ", "BA"));
    CHECK(letterCodeBefore("ZZ", "AAA"));
    CHECK_FALSE(letterCodeBefore("AAA", "ZZ"));
    CHECK_FALSE(letterCodeBefore("AB", "AB"));
    CHECK_FALSE(letterCodeBefore("ab", "AB"));
    CHECK(letterCodeBefore("ab", "AC"));

    // The last code of a client is the greatest by this order, not by plain strings
    // (where "ZZ" > "AAA").
    std::vector<std::string> codes{"AB", "AAA", "ZZ", "A", "BA"};
    const auto before = [](const std::string& a, const std::string& b) { return letterCodeBefore(a, b); };
    const auto last = std::max_element(codes.begin(), codes.end(), before);
    CHECK(*last == "AAA");
    CHECK(nextLetterCode(*last) == "AAB");
}

TEST_CASE("letter codes are one to eight capitals, partial codes the lower-case ones", "[receivables][lettercode]")
{
    CHECK(isLetterCode("A"));
    CHECK(isLetterCode("AA"));
    CHECK(isLetterCode("AAB"));
    CHECK(isLetterCode("ABCDEFGH"));
    CHECK_FALSE(isLetterCode(""));
    CHECK_FALSE(isLetterCode("ABCDEFGHI"));
    CHECK_FALSE(isLetterCode("aa"));
    CHECK_FALSE(isLetterCode("A1"));
    CHECK_FALSE(isLetterCode("A A"));
    CHECK_FALSE(isLetterCode("\xC3\x89")); // É

    CHECK(isPartialLetterCode("aa"));
    CHECK(isPartialLetterCode("b"));
    CHECK_FALSE(isPartialLetterCode("Aa"));
    CHECK_FALSE(isPartialLetterCode(""));
    CHECK_FALSE(isPartialLetterCode("abcdefghi"));
}
