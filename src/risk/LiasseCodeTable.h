#pragma once

#include "core/Error.h"
#include "core/Result.h"
#include "risk/FinancialStatement.h"

#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::risk {

// Where a line sits in the accounts: the side of the balance sheet, the kind of
// income-statement line, a result (a difference of totals) or a memo ("dont …") line
// that is not part of any total.
enum class LiasseSection { Income, Expense, Asset, Liability, Memo, Result };

// Which column of the form the code names: on 2050/2033-A every asset row has a
// gross and a depreciation column; 2052 revenue rows have France / export / total.
enum class LiasseColumn { Gross, Depreciation, Net, Total, France, Export };

const char* toCode(LiasseSection section);                  // "income", "asset", …
std::optional<LiasseSection> liasseSectionFromCode(std::string_view code);
const char* toCode(LiasseColumn column);                    // "gross", "depreciation", …
std::optional<LiasseColumn> liasseColumnFromCode(std::string_view code);

// One line code of the tax return, as listed in resources/liasse/liasse_codes.json.
struct LiasseCode {
    std::string code;  // "FL", "1A", "210"
    std::string form;  // "2052", "2033-B"
    Regime regime = Regime::Normal;
    std::string label;
    LiasseSection section = LiasseSection::Memo;
    LiasseColumn column = LiasseColumn::Total;
    bool required = false;
    // For a total: the lines it adds up, a leading '-' for a line it subtracts
    // ("GG" = {"FR", "-GF"}). Empty for a detail line.
    std::vector<std::string> totalOf;
    // For a simplified-regime code: the normal-regime code it maps onto, if any.
    std::string normal;
};

// One term of a total: "-GF" -> {"GF", -1}.
struct TotalTerm {
    std::string code;
    int sign = 1;
};
TotalTerm parseTotalTerm(std::string_view term);

// The codes of both regimes. The table is data (the app layer reads the JSON file and
// adds the entries); the engine only looks codes up. Pointers returned stay valid
// until the table is destroyed or assigned: adding never moves an entry.
class LiasseCodeTable {
public:
    // DuplicateKey (args: code, regime) when the code is already there for its regime.
    core::Status add(LiasseCode code);

    const LiasseCode* find(std::string_view code, Regime regime) const;
    // In the order the codes were added (the order of the forms).
    std::vector<const LiasseCode*> required(Regime regime) const;
    std::vector<const LiasseCode*> all(Regime regime) const;
    bool empty() const { return m_codes.empty(); }

    // Problems of the table itself, each in the field of the offending code: a term of
    // total_of or a "normal" equivalent that names no known code (UnknownValue, args:
    // the missing code, the kind "total_of"/"normal").
    std::vector<core::Error> validate() const;

    int version = 1;

private:
    // Positions in m_codes rather than pointers, so that copies stay right.
    using Index = std::map<std::string, std::size_t, std::less<>>;
    const Index& index(Regime regime) const { return regime == Regime::Normal ? m_normal : m_simplified; }

    std::deque<LiasseCode> m_codes;
    Index m_normal;
    Index m_simplified;
};

} // namespace pc::risk
