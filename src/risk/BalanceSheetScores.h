#pragma once

#include "core/Money.h"
#include "core/Result.h"
#include "risk/FinancialStatement.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pc::risk {

// The amounts the balance-sheet scores read, exact in cents. An empty optional is an
// unknown amount: the scores that need it fail, they never read it as zero. See
// docs/SCORES.md for the liasse lines behind each amount.
struct ScoreInputs {
    // Altman Z, Z', Z'' and EM score.
    std::optional<core::Money> totalAssets;        // EE
    std::optional<core::Money> currentAssets;      // CJ - CK
    std::optional<core::Money> currentLiabilities; // DW+DX+DY+DZ+EA+EB+EH
    std::optional<core::Money> retainedEarnings;   // DD+DE+DF+DG+DH
    std::optional<core::Money> ebit;               // GG
    std::optional<core::Money> sales;              // FL
    std::optional<core::Money> bookEquity;         // DL + DO
    std::optional<core::Money> marketValueOfEquity; // not in the liasse: listed firms only
    std::optional<core::Money> totalLiabilities;   // EE - DL - DO
    // Conan & Holder.
    std::optional<core::Money> ebe;                  // VA + FO - FX - FY - FZ
    std::optional<core::Money> totalDebts;           // EC
    std::optional<core::Money> capitauxPermanents;   // DL+DO+DR+DS+DT+DU+DV-EH
    std::optional<core::Money> realisableDisponible; // (CJ - CK) - net stocks
    std::optional<core::Money> fraisFinanciers;      // GR
    std::optional<core::Money> caHt;                 // FL
    std::optional<core::Money> fraisPersonnel;       // FY + FZ
    std::optional<core::Money> valeurAjoutee;        // (FC-FS-FT)+(FF+FI+FM+FN)-(FU+FV+FW)

    // Why scoreInputsFrom left an amount empty: input name ("total_assets") -> the
    // liasse code that was not filed ("EE"; "FC|FF|FI" when any one of them would do).
    std::map<std::string, std::string> missingLines;
};

// Input names, as used in missingLines and in the errors of the scores
// ("missing_input:ebit" for an amount left empty by hand, "zero_denominator:total_assets").
namespace score_input {
inline constexpr const char* totalAssets = "total_assets";
inline constexpr const char* currentAssets = "current_assets";
inline constexpr const char* currentLiabilities = "current_liabilities";
inline constexpr const char* retainedEarnings = "retained_earnings";
inline constexpr const char* ebit = "ebit";
inline constexpr const char* sales = "sales";
inline constexpr const char* bookEquity = "book_equity";
inline constexpr const char* marketValueOfEquity = "market_value_of_equity";
inline constexpr const char* totalLiabilities = "total_liabilities";
inline constexpr const char* ebe = "ebe";
inline constexpr const char* totalDebts = "total_debts";
inline constexpr const char* capitauxPermanents = "capitaux_permanents";
inline constexpr const char* realisableDisponible = "realisable_disponible";
inline constexpr const char* fraisFinanciers = "frais_financiers";
inline constexpr const char* caHt = "ca_ht";
inline constexpr const char* fraisPersonnel = "frais_personnel";
inline constexpr const char* valeurAjoutee = "valeur_ajoutee";
} // namespace score_input

// Maps a normal-regime statement (forms 2050 to 2053) to score inputs. A detail line
// absent from the statement is a blank line, worth 0; a key total (EE, DL, EC, CJ,
// FL, GG) absent leaves every amount built on it empty, with the code in missingLines.
// The market value of equity is never in the liasse and stays empty. Refuses the
// simplified regime (UnknownValue, field "regime"): its line numbers are not mapped.
core::Result<ScoreInputs> scoreInputsFrom(const FinancialStatement& statement);

