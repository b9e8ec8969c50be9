#pragma once

#include "io/ReportTable.h"

#include <string>
#include <string_view>

namespace pc::io {

// A table as a CSV that French Excel opens as it is: UTF-8 with a BOM (without it Excel
// reads ANSI), ';' separator (',' is the decimal mark), CRLF line ends, one header row,
// every row with as many fields as columns (missing cells empty, extra cells dropped).
// Money and hundredths with a decimal comma and no thousands separator ("1234,56",
// "-12,50"), dates dd/mm/yyyy. Fields holding ';', '"', CR or LF are quoted per
// RFC 4180, quotes doubled.
// Formula injection (OWASP "CSV Injection"): a text cell, header included, starting
// with = + - @ TAB or CR is prefixed with a single quote, so that a spreadsheet shows it
// as text instead of running it. Numbers are not: a negative amount stays -12,50.
std::string writeCsv(const ReportTable& table);

// Whether a spreadsheet could read this text as a formula (its first character).
bool startsLikeFormula(std::string_view text);

} // namespace pc::io
