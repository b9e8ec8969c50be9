#include "risk/StatementCheck.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <utility>

namespace pc::risk {
namespace {

using core::Error;
using core::ErrorCode;
using core::Money;

constexpr int kMinMonths = 1;
constexpr int kMaxMonths = 24;

// "FC + FF + FI", "FR - GF": how a total is computed, for the message.
std::string formula(const std::vector<std::string>& terms)
{
    std::string out;
    for (const std::string& text : terms) {
        const TotalTerm term = parseTotalTerm(text);
        if (out.empty())
            out = term.sign < 0 ? "-" + term.code : term.code;
        else
            out += (term.sign < 0 ? " - " : " + ") + term.code;
    }
    return out;
}

// The sum of a total's lines; nullopt when a line is absent and absentIsZero is false.
// Throws std::overflow_error on amounts beyond the range of Money.
std::optional<Money> sumOf(const FinancialStatement& s, const std::vector<std::string>& terms, bool absentIsZero)
{
    Money sum;
    for (const std::string& text : terms) {
        const TotalTerm term = parseTotalTerm(text);
        const auto amount = s.line(term.code);
        if (!amount && !absentIsZero)
            return std::nullopt;
        if (amount)
            sum += term.sign < 0 ? -*amount : *amount;
    }
    return sum;
}

bool anyPresent(const FinancialStatement& s, const std::vector<std::string>& terms)
{
    for (const std::string& text : terms) {
        if (s.has(parseTotalTerm(text).code))
            return true;
    }
    return false;
}

void checkMonths(const FinancialStatement& s, std::vector<Error>& errors)
{
    if (s.months < kMinMonths || s.months > kMaxMonths)
        errors.push_back(Error(ErrorCode::InvalidFormat,
                               {std::to_string(s.months), std::to_string(kMinMonths), std::to_string(kMaxMonths)})
                             .inField("months"));
}

void checkKnownCodes(const FinancialStatement& s, const LiasseCodeTable& table, std::vector<Error>& errors)
{
    for (const auto& [code, amount] : s.lines) {
        if (!table.find(code, s.regime))
            errors.push_back(Error(ErrorCode::UnknownLineCode, {code}).inField(code));
    }
}

void checkRequired(const FinancialStatement& s, const LiasseCodeTable& table, std::vector<Error>& errors)
{
    for (const LiasseCode* code : table.required(s.regime)) {
        if (!s.has(code->code))
            errors.push_back(Error(ErrorCode::MissingLine, {code->code}).inField(code->code));
    }
}

Error mismatch(ErrorCode kind, const std::string& code, Money value, Money expected, const std::string& how)
{
    return Error(kind, {code, frenchAmount(value), frenchAmount(expected), how}).inField(code);
}

void checkTotals(const FinancialStatement& s, const LiasseCodeTable& table, std::vector<Error>& errors)
{
    for (const LiasseCode* code : table.all(s.regime)) {
        const auto value = s.line(code->code);
        if (code->totalOf.empty() || !value)
            continue;
        try {
            const auto sum = sumOf(s, code->totalOf, false);
            if (sum && *sum != *value)
                errors.push_back(mismatch(ErrorCode::TotalMismatch, code->code, *value, *sum, formula(code->totalOf)));
        } catch (const std::overflow_error&) {
            errors.push_back(Error(ErrorCode::Overflow, {code->code}).inField(code->code));
        }
    }
}

// The depreciation to deduct from the gross asset total, and how it was found.
std::pair<Money, std::string> depreciation(const FinancialStatement& s, const LiasseCodeTable& table,
                                           const BalanceCodes& codes)
{
    if (const auto given = s.line(codes.depreciation))
        return {*given, std::string(codes.assets) + " - " + codes.depreciation};
    const LiasseCode* total = table.find(codes.depreciation, s.regime);
    if (!total || !anyPresent(s, total->totalOf))
        return {Money(), codes.assets};
    return {*sumOf(s, total->totalOf, true), std::string(codes.assets) + " - (" + formula(total->totalOf) + ")"};
}

void checkBalance(const FinancialStatement& s, const LiasseCodeTable& table, std::vector<Error>& errors)
{
    const BalanceCodes codes = balanceCodes(s.regime);
    const auto assets = s.line(codes.assets);
    const auto liabilities = s.line(codes.liabilities);
    if (!assets || !liabilities)
        return; // reported as missing lines
    try {
        const auto [deducted, how] = depreciation(s, table, codes);
        const Money netAssets = *assets - deducted;
        if (netAssets != *liabilities)
            errors.push_back(mismatch(ErrorCode::Unbalanced, codes.liabilities, *liabilities, netAssets, how));
    } catch (const std::overflow_error&) {
        errors.push_back(Error(ErrorCode::Overflow, {codes.assets}).inField(codes.liabilities));
    }
}

// Fills absent normal totals from the lines present, until nothing changes (a total
// may need another one computed first: GW needs GV).
void deriveTotals(FinancialStatement& s, const LiasseCodeTable& table)
{
    const auto codes = table.all(Regime::Normal);
    for (bool changed = true; changed;) {
        changed = false;
        for (const LiasseCode* code : codes) {
            if (code->totalOf.empty() || code->section == LiasseSection::Memo || s.has(code->code)
                || !anyPresent(s, code->totalOf))
                continue;
            s.lines[code->code] = *sumOf(s, code->totalOf, true);
            changed = true;
        }
    }
}

} // namespace

BalanceCodes balanceCodes(Regime regime)
{
    if (regime == Regime::Normal)
        return {"CO", "1A", "EE"};
    return {"110", "112", "180"};
}

std::string frenchAmount(Money amount)
{
    const std::int64_t cents = amount.cents();
    // Through unsigned so that the most negative amount has a magnitude too.
    const auto bits = static_cast<std::uint64_t>(cents);
    const std::uint64_t magnitude = cents < 0 ? 0 - bits : bits;
    const std::string units = std::to_string(magnitude / 100);
    std::string grouped;
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (i != 0 && (units.size() - i) % 3 == 0)
            grouped.push_back(' ');
        grouped.push_back(units[i]);
    }
    const std::uint64_t rest = magnitude % 100;
    return (cents < 0 ? "-" : "") + grouped + (rest < 10 ? ",0" : ",") + std::to_string(rest);
}

std::vector<core::Error> checkStatement(const FinancialStatement& statement, const LiasseCodeTable& table)
{
    std::vector<Error> errors;
    checkMonths(statement, errors);
    checkKnownCodes(statement, table, errors);
    checkRequired(statement, table, errors);
    checkTotals(statement, table, errors);
    checkBalance(statement, table, errors);
    return errors;
}

FinancialStatement toNormalCodes(const FinancialStatement& statement, const LiasseCodeTable& table)
{
    if (statement.regime == Regime::Normal)
        return statement;
    FinancialStatement out = statement;
    out.regime = Regime::Normal;
    out.lines.clear();
    for (const auto& [code, amount] : statement.lines) {
        const LiasseCode* entry = table.find(code, Regime::Simplified);
        if (entry && !entry->normal.empty())
            out.lines[entry->normal] += amount;
    }
    deriveTotals(out, table);
    return out;
}

} // namespace pc::risk