// One score, or the reason it cannot be computed. Scores are dimensionless statistics,
// hence double.
struct ScoreResult {
    std::string name; // "altman_z", "altman_z_prime", "altman_z_double_prime", "altman_em", "conan_holder"
    std::optional<double> value;
    std::string zone; // Altman: "safe", "grey", "distress"; C&H: "very_good", "good", "alert", "danger"
    // The variables ("X1", "R1") then their weighted contributions ("contribution_X1").
    std::vector<std::pair<std::string, double>> components;
    // "missing_line:EE", "missing_input:ebit", "needs_market_value",
    // "zero_denominator:total_liabilities", "negative_denominator:valeur_ajoutee".
    std::string error;
    std::string rating;             // EM score only: bond-rating equivalent ("BBB-")
    std::string defaultProbability; // C&H only: indicative 3-year band ("10-30%"), unverified

    bool ok() const { return error.empty(); }
    std::optional<double> component(std::string_view key) const;
};

// Altman's ratios, as decimals (0.20, not 20 %). X4 is market equity / total
// liabilities for Z, book equity / total liabilities for Z', Z'' and EM; X5 (sales /
// total assets) is not used by Z'' and EM.
struct AltmanVariables {
    double x1 = 0; // working capital / total assets
    double x2 = 0; // retained earnings / total assets
    double x3 = 0; // EBIT / total assets
    double x4 = 0; // equity / total liabilities
    double x5 = 0; // sales / total assets
};

// Conan & Holder's ratios, as decimals.
struct ConanHolderRatios {
    double r1 = 0; // EBE / endettement total
    double r2 = 0; // capitaux permanents / total actif
    double r3 = 0; // (réalisable + disponible) / total actif
    double r4 = 0; // frais financiers / CA HT
    double r5 = 0; // frais de personnel / valeur ajoutée
};

// Altman zones: distress below `distressBelow`, safe above `safeAbove`, grey between
// (both boundaries are grey: the sources leave them open).
struct ZoneCuts {
    double distressBelow;
    double safeAbove;
};
inline constexpr ZoneCuts kAltmanZCuts{1.81, 2.99};
inline constexpr ZoneCuts kAltmanZPrimeCuts{1.23, 2.90};
inline constexpr ZoneCuts kAltmanZDoublePrimeCuts{1.10, 2.60};
// The Z'' cuts moved by the EM constant 3.25: the only cuts valid on the EM scale.
inline constexpr ZoneCuts kAltmanEmCuts{4.35, 5.85};
inline constexpr double kAltmanEmConstant = 3.25;

std::string altmanZone(double score, ZoneCuts cuts);
// Bond-rating equivalent of an EM score (Z'' + 3.25): "AAA" ... "CCC-", "D".
std::string emRating(double emScore);
// Conan & Holder band of a decimal-scale score: "very_good" (>= 0.16), "good"
// (>= 0.09), "alert" (>= 0.04), "danger".
std::string conanHolderBand(double score);
// Indicative 3-year default probability of a band: "<10%", "10-30%", "30-65%", ">65%".
std::string conanHolderDefaultProbability(std::string_view band);

// Scores from the variables (worked examples, tests) ...
ScoreResult altmanZ(const AltmanVariables& x);
ScoreResult altmanZPrime(const AltmanVariables& x);
ScoreResult altmanZDoublePrime(const AltmanVariables& x);
ScoreResult altmanEmScore(const AltmanVariables& x);
ScoreResult conanHolder(const ConanHolderRatios& r);

// ... and from the amounts. altmanZ fails with "needs_market_value" when the market
// value of equity is unknown (every unlisted firm): use Z' or Z'' instead.
ScoreResult altmanZ(const ScoreInputs& in);
ScoreResult altmanZPrime(const ScoreInputs& in);
ScoreResult altmanZDoublePrime(const ScoreInputs& in);
ScoreResult altmanEmScore(const ScoreInputs& in);
ScoreResult conanHolder(const ScoreInputs& in);

// Every score above, in that order.
std::vector<ScoreResult> allScores(const ScoreInputs& in);

} // namespace pc::risk
