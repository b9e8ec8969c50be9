// The checks of a statement against a small code table built here, and the mapping of
// the simplified regime onto normal codes. The real table is checked in
// tests/io/StatementReaderTest.cpp, which reads it from resources/liasse.

#include "risk/LiasseCodeTable.h"
#include "risk/StatementCheck.h"

#include "support/CatchCompat.h"
#include "support/TestPrinters.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::risk;

namespace {

struct Entry {
    const char* code;
    Regime regime;
    LiasseSection section;
    LiasseColumn column;
    bool required;
    std::vector<std::string> totalOf;
    const char* normal;
};

// Enough of both regimes for every check: the balance lines, a sum (FL), a
// difference (GG) and the simplified lines that map onto them.
LiasseCodeTable smallTable()
{
    using S = LiasseSection;
    using C = LiasseColumn;
    const Regime N = Regime::Normal;
    const Regime R = Regime::Simplified;
    const std::vector<Entry> entries{
        {"BK", N, S::Asset, C::Depreciation, false, {}, ""},
        {"CK", N, S::Asset, C::Depreciation, false, {}, ""},
        {"CO", N, S::Asset, C::Gross, true, {}, ""},
        {"1A", N, S::Asset, C::Depreciation, false, {"BK", "CK"}, ""},
        {"DL", N, S::Liability, C::Total, true, {}, ""},
        {"EE", N, S::Liability, C::Total, true, {}, ""},
        {"FC", N, S::Income, C::Total, false, {}, ""},
        {"FF", N, S::Income, C::Total, false, {}, ""},
        {"FI", N, S::Income, C::Total, false, {}, ""},
        {"FL", N, S::Income, C::Total, true, {"FC", "FF", "FI"}, ""},
        {"FR", N, S::Income, C::Total, false, {}, ""},
        {"GF", N, S::Expense, C::Total, false, {}, ""},
        {"GG", N, S::Result, C::Total, true, {"FR", "-GF"}, ""},
        {"HN", N, S::Result, C::Total, true, {}, ""},
        {"EH", N, S::Memo, C::Total, false, {}, ""},
        {"110", R, S::Asset, C::Gross, true, {}, "CO"},
        {"112", R, S::Asset, C::Depreciation, false, {}, "1A"},
        {"142", R, S::Liability, C::Total, true, {}, "DL"},
        {"180", R, S::Liability, C::Total, true, {}, "EE"},
        {"210", R, S::Income, C::Total, false, {}, "FC"},
        {"214", R, S::Income, C::Total, false, {}, "FF"},
        {"218", R, S::Income, C::Total, false, {}, "FI"},
        {"230", R, S::Income, C::Total, false, {}, ""},
        {"232", R, S::Income, C::Total, true, {}, "FR"},
        {"264", R, S::Expense, C::Total, false, {}, "GF"},
        {"270", R, S::Result, C::Total, true, {"232", "-264"}, "GG"},
        {"310", R, S::Result, C::Total, true, {}, "HN"},
    };
    LiasseCodeTable table;
    for (const Entry& e : entries) {
        LiasseCode c;
        c.code = e.code;
        c.form = e.regime == N ? "2050" : "2033-A";
        c.regime = e.regime;
        c.label = e.code;
        c.section = e.section;
        c.column = e.column;
        c.required = e.required;
        c.totalOf = e.totalOf;
        c.normal = e.normal;
        REQUIRE(table.add(std::move(c)).ok());
    }
    return table;
}

Money euros(const std::string& text)
{
    auto parsed = Money::parse(text);
    REQUIRE(parsed.ok());
    return *parsed;
}

// CO − 1A = EE, FL = FC + FF + FI, GG = FR − GF.
FinancialStatement balanced()
{
    FinancialStatement s;
    s.siren = "552100554";
    s.closingDate = *Date::fromYmd(2025, 12, 31);
    s.lines = {
        {"CO", euros("1 150,00")}, {"1A", euros("150,00")}, {"EE", euros("1 000,00")}, {"DL", euros("400,00")},
        {"FC", euros("100,00")},   {"FF", euros("0")},      {"FI", euros("900,00")},   {"FL", euros("1 000,00")},
        {"FR", euros("1 050,00")}, {"GF", euros("990,50")}, {"GG", euros("59,50")},    {"HN", euros("42,00")},
    };
    return s;
}

FinancialStatement simplified()
{
    FinancialStatement s;
    s.siren = "552100554";
    s.closingDate = *Date::fromYmd(2025, 12, 31);
    s.regime = Regime::Simplified;
    s.lines = {
        {"110", euros("1 150,00")}, {"112", euros("150,00")}, {"180", euros("1 000,00")}, {"142", euros("400,00")},
        {"210", euros("100,00")},   {"218", euros("900,00")}, {"232", euros("1 050,00")}, {"264", euros("990,50")},
        {"270", euros("59,50")},    {"310", euros("42,00")},
    };
    return s;
}

std::string describe(const std::vector<Error>& errors)
{
    std::string out;
    for (const Error& e : errors) {
        out += std::string(errorCodeName(e.code)) + " [" + e.where.field + "]";
        for (const std::string& a : e.args)
            out += " '" + a + "'";
        out += "\n";
    }
    return out;
}

} // namespace

