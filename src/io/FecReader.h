#pragma once

#include "core/Date.h"
#include "core/Error.h"
#include "core/Money.h"
#include "io/TextDecoding.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::io {

// One line (one debit or credit) of a Fichier des Écritures Comptables, article
// A.47 A-1 of the Livre des procédures fiscales. Text fields are trimmed.
struct FecLine {
    int line = 0; // 1-based line in the file
    std::string journalCode, journalLib, ecritureNum;
    core::Date ecritureDate;
    std::string compteNum, compteLib, compAuxNum, compAuxLib, pieceRef;
    std::optional<core::Date> pieceDate;
    std::string ecritureLib;
    core::Money debit, credit; // >= 0 each (Montant+Sens and negative amounts converted to these)
    std::string ecritureLet;   // lettering code, as in the file ("" when none)
    std::optional<core::Date> dateLet;
    std::optional<core::Date> validDate;
    std::optional<core::Money> montantDevise; // signed
    std::string idevise;
    // From an extra column when the exporter adds one (DateEcheance, EcheanceDate,
    // Echeance, DateEch, DueDate), else none.
    std::optional<core::Date> dueDate;

    // Customer accounts of the French chart: 411…
    bool isClientLine() const;
};

// What warnings say, for the app layer to word in the user's language.
struct FecNotice {
    enum class Kind {
        EmptyField,            // field: JournalLib, CompteLib, EcritureLib or ValidDate
        NegativeAmount,        // a negative Debit, Credit or Montant, moved to the other side
        CurrencyAmountDropped, // field: Montantdevise, more than 2 decimals
        ErrorsNotListed,       // count: errors beyond FecFile::kMaxErrors
    };
    Kind kind = Kind::EmptyField;
    std::string field; // the header name as in the file, when one is concerned
    int count = 0;     // lines concerned
    int firstLine = 0; // the first of them (0 for ErrorsNotListed)
};

struct FecFile {
    std::vector<FecLine> lines;
    // Every problem, with file, line and field (the field name as in the header).
    // Non-empty refuses the file. At most kMaxErrors are kept (a warning counts the rest).
    std::vector<core::Error> errors;
    // What is tolerated but worth telling: one French sentence per kind, with the number
    // of lines and the first one; the same in notices, for translation.
    std::vector<std::string> warnings;
    std::vector<FecNotice> notices;
    char separator = '\t'; // '\t' or '|'
    SourceEncoding encoding = SourceEncoding::Utf8;
    // True for the Montant + Sens variant of columns 12 and 13.
    bool amountAndDirection = false;
    // Columns after the 18 that the reader does not use (DateRglt, ModeRglt, NatOp…).
    std::vector<std::string> ignoredColumns;

    bool ok() const { return errors.empty(); }

    static constexpr std::size_t kMaxErrors = 1000;
};

// Reads an FEC. The 18 columns of article A.47 A-1 in their order, header names
// matched without regard to case (JournalCode|JournalLib|EcritureNum|EcritureDate|
// CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|
// Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise), or Montant + Sens in
// place of Debit + Credit; any columns after them (trésorerie variants, a due date).
// Separator TAB or '|', detected on the header. UTF-8 (BOM ok) or Windows-1252. CRLF,
// LF or CR.
//
// Amounts: decimal comma or point, sign first or last, leading zeros and spaces
// (Odoo's fixed width " 000000000001437,12"), empty = 0; more than 2 decimals refused
// (Debit, Credit, Montant). Dates AAAAMMJJ, also AAAA-MM-JJ and JJ/MM/AAAA.
//
// Errors (each at its line, in the order of the file):
//  - nothing but blank lines: Empty.
//  - header (the first non-blank line): MissingField naming the absent columns
//    (args[0] = "A, B"), or InvalidFormat naming the misplaced ones; InvalidFormat
//    when it has neither TAB nor '|' (args[0] = its start). Nothing else is read then.
//  - a line with fewer values than the header: MissingField in the first absent column
//    (args[0] = its name); more: TooManyFields (args: count, expected).
//  - JournalCode, EcritureNum, EcritureDate, CompteNum empty: MissingField (no args).
//  - CompteNum not starting with 3 digits: InvalidFormat.
//  - bad dates and amounts: the code of Date::parse / Money::parse (InvalidDate,
//    DateOutOfRange, InvalidNumber, TooManyDecimals, Overflow), args[0] = the text.
//  - Sens other than D, C, +1, -1: UnknownValue.
//  - Debit and Credit both non-zero: InconsistentFields in Debit (args: debit, credit).
//  - an entry (EcritureNum within its JournalCode) whose debits and credits differ:
//    Unbalanced in EcritureNum at the line of its first line (args: total debit, total
//    credit as "1234.56" — the order of the lettering's Unbalanced — then journal code
//    and entry number).
// Tolerated with a warning: empty JournalLib, CompteLib, EcritureLib or ValidDate
// (real exporters leave them empty), negative Debit/Credit (moved to the other side),
// a Montantdevise with more than 2 decimals (dropped: it is not used here). Lines of
// separators only are blank. Lines in error are left out of FecFile::lines.
FecFile readFec(std::string_view bytes, const std::string& fileName);

struct FecReadOptions {
    // Keep only the customer lines (FecLine::isClientLine) in FecFile::lines. Every
    // line is still checked and balanced; a million-line ledger then takes a fraction
    // of the memory (a FecLine is some 430 bytes) and of the time.
    bool clientLinesOnly = false;
};
FecFile readFec(std::string_view bytes, const std::string& fileName, const FecReadOptions& options);

} // namespace pc::io
