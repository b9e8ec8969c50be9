// ABC classification (exact boundaries, ties by SIREN), NAF sections, regions of
// departments, size categories and the late payers' profile by group.

#include "receivables/ClientRanking.h"
#include "support/TestPrinters.h"

#include <cstdio>
#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::receivables;

namespace {

Money euros(std::int64_t e)
{
    return Money::fromEuros(e);
}

} // namespace

TEST_CASE("ABC: the client reaching exactly 80 % is A, ties are ordered by SIREN", "[receivables][abc]")
{
    // Total 100: X 50 (50 %), Y 30 (80 % exactly: A), W 10 (90 %: B), U 5 (95 %: B, its
    // SIREN first), Z 5 (what precedes it is 95 %: C), V nothing: C.
    const auto rows = abcClassify({{6, "600000000", Money()},
                                   {5, "900000000", euros(5)},
                                   {1, "300000000", euros(50)},
                                   {4, "100000000", euros(5)},
                                   {3, "500000000", euros(10)},
                                   {2, "400000000", euros(30)}});
    REQUIRE(rows.size() == 6);
    const std::vector<std::int64_t> order = {1, 2, 3, 4, 5, 6};
    for (std::size_t i = 0; i < rows.size(); ++i)
        CHECK(rows[i].companyId == order[i]);
    CHECK(rows[1].cumulative == 8'000);
    CHECK(rows[1].abc == AbcClass::A);
    CHECK(rows[2].abc == AbcClass::B);
    CHECK(rows[3].abc == AbcClass::B);
    CHECK(rows[3].cumulative == 9'500);
    CHECK(rows[4].abc == AbcClass::C);
    CHECK(rows[4].share == 500);
    CHECK(rows[5].abc == AbcClass::C);
    CHECK(rows[5].share == 0);
    CHECK(toCode(rows[0].abc) == "A");
}

TEST_CASE("ABC: a client worth more than 80 % alone is A", "[receivables][abc]")
{
    const auto rows = abcClassify({{1, "1", euros(90)}, {2, "2", euros(10)}});
    CHECK(rows[0].abc == AbcClass::A);
    CHECK(rows[1].abc == AbcClass::B); // 90 % precede it
}

TEST_CASE("NAF sections from the division", "[receivables][naf]")
{
    const std::vector<std::pair<std::string, char>> cases = {
        {"0111Z", 'A'}, {"03.22Z", 'A'}, {"0510Z", 'B'}, {"0990Z", 'B'}, {"1011Z", 'C'}, {"3320A", 'C'},
        {"3511Z", 'D'}, {"3600Z", 'E'}, {"3900Z", 'E'}, {"4110A", 'F'}, {"4399C", 'F'}, {"4511Z", 'G'},
        {"4799B", 'G'}, {"4910Z", 'H'}, {"5320Z", 'H'}, {"5510Z", 'I'}, {"5630Z", 'I'}, {"5811Z", 'J'},
        {"6399Z", 'J'}, {"6419Z", 'K'}, {"6630Z", 'K'}, {"6820A", 'L'}, {"6910Z", 'M'}, {"7500Z", 'M'},
        {"7711A", 'N'}, {"8299Z", 'N'}, {"8411Z", 'O'}, {"8510Z", 'P'}, {"8610Z", 'Q'}, {"8899B", 'Q'},
        {"9001Z", 'R'}, {"9329Z", 'R'}, {"9411Z", 'S'}, {"9609Z", 'S'}, {"9700Z", 'T'}, {"9820Z", 'T'},
        {"9900Z", 'U'},
    };
    for (const auto& [code, section] : cases) {
        INFO(code);
        CHECK(nafSection(code) == section);
    }
    CHECK_FALSE(nafSection("4000Z")); // no division 40
    CHECK_FALSE(nafSection("8900Z"));
    CHECK_FALSE(nafSection(""));
    CHECK_FALSE(nafSection("A1"));
}

TEST_CASE("regions from postal codes: Paris, Corsica, overseas", "[receivables][region]")
{
    CHECK(departmentOfPostalCode("75008") == "75");
    CHECK(regionOfDepartment("75") == "11");
    CHECK(regionName("11") == "Île-de-France");
    CHECK(departmentOfPostalCode("20000") == "2A");
    CHECK(departmentOfPostalCode("20199") == "2A");
    CHECK(departmentOfPostalCode("20200") == "2B");
    CHECK(regionOfDepartment("2A") == "94");
    CHECK(regionOfDepartment("2B") == "94");
    CHECK(regionName("94") == "Corse");
    CHECK(departmentOfPostalCode("97110") == "971");
    CHECK(regionOfDepartment("971") == "01");
    CHECK(regionName("01") == "Guadeloupe");
    CHECK(regionOfDepartment(*departmentOfPostalCode("97600")) == "06");
    CHECK(regionOfDepartment("13") == "93");
    CHECK(regionOfDepartment("69") == "84");
    CHECK_FALSE(regionOfDepartment("20"));
    CHECK_FALSE(regionOfDepartment("98"));
    CHECK_FALSE(departmentOfPostalCode("7500"));
    // Every metropolitan department has a region.
    for (int d = 1; d <= 95; ++d) {
        if (d == 20)
            continue;
        char code[4];
        std::snprintf(code, sizeof code, "%02d", d);
        INFO(code);
        CHECK(regionOfDepartment(code));
    }
}

TEST_CASE("size categories from headcount and turnover", "[receivables][size]")
{
    CHECK(sizeCategory(std::nullopt, std::nullopt) == "unknown");
    CHECK(sizeCategory(9, euros(2'000'000)) == "micro");
    CHECK(sizeCategory(std::nullopt, Money::fromCents(200'000'001)) == "pme"); // 2 000 000.01
    CHECK(sizeCategory(5, euros(3'000'000)) == "pme");                        // the larger wins
    CHECK(sizeCategory(300, std::nullopt) == "eti");
    CHECK(sizeCategory(5'000, euros(1)) == "ge");
}

TEST_CASE("late payers' profile by group", "[receivables][profile]")
{
    // PME: 2 000.00 outstanding, 250.00 overdue = 12.5 %; days to pay
    // (100 × 30 + 300 × 40) / 400 = 37.5; days late (100 × 5 − 300 × 1) / 400 = 0.5.
    const auto rows = latePayerProfile({{"PME", euros(1'000), euros(250), euros(100), 3'000, 500},
                                        {"PME", euros(1'000), Money(), euros(300), 4'000, -100},
                                        {"", Money(), Money(), Money(), 0, 0}});
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].group == "");
    CHECK_FALSE(rows[0].overdueShare);
    CHECK_FALSE(rows[0].daysToPay);
    CHECK(rows[1].group == "PME");
    CHECK(rows[1].clients == 2);
    CHECK(rows[1].overdueShare == 1'250);
    CHECK(rows[1].daysToPay == 3'750);
    CHECK(rows[1].daysLate == 50);
}