TEST_CASE("a balanced statement passes every check", "[risk][statement]")
{
    const LiasseCodeTable table = smallTable();
    const auto errors = checkStatement(balanced(), table);
    INFO(describe(errors));
    CHECK(errors.empty());
    CHECK(checkStatement(simplified(), table).empty());
}

TEST_CASE("a code the table does not know for the regime is reported", "[risk][statement]")
{
    const LiasseCodeTable table = smallTable();
    FinancialStatement s = balanced();
    s.lines["ZZ"] = euros("1");
    s.lines["210"] = euros("1"); // a simplified code in a normal statement
    const auto errors = checkStatement(s, table);
    INFO(describe(errors));
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].code == ErrorCode::UnknownLineCode);
    CHECK(errors[0].where.field == "210");
    CHECK(errors[0].args == std::vector<std::string>{"210"});
    CHECK(errors[1].where.field == "ZZ");
}

TEST_CASE("every missing required code is reported", "[risk][statement]")
{
    const LiasseCodeTable table = smallTable();
    FinancialStatement s = balanced();
    s.lines.erase("HN");
    s.lines.erase("DL");
    const auto errors = checkStatement(s, table);
    INFO(describe(errors));
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].code == ErrorCode::MissingLine);
    CHECK(errors[0].where.field == "DL"); // in the order of the table
    CHECK(errors[0].args == std::vector<std::string>{"DL"});
    CHECK(errors[1].where.field == "HN");
}

TEST_CASE("assets that do not balance liabilities are reported with both amounts", "[risk][statement]")
{
    const LiasseCodeTable table = smallTable();
    FinancialStatement s = balanced();
    s.lines["CO"] = euros("1 140,00");
    auto errors = checkStatement(s, table);
    INFO(describe(errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == ErrorCode::Unbalanced);
    CHECK(errors[0].where.field == "EE");
    CHECK(errors[0].args == std::vector<std::string>{"EE", "1 000,00", "990,00", "CO - 1A"});

    SECTION("without 1A, the depreciation is BK + CK")
    {
        s.lines.erase("1A");
        s.lines["BK"] = euros("100,00");
        s.lines["CK"] = euros("60,00");
        errors = checkStatement(s, table);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].args == std::vector<std::string>{"EE", "1 000,00", "980,00", "CO - (BK + CK)"});
    }
    SECTION("without any depreciation, the asset total is read as net")
    {
        s.lines.erase("1A");
        s.lines["CO"] = euros("1 000,00");
        CHECK(checkStatement(s, table).empty());
        s.lines["CO"] = euros("-1 000,01");
        errors = checkStatement(s, table);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].args == std::vector<std::string>{"EE", "1 000,00", "-1 000,01", "CO"});
    }
}

