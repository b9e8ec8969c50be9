#include "io/CsvWriter.h"

#include <cstdint>

namespace pc::io {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string digits(std::uint64_t value, int width)
{
    std::string text = std::to_string(value);
    if (static_cast<int>(text.size()) < width)
        text.insert(0, static_cast<std::size_t>(width) - text.size(), '0');
    return text;
}

// Two implied decimals with a decimal comma: cents or hundredths.
std::string decimal(std::int64_t hundredths)
{
    // |INT64_MIN| does not fit an int64: go through unsigned.
    const std::uint64_t magnitude = hundredths < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(hundredths)
                                                   : static_cast<std::uint64_t>(hundredths);
    return (hundredths < 0 ? "-" : "") + std::to_string(magnitude / 100) + ',' + digits(magnitude % 100, 2);
}

std::string number(std::int64_t value, ColumnKind kind)
{
    if (kind == ColumnKind::Money || kind == ColumnKind::Hundredths)
        return decimal(value);
    return std::to_string(value);
}

std::string frenchDate(core::Date date)
{
    return digits(static_cast<std::uint64_t>(date.day()), 2) + '/' + digits(static_cast<std::uint64_t>(date.month()), 2)
           + '/' + digits(static_cast<std::uint64_t>(date.year()), 4);
}

std::string guardedText(const std::string& text)
{
    return startsLikeFormula(text) ? '\'' + text : text;
}

void appendField(std::string& out, const std::string& field)
{
    if (field.find_first_of(";\"\r\n") == std::string::npos) {
        out += field;
        return;
    }
    out.push_back('"');
    for (const char c : field) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

// The field before quoting, with the injection guard on text.
std::string cellText(const ReportCell& cell, ColumnKind kind)
{
    struct Visitor {
        ColumnKind kind;
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(const std::string& text) const { return guardedText(text); }
        std::string operator()(std::int64_t value) const { return number(value, kind); }
        std::string operator()(core::Date date) const { return frenchDate(date); }
    };
    return std::visit(Visitor{kind}, cell);
}

} // namespace

bool startsLikeFormula(std::string_view text)
{
    return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

std::string writeCsv(const ReportTable& table)
{
    std::string out(kBom);
    const std::size_t width = table.columns.size();
    for (std::size_t c = 0; c < width; ++c) {
        if (c > 0)
            out.push_back(';');
        appendField(out, guardedText(table.columns[c].header));
    }
    out += "\r\n";
    for (const ReportRow& row : table.rows) {
        for (std::size_t c = 0; c < width; ++c) {
            if (c > 0)
                out.push_back(';');
            if (c < row.size())
                appendField(out, cellText(row[c], table.columns[c].kind));
        }
        out += "\r\n";
    }
    return out;
}

} // namespace pc::io
