#pragma once

#include "core/Date.h"
#include "core/Money.h"

#include <map>
#include <optional>
#include <string>

namespace pc::risk {

// The two tax-return layouts of French company accounts: the normal regime (forms
// 2050 to 2053, two-letter line codes) and the simplified one (2033-A and 2033-B,
// three-digit line numbers).
enum class Regime { Normal, Simplified };

const char* toCode(Regime regime);                        // "normal", "simplified"
std::optional<Regime> regimeFromCode(std::string_view code);

// One fiscal year of a company as filed: line code -> amount. Amounts are those of
// the forms, in cents; absent lines are not zero, they are unknown.
struct FinancialStatement {
    std::string siren;
    core::Date closingDate;
    int months = 12;
    Regime regime = Regime::Normal;
    std::string source;        // "manual", "import:<file>", "demo", …
    std::string currency = "EUR";
    std::map<std::string, core::Money> lines;

    std::optional<core::Money> line(const std::string& code) const;
    bool has(const std::string& code) const { return lines.count(code) != 0; }
    int fiscalYear() const;
};

} // namespace pc::risk
