#include "risk/LiasseCodeTable.h"

#include <array>

namespace pc::risk {
namespace {

using core::Error;
using core::ErrorCode;

constexpr std::array<std::pair<LiasseSection, const char*>, 6> kSections{{
    {LiasseSection::Income, "income"},
    {LiasseSection::Expense, "expense"},
    {LiasseSection::Asset, "asset"},
    {LiasseSection::Liability, "liability"},
    {LiasseSection::Memo, "memo"},
    {LiasseSection::Result, "result"},
}};

constexpr std::array<std::pair<LiasseColumn, const char*>, 6> kColumns{{
    {LiasseColumn::Gross, "gross"},
    {LiasseColumn::Depreciation, "depreciation"},
    {LiasseColumn::Net, "net"},
    {LiasseColumn::Total, "total"},
    {LiasseColumn::France, "france"},
    {LiasseColumn::Export, "export"},
}};

template <class Enum, std::size_t N>
const char* codeOf(const std::array<std::pair<Enum, const char*>, N>& names, Enum value)
{
    for (const auto& [v, name] : names) {
        if (v == value)
            return name;
    }
    return "";
}

template <class Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& names, std::string_view code)
{
    for (const auto& [v, name] : names) {
        if (code == name)
            return v;
    }
    return std::nullopt;
}

} // namespace

const char* toCode(LiasseSection section)
{
    return codeOf(kSections, section);
}

std::optional<LiasseSection> liasseSectionFromCode(std::string_view code)
{
    return valueOf(kSections, code);
}

const char* toCode(LiasseColumn column)
{
    return codeOf(kColumns, column);
}

std::optional<LiasseColumn> liasseColumnFromCode(std::string_view code)
{
    return valueOf(kColumns, code);
}

TotalTerm parseTotalTerm(std::string_view term)
{
    if (term.starts_with('-'))
        return {std::string(term.substr(1)), -1};
    if (term.starts_with('+'))
        return {std::string(term.substr(1)), 1};
    return {std::string(term), 1};
}

core::Status LiasseCodeTable::add(LiasseCode code)
{
    Index& target = code.regime == Regime::Normal ? m_normal : m_simplified;
    if (target.count(code.code) != 0)
        return Error(ErrorCode::DuplicateKey, {code.code, toCode(code.regime)}).inField(code.code);
    target.emplace(code.code, m_codes.size());
    m_codes.push_back(std::move(code));
    return {};
}

const LiasseCode* LiasseCodeTable::find(std::string_view code, Regime regime) const
{
    const Index& in = index(regime);
    const auto it = in.find(code);
    return it == in.end() ? nullptr : &m_codes[it->second];
}

std::vector<const LiasseCode*> LiasseCodeTable::required(Regime regime) const
{
    std::vector<const LiasseCode*> out;
    for (const LiasseCode& c : m_codes) {
        if (c.regime == regime && c.required)
            out.push_back(&c);
    }
    return out;
}

std::vector<const LiasseCode*> LiasseCodeTable::all(Regime regime) const
{
    std::vector<const LiasseCode*> out;
    for (const LiasseCode& c : m_codes) {
        if (c.regime == regime)
            out.push_back(&c);
    }
    return out;
}

std::vector<core::Error> LiasseCodeTable::validate() const
{
    std::vector<Error> errors;
    for (const LiasseCode& c : m_codes) {
        for (const std::string& term : c.totalOf) {
            const std::string part = parseTotalTerm(term).code;
            if (!find(part, c.regime))
                errors.push_back(Error(ErrorCode::UnknownValue, {part, "total_of"}).inField(c.code));
        }
        if (!c.normal.empty() && !find(c.normal, Regime::Normal))
            errors.push_back(Error(ErrorCode::UnknownValue, {c.normal, "normal"}).inField(c.code));
    }
    return errors;
}

} // namespace pc::risk
