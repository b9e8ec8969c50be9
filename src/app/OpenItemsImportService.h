#pragma once

#include "app/ClientImportService.h"
#include "core/Error.h"
#include "core/Money.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace pc::app {

class Workspace;

struct OpenItemsImportReport {
    QString encoding;
    int rowsRead = 0;
    int invoices = 0;
    int creditNotes = 0;
    core::Money openTotal; // what the clients owe, net of credit notes
    std::vector<core::Error> errors; // non-empty: nothing was written
    QStringList warnings;

    bool ok() const { return errors.empty(); }
};

// Imports the open items another program leaves when PosteClient takes over (see
// io::readOpenItemsCsv), in one transaction: each row becomes an invoice (or credit
// note) of the client's ledger in the opening journal "AN" with its due date; the part
// already settled (montant_ttc − reste_du) is an opening settlement allocated to it, so
// the document keeps its full amount and only the rest is open. The clients must be in
// the client file (by SIREN or account number); a piece already in a client's ledger
// and the same file twice are refused.
class OpenItemsImportService {
    Q_DECLARE_TR_FUNCTIONS(OpenItemsImportService)

public:
    explicit OpenItemsImportService(Workspace& workspace) : m_ws(workspace) {}

    OpenItemsImportReport importFile(const QString& path, const ProgressCallback& progress = {});
    OpenItemsImportReport importBytes(const QByteArray& bytes, const QString& fileName,
                                      const ProgressCallback& progress = {});

private:
    Workspace& m_ws;
};

} // namespace pc::app
