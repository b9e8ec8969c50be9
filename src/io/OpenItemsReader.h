#pragma once

#include "core/Date.h"
#include "core/Error.h"
#include "core/Money.h"
#include "core/Siren.h"
#include "io/TextDecoding.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::io {

// One open invoice or credit note brought from another ERP when starting.
struct OpenItemRow {
    int line = 0;
    std::optional<core::Siren> siren; // column siren
    // Column compte: the client's 411 account number, upper-cased like the client
    // list's (ASCII letters and digits, at most 20). One of siren/compte is required.
    std::string account;
    std::string piece;                 // the invoice or credit note number, required
    core::Date pieceDate;              // date_piece, required
    std::optional<core::Date> dueDate; // echeance
    // montant_ttc: the document's amount including VAT, negative for a credit note.
    core::Money amount;
    // reste_du: what is still open, same sign as amount, |remaining| <= |amount|, not
    // zero. An empty cell, or no such column, means the whole amount.
    core::Money remaining;
    std::string label; // optional libelle column
};

struct OpenItemsFile {
    std::vector<OpenItemRow> rows;
    std::vector<core::Error> errors;
    std::vector<std::string> ignoredColumns;
    SourceEncoding encoding = SourceEncoding::Utf8;
    char delimiter = ';';
    bool ok() const { return errors.empty(); }
};

// Reads the open items CSV. Headers are matched without regard to case, accents,
// spaces or underscores: siren, compte (account, compte_client…), piece (document,
// numero_facture…), date_piece (document_date, date_facture…), echeance (due_date),
// montant_ttc (amount, montant), reste_du (open_amount, remaining, restant_du),
// libelle (label). Dates 31/12/2025 or 2025-12-31; amounts "1 234,56" or "1234.56".
//
// Errors, each with file, line and the header as written:
//  - header: MissingField for piece, date_piece, montant_ttc, or for siren when neither
//    siren nor compte is there; DuplicateField for a column named twice.
//  - rows: MissingField (siren when neither siren nor compte is given, piece,
//    date_piece, montant_ttc), the parsing errors of Siren, Date and Money,
//    InvalidFormat/InvalidLength for an account number, TooManyFields;
//    InconsistentFields in reste_du (args: remaining, amount as "1234.56") when the
//    remaining amount is zero, of the other sign or larger than the amount;
//    DuplicateKey in piece (args: piece, first line) for the same client (its SIREN,
//    else its account) and piece twice, at the second line.
OpenItemsFile readOpenItemsCsv(std::string_view bytes, const std::string& fileName);

} // namespace pc::io
