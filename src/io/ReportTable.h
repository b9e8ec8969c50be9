#pragma once

#include "core/Date.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace pc::io {

// How the numbers of a column read. Days and percentages are kept in hundredths, like
// the KPIs that produce them, so that no column ever holds a floating-point value.
enum class ColumnKind {
    Text,
    Money,      // whole cents
    Date,
    Integer,
    Hundredths, // a value × 100 (days, percent), shown with two decimals
};

struct ReportColumn {
    std::string header;
    ColumnKind kind = ColumnKind::Text;
};

// A cell's alternative says what it is: text (UTF-8) is always written as text, even in
// a number column; a date as a date; a whole number is read through its column's kind
// (cents, hundredths, or as is). monostate is an empty cell.
using ReportCell = std::variant<std::monostate, std::string, std::int64_t, core::Date>;
using ReportRow = std::vector<ReportCell>;

// A table to export, neutral about its file format: a title (the worksheet's name),
// its columns and rows of as many cells as columns.
struct ReportTable {
    std::string title;
    std::vector<ReportColumn> columns;
    std::vector<ReportRow> rows;
};

} // namespace pc::io
