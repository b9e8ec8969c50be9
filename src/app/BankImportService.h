#pragma once

#include "app/ClientImportService.h"
#include "core/Error.h"
#include "core/Money.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>
#include <string>
#include <vector>

namespace pc::app {

class Workspace;

struct BankImportReport {
    QString format; // "camt.053", "CFONB 120"
    int statements = 0;
    int movements = 0;
    int payments = 0; // money in from a recognised client: a payment entry each
    core::Money paid;
    int unmatched = 0; // money in from nobody recognised: waits in the bank lines
    core::Money unmatchedAmount;
    int outgoing = 0;   // money out, kept for the record
    int duplicates = 0; // movements already imported from another file, skipped
    // How the clients were recognised: "iban", "siren", "invoice", "name".
    std::map<std::string, int> matchedBy;
    std::vector<core::Error> errors; // non-empty: nothing was written
    QStringList warnings;

    bool ok() const { return errors.empty(); }
};

// Imports a bank statement (camt.053 or CFONB 120, see io::readBankStatement) in one
// transaction. Every movement is kept; money in becomes a payment of the client found
// by, in this order, the payer's IBAN, a SIREN (or SIRET) in the payer's identifier or
// the texts, one of the client's invoice numbers in the texts, or the payer's exact
// name. The same file imported twice is refused; a movement already read from another
// file (same account, date, amount and reference) is skipped.
class BankImportService {
    Q_DECLARE_TR_FUNCTIONS(BankImportService)

public:
    explicit BankImportService(Workspace& workspace) : m_ws(workspace) {}

    BankImportReport importFile(const QString& path, const ProgressCallback& progress = {});
    BankImportReport importBytes(const QByteArray& bytes, const QString& fileName,
                                 const ProgressCallback& progress = {});

private:
    Workspace& m_ws;
};

} // namespace pc::app
