#pragma once

#include "core/Date.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace pc::app {

class Workspace;

struct FecExportReport {
    core::Date from;
    core::Date to;
    int entries = 0; // ledger entries exported
    int lines = 0;   // FEC lines, counterparts included
    int lettered = 0;
};

// Exports the receivables ledger as an FEC (article A.47 A-1), lettering included, so
// that the accountant's software takes the lettering back. Each client line (411,
// auxiliary account = client account number) comes with its counterpart so that every
// entry balances: sales 706000 and VAT 445710 for PosteClient's invoices (709000 for
// credit notes), bank 512000 for payments, deposits and refunds, 658000 / 758000 for
// payment differences written off, suspense account 471000 for lines whose
// counterpart PosteClient does not hold (imported ledgers).
class FecExportService {
    Q_DECLARE_TR_FUNCTIONS(FecExportService)

public:
    explicit FecExportService(Workspace& workspace) : m_ws(workspace) {}

    // The FEC text of the entries dated in [from, to].
    std::string render(core::Date from, core::Date to, FecExportReport& report);
    // Writes it to `path`. Errors: IoError.
    core::Result<FecExportReport> exportTo(const QString& path, core::Date from, core::Date to);

private:
    Workspace& m_ws;
};

} // namespace pc::app