TEST_CASE("the simplified regime balances 110 - 112 against 180", "[risk][statement]")
{
    const LiasseCodeTable table = smallTable();
    FinancialStatement s = simplified();
    s.lines["180"] = euros("1 000 000,00");
    const auto errors = checkStatement(s, table);
    INFO(describe(errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == ErrorCode::Unbalanced);
    CHECK(errors[0].where.field == "180");
    CHECK(errors[0].args == std::vector<std::string>{"180", "1 000 000,00", "1 000,00", "110 - 112"});
}

TEST_CASE("a total that does not add up is reported with its value and the sum", "[risk][statement]")
{
    const LiasseCodeTable table = smallTable();
    FinancialStatement s = balanced();
    s.lines["FI"] = euros("890,00");
    s.lines["GF"] = euros("990,49");
    const auto errors = checkStatement(s, table);
    INFO(describe(errors));
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].code == ErrorCode::TotalMismatch);
    CHECK(errors[0].where.field == "FL");
    CHECK(errors[0].args == std::vector<std::string>{"FL", "1 000,00", "990,00", "FC + FF + FI"});
    CHECK(errors[1].where.field == "GG");
    CHECK(errors[1].args == std::vector<std::string>{"GG", "59,50", "59,51", "FR - GF"});
}

TEST_CASE("a total with one of its lines absent is not checked", "[risk][statement]")
{
    // An absent line is unknown, not zero: FC + FI alone says nothing of FL.
    FinancialStatement s = balanced();
    s.lines.erase("FF");
    s.lines["FL"] = euros("5 000,00");
    CHECK(checkStatement(s, smallTable()).empty());
}

TEST_CASE("the duration of the fiscal year is 1 to 24 months", "[risk][statement]")
{
    const LiasseCodeTable table = smallTable();
    FinancialStatement s = balanced();
    for (const int months : {1, 12, 18, 24}) {
        s.months = months;
        CHECK(checkStatement(s, table).empty());
    }
    for (const int months : {0, 25, -3}) {
        s.months = months;
        const auto errors = checkStatement(s, table);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].code == ErrorCode::InvalidFormat);
        CHECK(errors[0].where.field == "months");
        CHECK(errors[0].args == std::vector<std::string>{std::to_string(months), "1", "24"});
    }
}

TEST_CASE("a simplified statement maps onto normal codes", "[risk][statement]")
{
    const LiasseCodeTable table = smallTable();
    FinancialStatement s = simplified();
    s.lines["230"] = euros("50,00"); // no normal equivalent: dropped
    s.lines["999"] = euros("1,00");  // unknown: dropped
    const FinancialStatement normal = toNormalCodes(s, table);

    CHECK(normal.regime == Regime::Normal);
    CHECK(normal.siren == s.siren);
    CHECK(normal.closingDate == s.closingDate);
    CHECK(normal.line("CO") == euros("1 150,00"));
    CHECK(normal.line("1A") == euros("150,00"));
    CHECK(normal.line("EE") == euros("1 000,00"));
    CHECK(normal.line("DL") == euros("400,00"));
    CHECK(normal.line("FC") == euros("100,00"));
    CHECK(normal.line("FI") == euros("900,00"));
    CHECK_FALSE(normal.has("FF"));
    // 2033-B has no turnover line: FL is derived, the absent FF counting as zero.
    CHECK(normal.line("FL") == euros("1 000,00"));
    CHECK(normal.line("GG") == euros("59,50"));
    CHECK(normal.line("HN") == euros("42,00"));
    CHECK(normal.lines.size() == 11);
    INFO(describe(checkStatement(normal, table)));
    CHECK(checkStatement(normal, table).empty());
}

