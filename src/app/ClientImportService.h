#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace pc::app {

class Workspace;

// What to do with a client of the file whose SIREN (or account number) is already
// in the store.
enum class DuplicatePolicy {
    Refuse, // report it as an error: the file is refused
    Skip,   // keep the stored client as it is
    Update, // overwrite the stored client with the values the file gives
};

struct ClientImportReport {
    int rowsRead = 0;
    int created = 0;
    int updated = 0;
    int skipped = 0;
    // Non-empty means nothing was written.
    std::vector<core::Error> errors;
    // Things the user should know although the import went through.
    QStringList warnings;
    QString encoding;

    bool ok() const { return errors.empty(); }
};

// Called with (rows done, rows in all); returning false cancels the import, which
// then writes nothing.
using ProgressCallback = std::function<bool(int done, int total)>;

// Imports a client CSV file (see io::readClientCsv) in one transaction: a file with
// any error changes nothing, and the report lists every error with its line and
// column. Clients asked "active" are activated only when their opening checklist is
// complete, otherwise they come in pending, with a warning.
class ClientImportService {
    Q_DECLARE_TR_FUNCTIONS(ClientImportService)

public:
    explicit ClientImportService(Workspace& workspace) : m_ws(workspace) {}

    ClientImportReport importFile(const QString& path, DuplicatePolicy policy, const ProgressCallback& progress = {});
    ClientImportReport importBytes(const QByteArray& bytes, const QString& fileName, DuplicatePolicy policy,
                                   const ProgressCallback& progress = {});

private:
    Workspace& m_ws;
};

} // namespace pc::app

Q_DECLARE_METATYPE(pc::app::ClientImportReport)
