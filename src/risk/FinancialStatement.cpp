#include "risk/FinancialStatement.h"

namespace pc::risk {

const char* toCode(Regime regime)
{
    return regime == Regime::Normal ? "normal" : "simplified";
}

std::optional<Regime> regimeFromCode(std::string_view code)
{
    if (code == "normal")
        return Regime::Normal;
    if (code == "simplified")
        return Regime::Simplified;
    return std::nullopt;
}

std::optional<core::Money> FinancialStatement::line(const std::string& code) const
{
    const auto it = lines.find(code);
    if (it == lines.end())
        return std::nullopt;
    return it->second;
}

int FinancialStatement::fiscalYear() const
{
    return closingDate.year();
}

} // namespace pc::risk
