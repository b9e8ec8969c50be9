#pragma once

#include "core/Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace pc::io {

struct CsvRecord {
    // 1-based line of the file where the record starts.
    int line = 0;
    std::vector<std::string> fields;
};

struct CsvTable {
    char delimiter = ';';
    std::vector<std::string> header;
    int headerLine = 1;
    std::vector<CsvRecord> records;
};

// RFC 4180 CSV with the habits of French spreadsheets: ';' or ',' or tab (guessed from
// the header line), quoted fields with "" for a quote and line breaks inside quotes,
// CRLF or LF. Blank lines are skipped. Input is UTF-8 (see decodeText).
// Errors: Empty (no header), InvalidFormat (an unterminated quote, at its line).
core::Result<CsvTable> readCsv(std::string_view utf8);

// The delimiter the header line uses most: ';', ',' or '\t'.
char detectDelimiter(std::string_view headerLine);

} // namespace pc::io
