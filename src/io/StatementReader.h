#pragma once

#include "core/Date.h"
#include "core/Error.h"
#include "core/Result.h"
#include "risk/FinancialStatement.h"
#include "risk/LiasseCodeTable.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace pc::io {

// What the caller knows of the statement besides the file (the CLI's --siren,
// --closing-date, --months, --regime). A value given both here and in the file must
// agree with it, or the file is refused (InconsistentFields: file value, given value).
struct StatementDefaults {
    std::string siren;                      // empty: not given
    std::optional<core::Date> closingDate;
    std::optional<int> months;              // 12 when given nowhere
    std::optional<risk::Regime> regime;     // normal when given nowhere
};

struct StatementReadResult {
    // The statements read without error, in the order of the file.
    std::vector<risk::FinancialStatement> statements;
    // Every problem, each with file, line (0 when unknown) and field: the line code
    // for an amount ("FL"), the metadata name otherwise ("siren", "closing_date").
    std::vector<core::Error> errors;
    QString encoding; // "UTF-8" or "Windows-1252"

    bool ok() const { return errors.empty(); }
};

// Reads the accounts of one or several fiscal years (see docs/STATEMENTS.md): JSON for
// .json, CSV for .csv and .txt, otherwise JSON when the text starts with '{' or '['.
// Amounts are euros, converted to cents exactly (never through a double); more than
// two decimals are refused. Codes are upper-cased but not checked against the code
// table: that is risk::checkStatement's job.
StatementReadResult readStatementFile(const QString& path, const StatementDefaults& defaults = {});

// {"siren": "552100554", "closing_date": "2025-12-31", "months": 12, "regime": "normal",
//  "source": "…", "currency": "EUR", "lines": {"FL": 1250000.50, "HN": "-12 500,00"}},
// or an array of such objects.
StatementReadResult readStatementJson(const QByteArray& bytes, const QString& fileName,
                                      const StatementDefaults& defaults = {});

// Rows "code;amount" (';', ',' or tab; UTF-8 or Windows-1252), optionally with rows
// "siren;…", "closing_date;…" (or "date_cloture"), "months;…" (or "duree"),
// "regime;…", and a header row "code;montant". Lines starting with '#' are comments.
StatementReadResult readStatementCsv(const QByteArray& bytes, const QString& fileName,
                                     const StatementDefaults& defaults = {});

// resources/liasse/liasse_codes.json into a code table; the first problem found, with
// its line and the field of the entry.
core::Result<risk::LiasseCodeTable> readLiasseCodeTable(const QByteArray& bytes, const QString& fileName);

} // namespace pc::io
