#include "risk/FinancialStatement.h"
#include "support/CatchCompat.h"

using namespace pc::core;
using namespace pc::risk;

TEST_CASE("a statement tells an absent line from a zero one", "[risk][statement]")
{
    FinancialStatement s;
    s.closingDate = *Date::fromYmd(2025, 12, 31);
    s.lines["FL"] = Money::fromEuros(0);
    REQUIRE(s.line("FL"));
    CHECK(s.line("FL")->isZero());
    CHECK_FALSE(s.line("HN"));
    CHECK(s.fiscalYear() == 2025);
}

TEST_CASE("regime codes round-trip", "[risk][statement]")
{
    CHECK(regimeFromCode(toCode(Regime::Normal)) == Regime::Normal);
    CHECK(regimeFromCode(toCode(Regime::Simplified)) == Regime::Simplified);
    CHECK_FALSE(regimeFromCode("réel"));
}
