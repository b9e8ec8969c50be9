#pragma once

#include "core/ClientFile.h"
#include "core/Result.h"
#include "io/StatementReader.h"
#include "risk/FinancialStatement.h"
#include "risk/LiasseCodeTable.h"

#include <QString>

#include <vector>

namespace pc::app {

class Workspace;

// The liasse code table built in (resources/liasse/liasse_codes.json), read once.
const risk::LiasseCodeTable& liasseCodes();

struct StatementImportReport {
    QString file;
    QString encoding;
    struct Saved {
        std::string siren;
        QString name;
        core::Date closingDate;
        bool replaced = false;
    };
    std::vector<Saved> saved;
    std::vector<core::Error> errors;
    bool ok() const { return errors.empty(); }
};

// Stage 1: the statements of a client, entered in the form or imported from a file.
// A statement is checked against the code table (unknown and missing codes, totals,
// assets = liabilities) before anything is written; an import is all or nothing.
class StatementService {
public:
    explicit StatementService(Workspace& workspace) : m_ws(workspace) {}

    StatementImportReport importFile(const QString& path, const io::StatementDefaults& defaults = {});
    // Saves one statement of a client (replacing the one of the same closing date).
    // Errors: every problem of the checks (the first one is returned; see check()).
    core::Status save(qint64 clientId, risk::FinancialStatement statement);
    core::Status remove(qint64 clientId, core::Date closingDate);
    // The statements of a client as filed, oldest first.
    core::Result<std::vector<risk::FinancialStatement>> statements(const core::ClientFile& client);
    // Every problem of a statement, for the form to show next to the lines.
    std::vector<core::Error> check(const risk::FinancialStatement& statement) const;

private:
    Workspace& m_ws;
};

} // namespace pc::app
