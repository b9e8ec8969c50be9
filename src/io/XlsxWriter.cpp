#include "io/XlsxWriter.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace pc::io {
namespace {

using core::Error;
using core::ErrorCode;

// Characters; Excel's limit is 255, but a wider column helps nobody.
constexpr std::size_t kMaxColumnWidth = 60;

struct Formats {
    lxw_format* header = nullptr;
    lxw_format* money = nullptr;
    lxw_format* hundredths = nullptr;
    lxw_format* date = nullptr;
};

Formats addFormats(lxw_workbook* book)
{
    Formats f{workbook_add_format(book), workbook_add_format(book), workbook_add_format(book),
              workbook_add_format(book)};
    format_set_bold(f.header);
    // Excel stores format codes with ',' for thousands and '.' for decimals and shows
    // them in the reader's locale: "1 234,56 €" in French.
    format_set_num_format(f.money, "#,##0.00 \"€\"");
    format_set_num_format(f.hundredths, "#,##0.00");
    format_set_num_format(f.date, "dd/mm/yyyy");
    return f;
}

std::size_t codePoints(const std::string& text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The first `count` code points of a UTF-8 text.
std::string firstCodePoints(const std::string& text, std::size_t count)
{
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && seen++ == count)
            return text.substr(0, i);
    }
    return text;
}

// A title Excel accepts as a sheet name: no []:*?/\\ (each becomes a space, runs of
// spaces one), at most 31 characters, no space or apostrophe at either end.
std::string cleanSheetName(const std::string& title)
{
    std::string name;
    for (const char c : title) {
        const bool space = c == ' ' || std::string_view("[]:*?/\\").find(c) != std::string_view::npos;
        if (!space || (!name.empty() && name.back() != ' '))
            name.push_back(space ? ' ' : c);
    }
    name = firstCodePoints(name, LXW_SHEETNAME_MAX);
    const std::size_t first = name.find_first_not_of("' ");
    const std::size_t last = name.find_last_not_of("' ");
    return first == std::string::npos ? std::string() : name.substr(first, last - first + 1);
}

// Unique within the workbook: a second "Ledger" becomes "Ledger (2)".
std::string sheetName(lxw_workbook* book, const std::string& title, std::size_t index)
{
    std::string base = cleanSheetName(title);
    if (base.empty())
        base = "Sheet" + std::to_string(index + 1);
    std::string name = base;
    for (int n = 2; workbook_validate_sheet_name(book, name.c_str()) != LXW_NO_ERROR; ++n) {
        const std::string suffix = " (" + std::to_string(n) + ")";
        name = cleanSheetName(firstCodePoints(base, LXW_SHEETNAME_MAX - suffix.size())) + suffix;
    }
    return name;
}

std::size_t digitCount(std::uint64_t value)
{
    return std::to_string(value).size();
}

// Characters of a number as Excel shows it: sign, grouped units, decimals.
std::size_t numberWidth(std::int64_t value, ColumnKind kind)
{
    const std::uint64_t magnitude =
        value < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    const bool decimals = kind == ColumnKind::Money || kind == ColumnKind::Hundredths;
    const std::size_t units = digitCount(decimals ? magnitude / 100 : magnitude);
    const std::size_t grouped = decimals ? units + (units - 1) / 3 + 3 : units;
    return (value < 0 ? 1 : 0) + grouped + (kind == ColumnKind::Money ? 2 : 0);
}

std::size_t cellWidth(const ReportCell& cell, ColumnKind kind)
{
    struct Visitor {
        ColumnKind kind;
        std::size_t operator()(std::monostate) const { return 0; }
        std::size_t operator()(const std::string& text) const { return codePoints(text); }
        std::size_t operator()(std::int64_t value) const { return numberWidth(value, kind); }
        std::size_t operator()(core::Date) const { return 10; }
    };
    return std::visit(Visitor{kind}, cell);
}

lxw_error setColumnWidths(lxw_worksheet* sheet, const ReportTable& table)
{
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        // The header is bold and carries the filter's button: a few characters more.
        std::size_t width = codePoints(table.columns[c].header) + 3;
        for (const ReportRow& row : table.rows) {
            if (c < row.size())
                width = std::max(width, cellWidth(row[c], table.columns[c].kind));
        }
        const double chars = static_cast<double>(std::min(width + 1, kMaxColumnWidth));
        const auto col = static_cast<lxw_col_t>(c);
        if (const lxw_error e = worksheet_set_column(sheet, col, col, chars, nullptr))
            return e;
    }
    return LXW_NO_ERROR;
}

