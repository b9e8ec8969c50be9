#pragma once

#include "core/Error.h"
#include "risk/FinancialStatement.h"
#include "risk/LiasseCodeTable.h"

#include <string>
#include <vector>

namespace pc::risk {

// The lines that must balance, per regime: assets (gross total) minus their
// depreciation total equals total liabilities. Normal: CO - 1A = EE; simplified:
// 110 - 112 = 180.
struct BalanceCodes {
    const char* assets;
    const char* depreciation;
    const char* liabilities;
};
BalanceCodes balanceCodes(Regime regime);

// Every problem of a statement against the code table, each in the field of the line
// concerned (or "months"):
// - months outside 1..24: InvalidFormat (args: months, "1", "24");
// - a code the table does not know for the statement's regime: UnknownLineCode (code);
// - a required code absent: MissingLine (code);
// - a total whose lines are all present but do not add up: TotalMismatch
//   (args: the total's code, its amount, the sum, the formula, e.g.
//   "FL", "1 000,00", "990,00", "FC + FF + FI"); a total with a line absent is not
//   checked, since an absent line is unknown, not zero;
// - assets that do not balance liabilities: Unbalanced in the field of the
//   liabilities total (args: "EE", its amount, the net assets, "CO - 1A"). Without
//   1A, the depreciation is BK + CK (absent ones as zero), so a statement that gives
//   no depreciation at all is read as net.
// Amounts in the arguments are written the French way: "-1 234,56".
std::vector<core::Error> checkStatement(const FinancialStatement& statement, const LiasseCodeTable& table);

// A simplified-regime statement on normal-regime codes, so that ratios read both the
// same way: each line goes to its "normal" equivalent (lines sharing one are added),
// lines without one are dropped, then every absent normal total with at least one of
// its lines present is computed, the absent lines counting as zero (a 2033 folds them
// into others: FL = FC + FF + FI since 2033-B has no turnover line). A normal-regime
// statement is returned unchanged.
FinancialStatement toNormalCodes(const FinancialStatement& statement, const LiasseCodeTable& table);

// "-1 234,56": an amount as the messages of the checks write it.
std::string frenchAmount(core::Money amount);

} // namespace pc::risk
