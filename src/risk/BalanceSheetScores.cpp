#include "risk/BalanceSheetScores.h"

#include <array>
#include <initializer_list>

namespace pc::risk {

using core::Money;

namespace {

// ---------------------------------------------------------------------------------
// From liasse lines to amounts
// ---------------------------------------------------------------------------------

struct Line {
    const char* code;
    int sign; // +1 or -1
};

// How one input amount is built: the key totals that must be on the statement (a
// form without them was not filed, so its blank lines are not zeros), then the signed
// lines summed, a blank detail line counting as 0.
struct Recipe {
    std::vector<const char*> required;
    std::vector<Line> lines;
    bool needsSalesSplit = false; // see salesSplitMissing
};

std::vector<Line> operator+(std::vector<Line> a, const std::vector<Line>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

// Net stocks: each 2050 stock line gross minus its depreciation.
const std::vector<Line>& netStocks()
{
    static const std::vector<Line> lines = {{"BL", +1}, {"BM", -1}, {"BN", +1}, {"BO", -1}, {"BP", +1},
                                            {"BQ", -1}, {"BR", +1}, {"BS", -1}, {"BT", +1}, {"BU", -1}};
    return lines;
}

// Marge commerciale + production de l'exercice - consommations de tiers (§2.3).
const std::vector<Line>& valueAdded()
{
    static const std::vector<Line> lines = {{"FC", +1}, {"FS", -1}, {"FT", -1}, {"FF", +1}, {"FI", +1},
                                            {"FM", +1}, {"FN", +1}, {"FU", -1}, {"FV", -1}, {"FW", -1}};
    return lines;
}

std::vector<Line> negated(const std::vector<Line>& lines)
{
    std::vector<Line> out;
    for (const Line& l : lines)
        out.push_back({l.code, -l.sign});
    return out;
}

// A value added computed from FL alone would be 0 - purchases: when the firm sells
// (FL != 0) the split of its sales into FC, FF, FI must be there.
std::optional<std::string> salesSplitMissing(const FinancialStatement& s)
{
    const auto sales = s.line("FL");
    if (!sales || sales->isZero() || s.has("FC") || s.has("FF") || s.has("FI"))
        return std::nullopt;
    return std::string("FC|FF|FI");
}

std::optional<std::string> firstMissing(const FinancialStatement& s, const Recipe& r)
{
    for (const char* code : r.required)
        if (!s.has(code))
            return std::string(code);
    if (r.needsSalesSplit)
        return salesSplitMissing(s);
    return std::nullopt;
}

Money sum(const FinancialStatement& s, const std::vector<Line>& lines)
{
    Money total;
    for (const Line& l : lines) {
        const Money amount = s.line(l.code).value_or(Money{});
        total += l.sign > 0 ? amount : -amount;
    }
    return total;
}

std::optional<Money> build(const FinancialStatement& s, ScoreInputs& in, const char* name, const Recipe& r)
{
    if (const auto missing = firstMissing(s, r)) {
        in.missingLines[name] = *missing;
        return std::nullopt;
    }
    return sum(s, r.lines);
}

void mapAltmanInputs(const FinancialStatement& s, ScoreInputs& in)
{
    namespace n = score_input;
    in.totalAssets = build(s, in, n::totalAssets, {{"EE"}, {{"EE", +1}}});
    in.currentAssets = build(s, in, n::currentAssets, {{"CJ"}, {{"CJ", +1}, {"CK", -1}}});
    // Dettes à un an au plus, approximated without the 2057: operating and other
    // short-term debts plus the bank overdrafts EH (a "dont" of DU, so not counted twice).
    in.currentLiabilities = build(s, in, n::currentLiabilities,
        {{"EC"}, {{"DW", +1}, {"DX", +1}, {"DY", +1}, {"DZ", +1}, {"EA", +1}, {"EB", +1}, {"EH", +1}}});
    in.retainedEarnings = build(s, in, n::retainedEarnings,
        {{"DL"}, {{"DD", +1}, {"DE", +1}, {"DF", +1}, {"DG", +1}, {"DH", +1}}});
    in.ebit = build(s, in, n::ebit, {{"GG"}, {{"GG", +1}}});
    in.sales = build(s, in, n::sales, {{"FL"}, {{"FL", +1}}});
    // Autres fonds propres (DO) count as equity so that equity + liabilities = EE.
    in.bookEquity = build(s, in, n::bookEquity, {{"DL"}, {{"DL", +1}, {"DO", +1}}});
    in.totalLiabilities = build(s, in, n::totalLiabilities, {{"EE", "DL"}, {{"EE", +1}, {"DL", -1}, {"DO", -1}}});
}

void mapConanHolderInputs(const FinancialStatement& s, ScoreInputs& in)
{
    namespace n = score_input;
    const std::vector<Line> ebeLines = valueAdded() + std::vector<Line>{{"FO", +1}, {"FX", -1}, {"FY", -1}, {"FZ", -1}};
    in.ebe = build(s, in, n::ebe, {{"FL"}, ebeLines, true});
    in.totalDebts = build(s, in, n::totalDebts, {{"EC"}, {{"EC", +1}}});
    // Overdrafts (EH) are inside DU but are short-term money: taken out.
    in.capitauxPermanents = build(s, in, n::capitauxPermanents,
        {{"DL"}, {{"DL", +1}, {"DO", +1}, {"DR", +1}, {"DS", +1}, {"DT", +1}, {"DU", +1}, {"DV", +1}, {"EH", -1}}});
    in.realisableDisponible = build(s, in, n::realisableDisponible,
        {{"CJ"}, std::vector<Line>{{"CJ", +1}, {"CK", -1}} + negated(netStocks())});
    // Interest only: financial provisions (GQ) and exchange losses (GS) are not the
    // cost of the debt that R4 measures.
    in.fraisFinanciers = build(s, in, n::fraisFinanciers, {{"FL"}, {{"GR", +1}}});
    in.caHt = build(s, in, n::caHt, {{"FL"}, {{"FL", +1}}});
    in.fraisPersonnel = build(s, in, n::fraisPersonnel, {{"FL"}, {{"FY", +1}, {"FZ", +1}}});
    in.valeurAjoutee = build(s, in, n::valeurAjoutee, {{"FL"}, valueAdded(), true});
}

// ---------------------------------------------------------------------------------
// From amounts to ratios
// ---------------------------------------------------------------------------------

struct Field {
    std::optional<Money> ScoreInputs::*member;
    const char* name;
};

constexpr Field kTotalAssets{&ScoreInputs::totalAssets, score_input::totalAssets};
constexpr Field kCurrentAssets{&ScoreInputs::currentAssets, score_input::currentAssets};
constexpr Field kCurrentLiabilities{&ScoreInputs::currentLiabilities, score_input::currentLiabilities};
constexpr Field kRetainedEarnings{&ScoreInputs::retainedEarnings, score_input::retainedEarnings};
constexpr Field kEbit{&ScoreInputs::ebit, score_input::ebit};
constexpr Field kSales{&ScoreInputs::sales, score_input::sales};
constexpr Field kBookEquity{&ScoreInputs::bookEquity, score_input::bookEquity};
constexpr Field kMarketEquity{&ScoreInputs::marketValueOfEquity, score_input::marketValueOfEquity};
constexpr Field kTotalLiabilities{&ScoreInputs::totalLiabilities, score_input::totalLiabilities};
constexpr Field kEbe{&ScoreInputs::ebe, score_input::ebe};
constexpr Field kTotalDebts{&ScoreInputs::totalDebts, score_input::totalDebts};
constexpr Field kCapitauxPermanents{&ScoreInputs::capitauxPermanents, score_input::capitauxPermanents};
constexpr Field kRealisableDisponible{&ScoreInputs::realisableDisponible, score_input::realisableDisponible};
constexpr Field kFraisFinanciers{&ScoreInputs::fraisFinanciers, score_input::fraisFinanciers};
constexpr Field kCaHt{&ScoreInputs::caHt, score_input::caHt};
constexpr Field kFraisPersonnel{&ScoreInputs::fraisPersonnel, score_input::fraisPersonnel};
constexpr Field kValeurAjoutee{&ScoreInputs::valeurAjoutee, score_input::valeurAjoutee};

// Reads amounts and divides them, keeping the first reason a ratio cannot be computed
// (variables are read in the order of the formula, so the error is predictable).
class RatioReader {
public:
    explicit RatioReader(const ScoreInputs& in) : m_in(in) {}

    std::optional<Money> get(Field f)
    {
        const std::optional<Money>& amount = m_in.*(f.member);
        if (!amount)
            fail(missingError(f));
        return amount;
    }

    // A ratio, computed from cents in long double; 0 once an error is recorded.
    double divide(const std::optional<Money>& numerator, Field denominator)
    {
        const std::optional<Money> d = get(denominator);
        if (!numerator || !d)
            return 0;
        if (!d->isPositive()) {
            fail(std::string(d->isZero() ? "zero_denominator:" : "negative_denominator:") + denominator.name);
            return 0;
        }
        const long double q = static_cast<long double>(numerator->cents()) / static_cast<long double>(d->cents());
        return static_cast<double>(q);
    }

    double ratio(Field numerator, Field denominator) { return divide(get(numerator), denominator); }

    std::optional<Money> workingCapital()
    {
        const auto assets = get(kCurrentAssets);
        const auto liabilities = get(kCurrentLiabilities);
        if (!assets || !liabilities)
            return std::nullopt;
        return *assets - *liabilities;
    }

    const std::string& error() const { return m_error; }

private:
    std::string missingError(Field f) const
    {
        const auto it = m_in.missingLines.find(f.name);
        if (it != m_in.missingLines.end())
            return "missing_line:" + it->second;
        return std::string("missing_input:") + f.name;
    }
    void fail(std::string error)
    {
        if (m_error.empty())
            m_error = std::move(error);
    }

    const ScoreInputs& m_in;
    std::string m_error;
};

struct AltmanComputation {
    AltmanVariables x;
    std::string error;
};

// The Altman variables with `equity` as the numerator of X4; X5 only when the score uses it.
AltmanComputation altmanVariables(const ScoreInputs& in, Field equity, bool withX5)
{
    RatioReader r(in);
    AltmanVariables x;
    x.x1 = r.divide(r.workingCapital(), kTotalAssets);
    x.x2 = r.ratio(kRetainedEarnings, kTotalAssets);
    x.x3 = r.ratio(kEbit, kTotalAssets);
    x.x4 = r.ratio(equity, kTotalLiabilities);
    if (withX5)
        x.x5 = r.ratio(kSales, kTotalAssets);
    return {x, r.error()};
}

struct ConanHolderComputation {
    ConanHolderRatios r;
    std::string error;
};

ConanHolderComputation conanHolderRatios(const ScoreInputs& in)
{
    RatioReader reader(in);
    ConanHolderRatios r;
    r.r1 = reader.ratio(kEbe, kTotalDebts);
    r.r2 = reader.ratio(kCapitauxPermanents, kTotalAssets);
    r.r3 = reader.ratio(kRealisableDisponible, kTotalAssets);
    r.r4 = reader.ratio(kFraisFinanciers, kCaHt);
    // A negative value added makes R5 negative and would raise the score of a firm
    // that destroys value: refused as a negative denominator.
    r.r5 = reader.ratio(kFraisPersonnel, kValeurAjoutee);
    return {r, reader.error()};
}

// ---------------------------------------------------------------------------------
// Linear scores
// ---------------------------------------------------------------------------------

struct Weighted {
    const char* variable;
    double coefficient;
    double value;
};

// constant + sum of coefficient * value, with the variables then the contributions
// listed as components.
ScoreResult linearScore(const char* name, std::initializer_list<Weighted> terms, double constant = 0)
{
    ScoreResult result;
    result.name = name;
    double total = constant;
    for (const Weighted& t : terms)
        result.components.emplace_back(t.variable, t.value);
    for (const Weighted& t : terms) {
        const double contribution = t.coefficient * t.value;
        result.components.emplace_back(std::string("contribution_") + t.variable, contribution);
        total += contribution;
    }
    result.value = total;
    return result;
}

ScoreResult failed(const char* name, std::string error)
{
    ScoreResult result;
    result.name = name;
    result.error = std::move(error);
    return result;
}

// Z'' without its zone: shared by altmanZDoublePrime and altmanEmScore.
ScoreResult zDoublePrimeValue(const char* name, const AltmanVariables& x, double constant)
{
    return linearScore(name, {{"X1", 6.56, x.x1}, {"X2", 3.26, x.x2}, {"X3", 6.72, x.x3}, {"X4", 1.05, x.x4}},
                       constant);
}

struct RatingFloor {
    double lowerBound;
    const char* rating;
};

// Altman (2005) Table 2, as quoted by Altman & Hotchkiss (2006): lower bounds on the
// EM scale, best first.
constexpr std::array<RatingFloor, 19> kEmRatings = {{{8.15, "AAA"}, {7.60, "AA+"}, {7.30, "AA"}, {7.00, "AA-"},
                                                     {6.85, "A+"},  {6.65, "A"},   {6.40, "A-"}, {6.25, "BBB+"},
                                                     {5.85, "BBB"}, {5.65, "BBB-"}, {5.25, "BB+"}, {4.95, "BB"},
                                                     {4.75, "BB-"}, {4.50, "B+"},  {4.15, "B"},  {3.75, "B-"},
                                                     {3.20, "CCC+"}, {2.50, "CCC"}, {1.75, "CCC-"}}};

} // namespace

// -------------------------------------------------------------------------------------
// Public functions
// -------------------------------------------------------------------------------------

core::Result<ScoreInputs> scoreInputsFrom(const FinancialStatement& statement)
{
    if (statement.regime != Regime::Normal) {
        core::Error error(core::ErrorCode::UnknownValue, {toCode(statement.regime)});
        error.inField("regime");
        return error;
    }
    ScoreInputs in;
    mapAltmanInputs(statement, in);
    mapConanHolderInputs(statement, in);
    return in;
}

std::optional<double> ScoreResult::component(std::string_view key) const
{
    for (const auto& [variable, number] : components)
        if (variable == key)
            return number;
    return std::nullopt;
}

std::string altmanZone(double score, ZoneCuts cuts)
{
    if (score < cuts.distressBelow)
        return "distress";
    if (score > cuts.safeAbove)
        return "safe";
    return "grey";
}

std::string emRating(double emScore)
{
    for (const RatingFloor& floor : kEmRatings)
        if (emScore >= floor.lowerBound)
            return floor.rating;
    return "D";
}

std::string conanHolderBand(double score)
{
    if (score >= 0.16)
        return "very_good";
    if (score >= 0.09)
        return "good";
    if (score >= 0.04)
        return "alert";
    return "danger";
}

std::string conanHolderDefaultProbability(std::string_view band)
{
    if (band == "very_good")
        return "<10%";
    if (band == "good")
        return "10-30%";
    if (band == "alert")
        return "30-65%";
    if (band == "danger")
        return ">65%";
    return {};
}

ScoreResult altmanZ(const AltmanVariables& x)
{
    // 0.999 is Altman's own coefficient for X5 (1.0 in most copies).
    ScoreResult result = linearScore("altman_z", {{"X1", 1.2, x.x1}, {"X2", 1.4, x.x2}, {"X3", 3.3, x.x3},
                                                  {"X4", 0.6, x.x4}, {"X5", 0.999, x.x5}});
    result.zone = altmanZone(*result.value, kAltmanZCuts);
    return result;
}

ScoreResult altmanZPrime(const AltmanVariables& x)
{
    ScoreResult result = linearScore("altman_z_prime", {{"X1", 0.717, x.x1}, {"X2", 0.847, x.x2},
                                                        {"X3", 3.107, x.x3}, {"X4", 0.420, x.x4},
                                                        {"X5", 0.998, x.x5}});
    result.zone = altmanZone(*result.value, kAltmanZPrimeCuts);
    return result;
}

ScoreResult altmanZDoublePrime(const AltmanVariables& x)
{
    ScoreResult result = zDoublePrimeValue("altman_z_double_prime", x, 0);
    result.zone = altmanZone(*result.value, kAltmanZDoublePrimeCuts);
    return result;
}

ScoreResult altmanEmScore(const AltmanVariables& x)
{
    ScoreResult result = zDoublePrimeValue("altman_em", x, kAltmanEmConstant);
    // Zones and rating on the EM scale only: the 1.10 / 2.60 cuts belong to Z''.
    result.zone = altmanZone(*result.value, kAltmanEmCuts);
    result.rating = emRating(*result.value);
    return result;
}

ScoreResult conanHolder(const ConanHolderRatios& r)
{
    ScoreResult result = linearScore("conan_holder", {{"R1", 0.24, r.r1}, {"R2", 0.22, r.r2}, {"R3", 0.16, r.r3},
                                                      {"R4", -0.87, r.r4}, {"R5", -0.10, r.r5}});
    result.zone = conanHolderBand(*result.value);
    result.defaultProbability = conanHolderDefaultProbability(result.zone);
    return result;
}

ScoreResult altmanZ(const ScoreInputs& in)
{
    // Checked first: without a market value the score does not apply at all.
    if (!in.marketValueOfEquity)
        return failed("altman_z", "needs_market_value");
    const AltmanComputation c = altmanVariables(in, kMarketEquity, true);
    return c.error.empty() ? altmanZ(c.x) : failed("altman_z", c.error);
}

ScoreResult altmanZPrime(const ScoreInputs& in)
{
    const AltmanComputation c = altmanVariables(in, kBookEquity, true);
    return c.error.empty() ? altmanZPrime(c.x) : failed("altman_z_prime", c.error);
}

ScoreResult altmanZDoublePrime(const ScoreInputs& in)
{
    const AltmanComputation c = altmanVariables(in, kBookEquity, false);
    return c.error.empty() ? altmanZDoublePrime(c.x) : failed("altman_z_double_prime", c.error);
}

ScoreResult altmanEmScore(const ScoreInputs& in)
{
    const AltmanComputation c = altmanVariables(in, kBookEquity, false);
    return c.error.empty() ? altmanEmScore(c.x) : failed("altman_em", c.error);
}

ScoreResult conanHolder(const ScoreInputs& in)
{
    const ConanHolderComputation c = conanHolderRatios(in);
    return c.error.empty() ? conanHolder(c.r) : failed("conan_holder", c.error);
}

std::vector<ScoreResult> allScores(const ScoreInputs& in)
{
    return {altmanZ(in), altmanZPrime(in), altmanZDoublePrime(in), altmanEmScore(in), conanHolder(in)};
}

} // namespace pc::risk