TEST_CASE("a normal statement is returned unchanged by the mapping", "[risk][statement]")
{
    const FinancialStatement s = balanced();
    const FinancialStatement same = toNormalCodes(s, smallTable());
    CHECK(same.regime == Regime::Normal);
    CHECK(same.lines == s.lines);
}

TEST_CASE("the code table refuses duplicates and keeps each regime apart", "[risk][statement]")
{
    LiasseCodeTable table = smallTable();
    LiasseCode again;
    again.code = "FL";
    const auto added = table.add(again);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::DuplicateKey);
    CHECK(added.error().args == std::vector<std::string>{"FL", "normal"});

    REQUIRE(table.find("FL", Regime::Normal));
    CHECK(table.find("FL", Regime::Normal)->totalOf == std::vector<std::string>{"FC", "FF", "FI"});
    CHECK_FALSE(table.find("FL", Regime::Simplified));
    CHECK(table.find("210", Regime::Simplified)->normal == "FC");
    CHECK(table.all(Regime::Simplified).size() == 12);

    std::vector<std::string> required;
    for (const LiasseCode* c : table.required(Regime::Normal))
        required.push_back(c->code);
    CHECK(required == std::vector<std::string>{"CO", "DL", "EE", "FL", "GG", "HN"});

    const LiasseCodeTable copy = table; // copies look up their own entries
    CHECK(copy.find("GG", Regime::Normal) != table.find("GG", Regime::Normal));
    CHECK(copy.find("GG", Regime::Normal)->code == "GG");
}

TEST_CASE("the code table reports totals and equivalents that name no code", "[risk][statement]")
{
    LiasseCodeTable table = smallTable();
    CHECK(table.validate().empty());
    LiasseCode broken;
    broken.code = "999";
    broken.regime = Regime::Simplified;
    broken.totalOf = {"210", "-FL"};
    broken.normal = "QQ";
    REQUIRE(table.add(broken).ok());
    const auto errors = table.validate();
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].args == std::vector<std::string>{"FL", "total_of"});
    CHECK(errors[0].where.field == "999");
    CHECK(errors[1].args == std::vector<std::string>{"QQ", "normal"});
}

TEST_CASE("total terms carry their sign", "[risk][statement]")
{
    CHECK(parseTotalTerm("-GF").code == "GF");
    CHECK(parseTotalTerm("-GF").sign == -1);
    CHECK(parseTotalTerm("FR").sign == 1);
    CHECK(parseTotalTerm("+FR").code == "FR");
}

TEST_CASE("amounts in messages are written the French way", "[risk][statement]")
{
    CHECK(frenchAmount(Money()) == "0,00");
    CHECK(frenchAmount(Money::fromCents(5)) == "0,05");
    CHECK(frenchAmount(Money::fromCents(-123456)) == "-1 234,56");
    CHECK(frenchAmount(Money::fromEuros(1000000)) == "1 000 000,00");
    CHECK(frenchAmount(Money::fromCents(99999)) == "999,99");
    CHECK(frenchAmount(Money::fromCents(std::numeric_limits<std::int64_t>::min()))
          == "-92 233 720 368 547 758,08");
}

TEST_CASE("section and column names round-trip", "[risk][statement]")
{
    for (const auto s : {LiasseSection::Income, LiasseSection::Expense, LiasseSection::Asset, LiasseSection::Liability,
                         LiasseSection::Memo, LiasseSection::Result})
        CHECK(liasseSectionFromCode(toCode(s)) == s);
    for (const auto c : {LiasseColumn::Gross, LiasseColumn::Depreciation, LiasseColumn::Net, LiasseColumn::Total,
                         LiasseColumn::France, LiasseColumn::Export})
        CHECK(liasseColumnFromCode(toCode(c)) == c);
    CHECK_FALSE(liasseSectionFromCode("actif"));
    CHECK_FALSE(liasseColumnFromCode("brut"));
}
