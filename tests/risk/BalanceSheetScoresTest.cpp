#include "risk/BalanceSheetScores.h"
#include "support/CatchCompat.h"

using namespace pc::core;
using namespace pc::risk;
using Catch::Matchers::WithinAbs;

namespace {

Money eur(std::int64_t euros)
{
    return Money::fromEuros(euros);
}

// Z-1 of RULES.md §1.1 (exinfm.com): TA 1000, RE 400, EBIT 50, sales 1500, MVE 600,
// BV debt 700, WC 100 (500 - 400); book equity 600 for Z', Z'' and EM.
ScoreInputs z1Inputs()
{
    ScoreInputs in;
    in.totalAssets = eur(1000);
    in.currentAssets = eur(500);
    in.currentLiabilities = eur(400);
    in.retainedEarnings = eur(400);
    in.ebit = eur(50);
    in.sales = eur(1500);
    in.marketValueOfEquity = eur(600);
    in.bookEquity = eur(600);
    in.totalLiabilities = eur(700);
    return in;
}

// CH-1 of RULES.md §1.5.
ScoreInputs ch1Inputs()
{
    ScoreInputs in;
    in.totalAssets = eur(1000);
    in.totalDebts = eur(670);
    in.caHt = eur(2000);
    in.valeurAjoutee = eur(400);
    in.ebe = eur(120);
    in.capitauxPermanents = eur(600);
    in.realisableDisponible = eur(350); // trésorerie 50 + clients 300
    in.fraisFinanciers = eur(20);
    in.fraisPersonnel = eur(250);
    return in;
}

// A consistent normal-regime statement (euros); the expected inputs are worked out
// by hand in the comments.
FinancialStatement handBuiltStatement()
{
    FinancialStatement s;
    s.siren = "356000000";
    s.closingDate = *Date::fromYmd(2025, 12, 31);
    s.lines = {
        // 2050: net fixed assets 300,000.
        {"BJ", eur(500'000)}, {"BK", eur(200'000)},
        // Stocks: 60,000 - 5,000 + 40,000 (BU blank) = 95,000 net.
        {"BL", eur(60'000)}, {"BM", eur(5'000)}, {"BT", eur(40'000)},
        {"BX", eur(250'000)}, {"BY", eur(10'000)}, {"BZ", eur(20'000)},
        {"CD", eur(15'000)}, {"CF", eur(30'000)}, {"CH", eur(5'000)},
        // CJ = 420,000 gross, CK = 15,000: 405,000 net current assets.
        {"CJ", eur(420'000)}, {"CK", eur(15'000)},
        // 2051: DL = 100 + 10 + 90 - 5 + 25 = 220,000 (DE, DF blank).
        {"DA", eur(100'000)}, {"DD", eur(10'000)}, {"DG", eur(90'000)}, {"DH", eur(-5'000)},
        {"DI", eur(25'000)}, {"DL", eur(220'000)},
        {"DN", eur(30'000)}, {"DO", eur(30'000)}, {"DP", eur(15'000)}, {"DR", eur(15'000)},
        {"DU", eur(200'000)}, {"EH", eur(20'000)}, {"DV", eur(40'000)},
        {"DX", eur(120'000)}, {"DY", eur(60'000)}, {"EA", eur(10'000)}, {"EB", eur(10'000)},
        {"EC", eur(440'000)}, {"EE", eur(705'000)},
        // 2052: FL = FC + FF (FI blank).
        {"FC", eur(300'000)}, {"FF", eur(900'000)}, {"FL", eur(1'200'000)},
        {"FM", eur(10'000)}, {"FO", eur(5'000)},
        {"FS", eur(180'000)}, {"FT", eur(-10'000)}, {"FU", eur(350'000)}, {"FV", eur(5'000)},
        {"FW", eur(150'000)}, {"FX", eur(20'000)}, {"FY", eur(200'000)}, {"FZ", eur(90'000)},
        {"GA", eur(30'000)}, {"GG", eur(200'000)},
        {"GQ", eur(1'000)}, {"GR", eur(12'000)}, {"GU", eur(13'000)},
    };
    return s;
}

ScoreInputs mapped(const FinancialStatement& s)
{
    const auto in = scoreInputsFrom(s);
    REQUIRE(in.ok());
    return in.value();
}

} // namespace

// ---------------------------------------------------------------------------------
// Altman worked examples (RULES.md §1.1 to §1.3)
// ---------------------------------------------------------------------------------

TEST_CASE("Z-1: Altman Z with Altman's 0.999 coefficient on X5", "[risk][scores]")
{
    const ScoreResult z = altmanZ(z1Inputs());
    REQUIRE(z.ok());
    CHECK(z.name == "altman_z");
    CHECK_THAT(*z.value, WithinAbs(2.8578, 5e-5));
    // The common 1.0 coefficient would give 2.8593: the difference is 0.001 × X5.
    CHECK_THAT(*z.value + 0.001 * 1.5, WithinAbs(2.8593, 5e-5));
    CHECK(z.zone == "grey");
    // Published components .120 / .560 / .165 / .514 / 1.499.
    CHECK_THAT(*z.component("contribution_X1"), WithinAbs(0.120, 5e-4));
    CHECK_THAT(*z.component("contribution_X2"), WithinAbs(0.560, 5e-4));
    CHECK_THAT(*z.component("contribution_X3"), WithinAbs(0.165, 5e-4));
    CHECK_THAT(*z.component("contribution_X4"), WithinAbs(0.514, 5e-4));
    CHECK_THAT(*z.component("contribution_X5"), WithinAbs(1.4985, 1e-12)); // printed rounded up: 1.499
    CHECK_THAT(*z.component("X4"), WithinAbs(600.0 / 700.0, 1e-12));
}

TEST_CASE("Z-2 and Z-3: Altman Z from the variables, rounded to 2 decimals", "[risk][scores]")
{
    const ScoreResult z2 = altmanZ(AltmanVariables{0.2, 0.0, -0.20, 0.10, 2.0});
    CHECK_THAT(*z2.value, WithinAbs(1.64, 0.005));
    CHECK(z2.zone == "distress");
    const ScoreResult z3 = altmanZ(AltmanVariables{0.3, 0.0, -0.30, 0.15, 2.1});
    CHECK_THAT(*z3.value, WithinAbs(1.56, 0.005));
    CHECK(z3.zone == "distress");
}

TEST_CASE("Z-4: Altman Z, distress", "[risk][scores]")
{
    ScoreInputs in;
    in.totalAssets = eur(620'000);
    in.currentAssets = eur(290'000);
    in.currentLiabilities = eur(200'000); // WC 90,000
    in.retainedEarnings = eur(30'000);
    in.ebit = eur(55'000);
    in.marketValueOfEquity = eur(100'000);
    in.totalLiabilities = eur(280'000);
    in.sales = eur(440'000);
    const ScoreResult z = altmanZ(in);
    REQUIRE(z.ok());
    // RULES.md gives 1.4586, computed with 1.0 on X5; with 0.999 it is 0.001 × X5 lower.
    CHECK_THAT(*z.value, WithinAbs(1.4586 - 0.001 * 440.0 / 620.0, 5e-5));
    CHECK_THAT(*z.value, WithinAbs(1.4579, 5e-5));
    CHECK(z.zone == "distress");
}

TEST_CASE("Z'-1: Altman Z' (private firms) on the Z-1 inputs with book equity", "[risk][scores]")
{
    const ScoreResult z = altmanZPrime(z1Inputs());
    REQUIRE(z.ok());
    CHECK_THAT(*z.value, WithinAbs(2.42285, 1e-9));
    CHECK(z.zone == "grey");
}

TEST_CASE("Z''-1: Altman Z'' and the EM score, each on its own scale", "[risk][scores]")
{
    ScoreInputs in;
    in.totalAssets = eur(1000);
    in.currentAssets = eur(600);
    in.currentLiabilities = eur(400);
    in.retainedEarnings = eur(80);
    in.ebit = eur(60);
    in.bookEquity = eur(330);
    in.totalLiabilities = eur(670);

    const ScoreResult z = altmanZDoublePrime(in);
    REQUIRE(z.ok());
    CHECK_THAT(*z.value, WithinAbs(2.49316, 5e-6));
    CHECK(z.zone == "grey");
    CHECK(z.rating.empty());
    CHECK_FALSE(z.component("X5"));

    const ScoreResult em = altmanEmScore(in);
    REQUIRE(em.ok());
    CHECK(em.name == "altman_em");
    CHECK_THAT(*em.value, WithinAbs(5.74316, 5e-6));
    CHECK(em.zone == "grey"); // 4.35 <= 5.743 <= 5.85, not "safe" as the 2.60 cut would say
    CHECK(em.rating == "BBB-");
}

TEST_CASE("Z''-1 on the Z-1 inputs: Z'' 3.196, EMS 6.446", "[risk][scores]")
{
    const ScoreResult z = altmanZDoublePrime(z1Inputs());
    CHECK_THAT(*z.value, WithinAbs(3.196, 1e-9));
    CHECK(z.zone == "safe");
    const ScoreResult em = altmanEmScore(z1Inputs());
    CHECK_THAT(*em.value, WithinAbs(6.446, 1e-9));
    CHECK(em.zone == "safe");
    CHECK(em.rating == "A-");
}

TEST_CASE("Altman zone boundaries belong to the grey zone", "[risk][scores]")
{
    CHECK(altmanZone(1.8099, kAltmanZCuts) == "distress");
    CHECK(altmanZone(1.81, kAltmanZCuts) == "grey");
    CHECK(altmanZone(2.99, kAltmanZCuts) == "grey");
    CHECK(altmanZone(2.9901, kAltmanZCuts) == "safe");
    CHECK(altmanZone(1.2299, kAltmanZPrimeCuts) == "distress");
    CHECK(altmanZone(1.23, kAltmanZPrimeCuts) == "grey");
    CHECK(altmanZone(2.90, kAltmanZPrimeCuts) == "grey");
    CHECK(altmanZone(2.9001, kAltmanZPrimeCuts) == "safe");
    CHECK(altmanZone(1.0999, kAltmanZDoublePrimeCuts) == "distress");
    CHECK(altmanZone(1.10, kAltmanZDoublePrimeCuts) == "grey");
    CHECK(altmanZone(2.60, kAltmanZDoublePrimeCuts) == "grey");
    CHECK(altmanZone(2.6001, kAltmanZDoublePrimeCuts) == "safe");
    CHECK(altmanZone(4.3499, kAltmanEmCuts) == "distress");
    CHECK(altmanZone(4.35, kAltmanEmCuts) == "grey");
    CHECK(altmanZone(5.85, kAltmanEmCuts) == "grey");
    CHECK(altmanZone(5.8501, kAltmanEmCuts) == "safe");
}

TEST_CASE("the EM score is never read with the Z'' cuts", "[risk][scores]")
{
    // Z'' = 6.56 × 0.1 + 1.05 × 0.1 = 0.761: distress; EMS = 4.011: distress too,
    // although 4.011 > 2.60 would read "safe" on the Z'' cuts.
    const AltmanVariables x{0.1, 0.0, 0.0, 0.1, 0.0};
    CHECK(altmanZDoublePrime(x).zone == "distress");
    const ScoreResult em = altmanEmScore(x);
    CHECK_THAT(*em.value, WithinAbs(0.761 + 3.25, 1e-12));
    CHECK(em.zone == "distress");
    CHECK(em.rating == "B-");
}

TEST_CASE("EM bond-rating equivalents (Altman 2005 table)", "[risk][scores]")
{
    CHECK(emRating(9.0) == "AAA");
    CHECK(emRating(8.15) == "AAA");
    CHECK(emRating(8.1499) == "AA+");
    CHECK(emRating(7.30) == "AA");
    CHECK(emRating(7.00) == "AA-");
    CHECK(emRating(6.85) == "A+");
    CHECK(emRating(6.65) == "A");
    CHECK(emRating(6.446) == "A-");
    CHECK(emRating(6.25) == "BBB+");
    CHECK(emRating(5.85) == "BBB");
    CHECK(emRating(5.8499) == "BBB-");
    CHECK(emRating(5.25) == "BB+");
    CHECK(emRating(4.95) == "BB");
    CHECK(emRating(4.75) == "BB-");
    CHECK(emRating(4.50) == "B+");
    CHECK(emRating(4.15) == "B");
    CHECK(emRating(3.75) == "B-");
    CHECK(emRating(3.20) == "CCC+");
    CHECK(emRating(2.50) == "CCC");
    CHECK(emRating(1.75) == "CCC-");
    CHECK(emRating(1.7499) == "D");
    CHECK(emRating(0.0) == "D");
    CHECK(emRating(-2.0) == "D");
}

// ---------------------------------------------------------------------------------
// Conan & Holder (RULES.md §1.5)
// ---------------------------------------------------------------------------------

TEST_CASE("CH-1: Conan & Holder on the decimal scale, just under 0.16", "[risk][scores]")
{
    const ScoreResult ch = conanHolder(ch1Inputs());
    REQUIRE(ch.ok());
    CHECK(ch.name == "conan_holder");
    CHECK_THAT(*ch.value, WithinAbs(0.159785, 5e-7));
    CHECK(ch.zone == "good");
    CHECK(ch.defaultProbability == "10-30%");
    CHECK_THAT(*ch.component("R1"), WithinAbs(120.0 / 670.0, 1e-12));
    CHECK_THAT(*ch.component("R2"), WithinAbs(0.60, 1e-12));
    CHECK_THAT(*ch.component("R3"), WithinAbs(0.35, 1e-12));
    CHECK_THAT(*ch.component("R4"), WithinAbs(0.01, 1e-12));
    CHECK_THAT(*ch.component("R5"), WithinAbs(0.625, 1e-12));
}

TEST_CASE("Conan & Holder from the ratios", "[risk][scores]")
{
    const ScoreResult ch = conanHolder(ConanHolderRatios{120.0 / 670.0, 0.60, 0.35, 0.01, 0.625});
    CHECK_THAT(*ch.value, WithinAbs(0.159785, 5e-7));
    CHECK_THAT(*ch.component("contribution_R4"), WithinAbs(-0.0087, 1e-12));
}

TEST_CASE("Conan & Holder bands on the decimal scale", "[risk][scores]")
{
    CHECK(conanHolderBand(0.25) == "very_good");
    CHECK(conanHolderBand(0.16) == "very_good");
    CHECK(conanHolderBand(0.159785) == "good");
    CHECK(conanHolderBand(0.09) == "good");
    CHECK(conanHolderBand(0.0899) == "alert");
    CHECK(conanHolderBand(0.04) == "alert");
    CHECK(conanHolderBand(0.0399) == "danger");
    CHECK(conanHolderBand(-0.05) == "danger");
    CHECK(conanHolderDefaultProbability("very_good") == "<10%");
    CHECK(conanHolderDefaultProbability("good") == "10-30%");
    CHECK(conanHolderDefaultProbability("alert") == "30-65%");
    CHECK(conanHolderDefaultProbability("danger") == ">65%");
    CHECK(conanHolderDefaultProbability("safe").empty());
}

// ---------------------------------------------------------------------------------
// Liasse mapping (RULES.md §1.4 and §2.2)
// ---------------------------------------------------------------------------------

TEST_CASE("score inputs from a hand-built normal-regime statement", "[risk][scores]")
{
    const ScoreInputs in = mapped(handBuiltStatement());
    CHECK(in.missingLines.empty());
    CHECK(in.totalAssets == eur(705'000));
    CHECK(in.currentAssets == eur(405'000));
    // DX 120 + DY 60 + EA 10 + EB 10 + EH 20 (DW, DZ blank).
    CHECK(in.currentLiabilities == eur(220'000));
    // DD 10 + DG 90 + DH -5 (DE, DF blank = 0); DI is not retained yet.
    CHECK(in.retainedEarnings == eur(95'000));
    CHECK(in.ebit == eur(200'000));
    CHECK(in.sales == eur(1'200'000));
    CHECK(in.bookEquity == eur(250'000));        // DL + DO
    CHECK(in.totalLiabilities == eur(455'000));  // EE - DL - DO = DR + EC
    CHECK_FALSE(in.marketValueOfEquity);
    // VA = (300 - 180 + 10) + (900 + 10) - (350 + 5 + 150) = 535; EBE = 535 + 5 - 20 - 290.
    CHECK(in.valeurAjoutee == eur(535'000));
    CHECK(in.ebe == eur(230'000));
    CHECK(in.totalDebts == eur(440'000));
    CHECK(in.capitauxPermanents == eur(485'000)); // 220 + 30 + 15 + 200 + 40 - 20
    CHECK(in.realisableDisponible == eur(310'000)); // 405 - 95 of net stocks
    CHECK(in.fraisFinanciers == eur(12'000));     // GR, not GU
    CHECK(in.caHt == eur(1'200'000));
    CHECK(in.fraisPersonnel == eur(290'000));
}

TEST_CASE("scores of a mapped statement equal the scores of its hand-computed ratios", "[risk][scores]")
{
    const ScoreInputs in = mapped(handBuiltStatement());
    const AltmanVariables x{185.0 / 705, 95.0 / 705, 200.0 / 705, 250.0 / 455, 1200.0 / 705};
    CHECK_THAT(*altmanZPrime(in).value, WithinAbs(*altmanZPrime(x).value, 1e-12));
    CHECK_THAT(*altmanZDoublePrime(in).value, WithinAbs(*altmanZDoublePrime(x).value, 1e-12));
    CHECK_THAT(*altmanEmScore(in).value, WithinAbs(*altmanEmScore(x).value, 1e-12));
    const ConanHolderRatios r{230.0 / 440, 485.0 / 705, 310.0 / 705, 12.0 / 1200, 290.0 / 535};
    CHECK_THAT(*conanHolder(in).value, WithinAbs(*conanHolder(r).value, 1e-12));

    const std::vector<ScoreResult> all = allScores(in);
    REQUIRE(all.size() == 5);
    CHECK(all[0].error == "needs_market_value");
    for (std::size_t i = 1; i < all.size(); ++i)
        CHECK(all[i].ok());
}

TEST_CASE("a missing key total names the line in the scores that need it", "[risk][scores]")
{
    FinancialStatement s = handBuiltStatement();
    s.lines.erase("EE");
    ScoreInputs in = mapped(s);
    CHECK_FALSE(in.totalAssets);
    CHECK_FALSE(in.totalLiabilities);
    CHECK(in.missingLines.at(score_input::totalAssets) == "EE");
    CHECK(altmanZPrime(in).error == "missing_line:EE");
    CHECK_FALSE(altmanZPrime(in).value);
    CHECK(altmanZDoublePrime(in).error == "missing_line:EE");
    CHECK(conanHolder(in).error == "missing_line:EE"); // R2 = capitaux permanents / EE
    in.marketValueOfEquity = eur(1'000'000);
    CHECK(altmanZ(in).error == "missing_line:EE");

    s = handBuiltStatement();
    s.lines.erase("GG");
    in = mapped(s);
    CHECK(altmanZPrime(in).error == "missing_line:GG");
    CHECK(conanHolder(in).ok()); // Conan & Holder does not read the EBIT

    s = handBuiltStatement();
    s.lines.erase("DL");
    in = mapped(s);
    CHECK(in.missingLines.at(score_input::retainedEarnings) == "DL");
    CHECK(in.missingLines.at(score_input::totalLiabilities) == "DL");
    CHECK(altmanZPrime(in).error == "missing_line:DL");

    s = handBuiltStatement();
    s.lines.erase("CJ");
    in = mapped(s);
    CHECK(altmanZDoublePrime(in).error == "missing_line:CJ");
    CHECK(conanHolder(in).error == "missing_line:CJ");
}

TEST_CASE("a blank detail line is zero, a blank sales split is not", "[risk][scores]")
{
    FinancialStatement s = handBuiltStatement();
    s.lines.erase("DD");
    CHECK(mapped(s).retainedEarnings == eur(85'000));

    s = handBuiltStatement();
    s.lines.erase("FC");
    s.lines.erase("FF");
    const ScoreInputs in = mapped(s);
    CHECK_FALSE(in.valeurAjoutee);
    CHECK_FALSE(in.ebe);
    CHECK(in.missingLines.at(score_input::valeurAjoutee) == "FC|FF|FI");
    CHECK(conanHolder(in).error == "missing_line:FC|FF|FI");
    CHECK(in.fraisPersonnel == eur(290'000));
}

TEST_CASE("an empty statement gives no score and no zero", "[risk][scores]")
{
    const ScoreInputs in = mapped(FinancialStatement{});
    for (const ScoreResult& r : allScores(in)) {
        CHECK_FALSE(r.value);
        CHECK_FALSE(r.error.empty());
        CHECK(r.zone.empty());
    }
    CHECK(altmanZPrime(in).error == "missing_line:CJ"); // X1 is read first
    CHECK(conanHolder(in).error == "missing_line:FL");  // R1 = EBE / EC, EBE needs FL
}

TEST_CASE("the simplified regime is refused by the mapping", "[risk][scores]")
{
    FinancialStatement s;
    s.regime = Regime::Simplified;
    const auto in = scoreInputsFrom(s);
    REQUIRE_FALSE(in.ok());
    CHECK(in.error().code == ErrorCode::UnknownValue);
    CHECK(in.error().arg(0) == "simplified");
    CHECK(in.error().where.field == "regime");
}

TEST_CASE("Altman Z needs the market value of equity", "[risk][scores]")
{
    ScoreInputs in = z1Inputs();
    in.marketValueOfEquity.reset();
    const ScoreResult z = altmanZ(in);
    CHECK(z.error == "needs_market_value");
    CHECK_FALSE(z.value);
    CHECK(altmanZPrime(in).ok());
}

TEST_CASE("inputs left empty by hand and bad denominators are named", "[risk][scores]")
{
    ScoreInputs in = z1Inputs();
    in.ebit.reset();
    CHECK(altmanZPrime(in).error == "missing_input:ebit");

    in = z1Inputs();
    in.sales.reset();
    CHECK(altmanZPrime(in).error == "missing_input:sales");
    CHECK(altmanZDoublePrime(in).ok()); // Z'' has no X5

    in = z1Inputs();
    in.totalLiabilities = eur(0);
    CHECK(altmanZPrime(in).error == "zero_denominator:total_liabilities");
    CHECK(altmanEmScore(in).error == "zero_denominator:total_liabilities");

    ScoreInputs ch = ch1Inputs();
    ch.valeurAjoutee = eur(-10);
    CHECK(conanHolder(ch).error == "negative_denominator:valeur_ajoutee");
    ch = ch1Inputs();
    ch.totalDebts = eur(0);
    CHECK(conanHolder(ch).error == "zero_denominator:total_debts");
}
