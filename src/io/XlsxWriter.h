#pragma once

#include "core/Result.h"
#include "io/ReportTable.h"

#include <string>
#include <vector>

namespace pc::io {

// Writes the tables as the worksheets of one Excel workbook at `path` (UTF-8), in
// order, each named after its title (characters Excel refuses replaced, cut to 31
// characters, numbered when two are alike). Each sheet has a bold header row kept in
// view, an autofilter over the table and columns as wide as their content.
// Money is a number in euros with the format #,##0.00 "€" and hundredths a number with
// two decimals (Excel shows the separators of the reader's locale: "1 234,56 €"); dates
// are real dates shown dd/mm/yyyy; whole numbers are numbers. Text is always written as
// a string, never as a formula, so a cell "=HYPERLINK(…)" stays inert text.
// Errors: IoError {path, libxlsxwriter's message} when the file cannot be written.
core::Status writeXlsx(const std::string& path, const std::vector<ReportTable>& tables);

} // namespace pc::io
