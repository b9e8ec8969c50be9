#pragma once

#include "core/ClientFile.h"
#include "core/Error.h"
#include "io/TextDecoding.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::io {

// One client read from a line of the file.
struct ClientCsvRow {
    int line = 0;
    core::ClientFile file;
    // Status asked for in the file (statut column), if any.
    std::optional<core::AccountStatus> requestedStatus;
};

struct ClientCsvResult {
    std::vector<ClientCsvRow> rows;
    // Problems that refuse the file, each with file, line and field.
    std::vector<core::Error> errors;
    // Columns that were not recognised and are ignored.
    std::vector<std::string> ignoredColumns;
    SourceEncoding encoding = SourceEncoding::Utf8;
    char delimiter = ';';

    bool ok() const { return errors.empty(); }
};

// Reads a client list exported from an ERP or a spreadsheet. Headers are matched
// without regard to case, accents, spaces or dashes, with their usual French and
// English names: siren, siret, raison_sociale/nom, compte, adresse, adresse2,
// code_postal, ville, pays, email, telephone, contact, iban, bic, forme_juridique,
// code_naf, date_creation, segment, commercial, mode_paiement, statut, date_kbis,
// date_cgv. A row needs a name and a SIREN, a SIRET or an account number. Email and
// telephone are those of the accounts-payable contact. Every bad value is reported
// with its line and column; duplicates inside the file (SIREN, SIRET, account) too.
ClientCsvResult readClientCsv(std::string_view bytes, const std::string& fileName);

} // namespace pc::io
