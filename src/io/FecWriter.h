#pragma once

#include "core/Date.h"
#include "io/FecReader.h"

#include <string>
#include <string_view>
#include <vector>

namespace pc::io {

// Writes lines as an FEC (article A.47 A-1 LPF): the 18 standard columns with their
// header, TAB separated, CRLF, UTF-8 without BOM; dates AAAAMMJJ (empty when none),
// amounts with a decimal comma and no thousands separator ("1234,56", "0,00",
// Montantdevise signed "-1437,12", empty when none). Text fields are trimmed, TAB, CR
// and LF become one space and '|' becomes '/', so the file stays valid for either
// separator (the DGFiP's tool refuses a TAB file with '|' in a text). dueDate is not written (not one of the 18 columns)
// unless asked for in FecWriteOptions.
// readFec(writeFec(lines)) gives the same lines back (line numbers from 2).
std::string writeFec(const std::vector<FecLine>& lines);

struct FecWriteOptions {
    // Adds a 19th column DateEcheance with FecLine::dueDate (article A.47 A-1 allows
    // columns after the 18; readFec reads it back into dueDate).
    bool dueDateColumn = false;
};
std::string writeFec(const std::vector<FecLine>& lines, const FecWriteOptions& options);

// The legal file name <SIREN>FEC<AAAAMMJJ>.txt for the closing date (paragraph IX);
// spaces, dots and dashes of the SIREN are dropped ("732 829 320" -> "732829320").
std::string fecFileName(std::string_view siren, core::Date closingDate);

} // namespace pc::io