lxw_error writeNumber(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, std::int64_t value, ColumnKind kind,
                      const Formats& formats)
{
    // An Excel number is a double: cents and hundredths become one here, at the file's
    // edge, and nowhere before. Below 2^53 the division gives the double nearest to the
    // exact decimal, which Excel shows exactly with two decimals.
    switch (kind) {
    case ColumnKind::Money:
        return worksheet_write_number(sheet, row, col, static_cast<double>(value) / 100.0, formats.money);
    case ColumnKind::Hundredths:
        return worksheet_write_number(sheet, row, col, static_cast<double>(value) / 100.0, formats.hundredths);
    default:
        return worksheet_write_number(sheet, row, col, static_cast<double>(value), nullptr);
    }
}

lxw_error writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const ReportCell& cell, ColumnKind kind,
                    const Formats& formats)
{
    struct Visitor {
        lxw_worksheet* sheet;
        lxw_row_t row;
        lxw_col_t col;
        ColumnKind kind;
        const Formats& formats;
        lxw_error operator()(std::monostate) const { return LXW_NO_ERROR; }
        // Always a string cell, never worksheet_write_formula: text from the store or
        // an imported file cannot become a formula (CSV/formula injection).
        lxw_error operator()(const std::string& text) const
        {
            return worksheet_write_string(sheet, row, col, text.c_str(), nullptr);
        }
        lxw_error operator()(std::int64_t value) const { return writeNumber(sheet, row, col, value, kind, formats); }
        lxw_error operator()(core::Date date) const
        {
            lxw_datetime when{date.year(), date.month(), date.day(), 0, 0, 0.0};
            return worksheet_write_datetime(sheet, row, col, &when, formats.date);
        }
    };
    return std::visit(Visitor{sheet, row, col, kind, formats}, cell);
}

lxw_error writeRows(lxw_worksheet* sheet, const ReportTable& table, const Formats& formats)
{
    const std::size_t width = table.columns.size();
    for (std::size_t c = 0; c < width; ++c) {
        if (const lxw_error e = worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c),
                                                      table.columns[c].header.c_str(), formats.header))
            return e;
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const ReportRow& row = table.rows[r];
        for (std::size_t c = 0; c < std::min(width, row.size()); ++c) {
            if (const lxw_error e = writeCell(sheet, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), row[c],
                                              table.columns[c].kind, formats))
                return e;
        }
    }
    return LXW_NO_ERROR;
}

lxw_error addSheet(lxw_workbook* book, const ReportTable& table, std::size_t index, const Formats& formats)
{
    lxw_worksheet* sheet = workbook_add_worksheet(book, sheetName(book, table.title, index).c_str());
    if (!sheet)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    if (const lxw_error e = setColumnWidths(sheet, table))
        return e;
    worksheet_freeze_panes(sheet, 1, 0);
    if (const lxw_error e = writeRows(sheet, table, formats))
        return e;
    if (table.columns.empty())
        return LXW_NO_ERROR;
    return worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                                static_cast<lxw_col_t>(table.columns.size() - 1));
}

Error failure(const std::string& path, lxw_error error)
{
    return Error(ErrorCode::IoError, {path, lxw_strerror(error)});
}

} // namespace

core::Status writeXlsx(const std::string& path, const std::vector<ReportTable>& tables)
{
    // Constant memory: rows go to a temporary file as they are written, so a ledger of
    // a hundred thousand entries does not sit in memory (rows are written in order).
    lxw_workbook_options options{LXW_TRUE, nullptr, LXW_FALSE};
    lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
    if (!book)
        return failure(path, LXW_ERROR_CREATING_TMPFILE);
    const Formats formats = addFormats(book);
    for (std::size_t i = 0; i < tables.size(); ++i) {
        if (const lxw_error e = addSheet(book, tables[i], i, formats)) {
            // Nothing half-written reaches the path: the file is only created by close.
            lxw_workbook_free(book);
            return failure(path, e);
        }
    }
    if (const lxw_error e = workbook_close(book))
        return failure(path, e);
    return {};
}

} // namespace pc::io
