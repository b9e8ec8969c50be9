// Ratios checked on a statement computed by hand (the arithmetic is in the comments).

#include "risk/Ratios.h"
#include "support/CatchCompat.h"

using namespace pc::core;
using namespace pc::risk;
using Catch::Detail::Approx;

namespace {

FinancialStatement statement(int year, std::map<std::string, std::int64_t> euros)
{
    FinancialStatement s;
    s.siren = "552100554";
    s.closingDate = *Date::fromYmd(year, 12, 31);
    for (const auto& [code, amount] : euros)
        s.lines[code] = Money::fromEuros(amount);
    return s;
}

// Net assets 300 000 fixed + 405 000 current = 705 000 = liabilities.
FinancialStatement year2025()
{
    return statement(2025, {
        {"BJ", 500'000}, {"BK", 200'000},
        {"BL", 40'000}, {"BT", 20'000}, {"BU", 5'000}, {"BX", 240'000}, {"BZ", 30'000},
        {"CD", 10'000}, {"CF", 65'000}, {"CH", 5'000}, {"CJ", 410'000}, {"CK", 5'000},
        {"DA", 100'000}, {"DD", 10'000}, {"DH", 3'000}, {"DI", 87'000}, {"DL", 200'000}, {"DR", 5'000},
        {"DU", 150'000}, {"EH", 20'000}, {"DX", 180'000}, {"DY", 120'000}, {"EA", 50'000}, {"EC", 500'000},
        {"EE", 705'000},
        {"FC", 200'000}, {"FI", 1'000'000}, {"FL", 1'200'000}, {"FS", 120'000}, {"FT", -10'000},
        {"FW", 300'000}, {"FO", 10'000}, {"FX", 20'000}, {"FY", 450'000}, {"FZ", 180'000},
        {"FP", 5'000}, {"GA", 40'000}, {"GG", 115'000}, {"GR", 8'000}, {"GU", 8'000}, {"HK", 20'000},
        {"HN", 87'000}, {"HP", 12'000},
    });
}

FinancialStatement year2024()
{
    return statement(2024, {
        {"BJ", 450'000}, {"CJ", 380'000}, {"DA", 100'000}, {"DD", 5'000}, {"DL", 121'000}, {"DU", 120'000},
        {"EH", 10'000}, {"EC", 480'000}, {"EE", 601'000}, {"FL", 1'000'000}, {"GG", 40'000}, {"HN", 16'000},
    });
}

double number(const YearRatios& y, const std::string& key)
{
    const RatioValue* r = y.find(key);
    REQUIRE(r != nullptr);
    INFO(key << ": " << r->error);
    REQUIRE(r->ok());
    return *r->number();
}

Money money(const YearRatios& y, const std::string& key)
{
    const RatioValue* r = y.find(key);
    REQUIRE(r != nullptr);
    INFO(key << ": " << r->error);
    REQUIRE(r->amount);
    return *r->amount;
}

} // namespace

TEST_CASE("ratios of a hand-computed statement", "[risk][ratios]")
{
    const FinancialStatement previous = year2024();
    const YearRatios y = computeRatios(year2025(), &previous);

    CHECK(money(y, "turnover") == Money::fromEuros(1'200'000));
    // Commercial margin 200 000 − (120 000 − 10 000) = 90 000, 45 % of goods sold.
    CHECK(money(y, "gross_margin") == Money::fromEuros(90'000));
    CHECK(number(y, "gross_margin_rate") == Approx(45.0));
    // VA 90 000 + 1 000 000 − 300 000; EBE = VA + 10 000 − (20 000 + 450 000 + 180 000).
    CHECK(money(y, "value_added") == Money::fromEuros(790'000));
    CHECK(money(y, "ebe") == Money::fromEuros(150'000));
    CHECK(number(y, "ebe_margin") == Approx(12.5));
    CHECK(number(y, "net_margin") == Approx(7.25));
    // CAF = 87 000 + 40 000 − 5 000.
    CHECK(money(y, "caf") == Money::fromEuros(122'000));
    // FRNG = (200 000 + 5 000 + 150 000 − 20 000) − 300 000.
    CHECK(money(y, "frng") == Money::fromEuros(35'000));
    // BFR = (55 000 + 240 000 + 30 000 + 5 000) − 350 000.
    CHECK(money(y, "bfr") == Money::fromEuros(-20'000));
    // Net cash = 10 000 + 65 000 − 20 000 = FRNG − BFR.
    CHECK(money(y, "net_cash") == Money::fromEuros(55'000));
    CHECK(money(y, "net_cash") == money(y, "frng") - money(y, "bfr"));
    CHECK(number(y, "bfr_days") == Approx(-20'000.0 / 1'200'000 * 365));
    CHECK(number(y, "client_days") == Approx(240'000.0 / 1'440'000 * 365));
    CHECK(number(y, "supplier_days") == Approx(180'000.0 / 504'000 * 365));
    CHECK(number(y, "stock_days") == Approx(55'000.0 / 1'200'000 * 365));
    CHECK(money(y, "marketable_securities") == Money::fromEuros(10'000));
    CHECK(number(y, "other_receivables_share") == Approx(30'000.0 / 705'000 * 100));
    CHECK(number(y, "financial_autonomy") == Approx(200'000.0 / 705'000 * 100));
    CHECK(number(y, "repayment_capacity") == Approx(150'000.0 / 122'000));
    CHECK(money(y, "equity_capital") == Money::fromEuros(100'000));
    CHECK(money(y, "equity_reserves") == Money::fromEuros(13'000));
    CHECK(money(y, "equity_result") == Money::fromEuros(87'000));

    // Against 2024: sales +20 %; reserves 5 000 → 13 000 out of a 16 000 profit.
    CHECK(number(y, "turnover_growth") == Approx(20.0));
    CHECK(number(y, "retained_share") == Approx(50.0));
    CHECK(money(y, "investment") == Money::fromEuros(50'000));
    CHECK(money(y, "investment_by_debt") == Money::fromEuros(20'000));
    CHECK(money(y, "investment_by_equity") == Money::fromEuros(0));
    CHECK(money(y, "investment_by_leasing") == Money::fromEuros(12'000));
    CHECK(y.flags.empty());
}

TEST_CASE("a ratio that cannot be computed says why", "[risk][ratios]")
{
    SECTION("no previous year")
    {
        const YearRatios y = computeRatios(year2025(), nullptr);
        CHECK(y.find("turnover_growth")->error == "no_previous_year");
        CHECK_FALSE(y.find("turnover_growth")->number());
    }
    SECTION("years of different lengths are not compared")
    {
        FinancialStatement previous = year2024();
        previous.months = 18;
        CHECK(computeRatios(year2025(), &previous).find("turnover_growth")->error == "different_durations");
    }
    SECTION("a missing key total")
    {
        FinancialStatement s = year2025();
        s.lines.erase("FL");
        const YearRatios y = computeRatios(s, nullptr);
        CHECK(y.find("turnover")->error == "missing_line:FL");
        CHECK(y.find("ebe_margin")->error == "missing_line:FL");
        CHECK(y.find("financial_autonomy")->ok());
    }
    SECTION("zero sales")
    {
        FinancialStatement s = year2025();
        s.lines["FL"] = Money();
        CHECK(computeRatios(s, nullptr).find("ebe_margin")->error == "zero_denominator");
    }
    SECTION("a negative CAF gives no repayment capacity")
    {
        FinancialStatement s = year2025();
        s.lines["HN"] = Money::fromEuros(-200'000);
        CHECK(computeRatios(s, nullptr).find("repayment_capacity")->error == "negative_caf");
    }
}

TEST_CASE("flags point at what a credit manager must look at", "[risk][ratios]")
{
    FinancialStatement s = year2025();
    s.lines["BZ"] = Money::fromEuros(150'000);   // 21 % of total assets
    s.lines["DL"] = Money::fromEuros(-10'000);
    s.lines["HN"] = Money::fromEuros(-50'000);
    s.lines["CF"] = Money::fromEuros(0);
    const YearRatios y = computeRatios(s, nullptr);
    for (const char* flag : {"factoring_hint", "negative_equity", "loss", "negative_net_cash"})
        CHECK(std::find(y.flags.begin(), y.flags.end(), flag) != y.flags.end());
}

TEST_CASE("the series sorts years and compares each with the one before", "[risk][ratios]")
{
    const auto series = computeRatioSeries({year2025(), year2024()});
    REQUIRE(series.size() == 2);
    CHECK(series[0].fiscalYear == 2024);
    CHECK(series[0].find("turnover_growth")->error == "no_previous_year");
    CHECK(series[1].find("turnover_growth")->value == Approx(20.0));
    CHECK(ratioKeys().size() == series[1].ratios.size());
}
