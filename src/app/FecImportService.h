#pragma once

#include "app/ClientImportService.h"
#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace pc::app {

class Workspace;

// A client the FEC named by its auxiliary account that the client file did not know:
// created without SIREN, to complete.
struct ClientToComplete {
    QString account;
    QString name;
};

struct FecImportReport {
    QString encoding;
    int linesRead = 0;
    int clientLines = 0;     // lines of 411 accounts
    int entries = 0;         // ledger entries written
    int alreadyImported = 0; // lines a previous file already brought, skipped
    int withoutAccount = 0;  // 411 lines without an auxiliary account, skipped
    int clientsLinked = 0;   // clients of the file found in the client file
    std::vector<ClientToComplete> clientsCreated;
    int letteredGroups = 0;  // lettering of the file kept, with its code
    int partialGroups = 0;   // codes whose lines do not balance: allocated, left open
    int groupsNotApplied = 0; // codes touching lines imported before
    int lettersRenamed = 0;   // codes the client's ledger already used: given the next code
    std::vector<core::Error> errors; // non-empty: nothing was written
    QStringList warnings;

    bool ok() const { return errors.empty(); }
};

// Imports the client lines (accounts 411…) of an FEC into the receivables ledger, in one
// transaction. Each auxiliary account (CompAuxNum, or a detailed 411 account) is the
// account number of a client; an unknown one becomes a client to complete. The
// lettering of the file (EcritureLet, DateLet) is kept: a code whose lines balance
// letters them under that code; one that does not is allocated as far as it goes.
// The same file twice is refused; lines a previous file brought are skipped.
class FecImportService {
    Q_DECLARE_TR_FUNCTIONS(FecImportService)

public:
    explicit FecImportService(Workspace& workspace) : m_ws(workspace) {}

    FecImportReport importFile(const QString& path, const ProgressCallback& progress = {});
    FecImportReport importBytes(const QByteArray& bytes, const QString& fileName, const ProgressCallback& progress = {});

private:
    Workspace& m_ws;
};

} // namespace pc::app
