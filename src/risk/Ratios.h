#pragma once

#include "core/Money.h"
#include "core/Rate.h"
#include "risk/FinancialStatement.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pc::risk {

enum class RatioUnit { Amount, Percent, Days, Years };

// One ratio of one fiscal year: an exact amount (cents) or a dimensionless value, or
// the reason it cannot be computed ("missing_line:FL", "zero_denominator",
// "no_previous_year", "different_durations", "negative_caf"). Never a silent 0.
struct RatioValue {
    RatioUnit unit = RatioUnit::Amount;
    std::optional<core::Money> amount;
    std::optional<double> value;
    std::string error;

    bool ok() const { return error.empty(); }
    // The value as a number in the ratio's unit (euros for amounts).
    std::optional<double> number() const;
};

struct RatioOptions {
    int dayBasis = 365;                                    // 360 for the Banque de France convention
    core::Rate vatRate = core::Rate::fromBasisPoints(2000); // to compare TTC receivables with HT sales
    // "autres créances" above this share of total assets hint at factoring (receivables
    // sold are moved out of "clients" into "autres créances" or disappear).
    core::Rate factoringHintShare = core::Rate::fromBasisPoints(1500);
};

// The analysis of one year: ratios keyed by name, in a stable order of presentation,
// plus flags that deserve the credit manager's attention.
struct YearRatios {
    int fiscalYear = 0;
    core::Date closingDate;
    std::map<std::string, RatioValue> ratios;
    std::vector<std::string> flags; // "negative_equity", "factoring_hint", "loss", "negative_net_cash"

    const RatioValue* find(const std::string& key) const;
};

// Every ratio key in the order an analyst reads them.
const std::vector<std::string>& ratioKeys();
RatioUnit ratioUnit(const std::string& key);

// Ratios of `current` (normal-regime codes; see toNormalCodes), with `previous` the
// year before when known, for growth, retained share and investment.
YearRatios computeRatios(const FinancialStatement& current, const FinancialStatement* previous,
                         const RatioOptions& options = {});

// Ratios of every year, oldest first; each year compared with the one before it.
std::vector<YearRatios> computeRatioSeries(std::vector<FinancialStatement> statements,
                                           const RatioOptions& options = {});

} // namespace pc::risk
