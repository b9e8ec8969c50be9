#include "app/OpenItemsImportService.h"

#include "app/ClientService.h"
#include "app/ImportedFile.h"
#include "app/Workspace.h"
#include "io/OpenItemsReader.h"
#include "store/AuditLog.h"
#include "store/ClientRepository.h"
#include "store/ImportJournal.h"
#include "store/LedgerRepository.h"
#include "store/Transaction.h"

#include <QFileInfo>

namespace pc::app {

using core::Error;
using core::ErrorCode;
using core::Money;
using core::Status;
using receivables::EntryKind;

namespace {

const QString kImportKind = QStringLiteral("open_items");

Error atRow(Error error, const QString& fileName, int line, const char* field)
{
    return error.inFile(fileName.toStdString()).atLine(line).inField(field);
}

} // namespace

OpenItemsImportReport OpenItemsImportService::importFile(const QString& path, const ProgressCallback& progress)
{
    auto bytes = readImportFile(path);
    if (!bytes) {
        OpenItemsImportReport report;
        report.errors.push_back(bytes.error());
        return report;
    }
    return importBytes(*bytes, QFileInfo(path).fileName(), progress);
}

OpenItemsImportReport OpenItemsImportService::importBytes(const QByteArray& bytes, const QString& fileName,
                                                          const ProgressCallback& progress)
{
    OpenItemsImportReport report;
    const io::OpenItemsFile parsed = io::readOpenItemsCsv(
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), fileName.toStdString());
    report.encoding = QString::fromLatin1(io::encodingName(parsed.encoding));
    report.rowsRead = static_cast<int>(parsed.rows.size());
    report.errors = parsed.errors;
    for (const std::string& column : parsed.ignoredColumns)
        report.warnings << tr("Colonne « %1 » non reconnue : ignorée").arg(QString::fromStdString(column));
    if (!report.ok())
        return report;

    const auto outcome = guardStore([&]() -> Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::ImportJournal journal(m_ws.db());
        auto importId = recordImport(m_ws, kImportKind, fileName, bytes);
        if (!importId)
            return importId.error();
        store::ClientRepository clients(m_ws.db());
        store::LedgerRepository ledger(m_ws.db());
        const store::Stamp stamp = m_ws.stamp();
        const core::Date today = m_ws.clock().today();
        const int total = static_cast<int>(parsed.rows.size());
        int done = 0;
        for (const io::OpenItemRow& row : parsed.rows) {
            if (progress && done % 100 == 0 && !progress(done, total))
                return Error(ErrorCode::Cancelled, {});
            ++done;
            std::optional<qint64> companyId = row.siren ? clients.idBySiren(*row.siren) : std::nullopt;
            if (!companyId && !row.account.empty())
                companyId = clients.idByAccountNumber(QString::fromStdString(row.account));
            if (!companyId) {
                report.errors.push_back(atRow(Error(ErrorCode::NotFound, {row.siren ? row.siren->str() : row.account}),
                                              fileName, row.line, row.siren ? "siren" : "compte"));
                continue;
            }
            const bool debit = row.amount.isPositive();
            if (ledger.hasPiece(*companyId, row.piece, debit)) {
                report.errors.push_back(
                    atRow(Error(ErrorCode::AlreadyExists, {row.piece}), fileName, row.line, "piece"));
                continue;
            }
            if (row.pieceDate > today) {
                report.errors.push_back(atRow(Error(ErrorCode::DateTooLate, {row.pieceDate.toIso(), today.toIso()}),
                                              fileName, row.line, "date_piece"));
                continue;
            }
            receivables::LedgerEntry document;
            document.kind = debit ? EntryKind::Invoice : EntryKind::CreditNote;
            document.journal = "AN";
            document.date = row.pieceDate;
            document.piece = row.piece;
            document.label = row.label.empty() ? "Reprise " + row.piece : row.label;
            (debit ? document.debit : document.credit) = row.amount.abs();
            document.dueDate = row.dueDate;
            store::EntrySource source;
            source.importId = *importId;
            auto documentId = ledger.addEntry(*companyId, document, source, stamp);
            if (!documentId)
                return documentId.error();
            // What was settled before the take-over: an opening settlement set against
            // the document, so that only the rest is open.
            const Money settled = row.amount.abs() - row.remaining.abs();
            if (settled.isPositive()) {
                receivables::LedgerEntry settlement;
                settlement.kind = EntryKind::Imported;
                settlement.journal = "AN";
                settlement.date = row.pieceDate;
                settlement.piece = row.piece;
                settlement.label = "Règlements antérieurs à la reprise";
                (debit ? settlement.credit : settlement.debit) = settled;
                auto settlementId = ledger.addEntry(*companyId, settlement, source, stamp);
                if (!settlementId)
                    return settlementId.error();
                const receivables::Allocation allocation{debit ? *documentId : *settlementId,
                                                         debit ? *settlementId : *documentId, settled, row.pieceDate};
                if (auto status = ledger.addAllocation(allocation, stamp); !status)
                    return status;
            }
            ++(debit ? report.invoices : report.creditNotes);
            report.openTotal += debit ? row.remaining.abs() : -row.remaining.abs();
        }
        if (!report.errors.empty())
            return Error(ErrorCode::Cancelled, {});
        if (auto status = journal.setRows(*importId, total); !status)
            return status;
        store::AuditEntry audit{0, m_ws.clock().now(), m_ws.actor(), QStringLiteral("open_items.import"),
                                QStringLiteral("import"), fileName, {}, nullptr,
                                {{"file", fileName.toStdString()},
                                 {"invoices", report.invoices},
                                 {"credit_notes", report.creditNotes},
                                 {"open_cents", report.openTotal.cents()}}};
        if (auto status = store::AuditLog(m_ws.db()).record(audit); !status)
            return status;
        if (progress)
            progress(total, total);
        return tx.commit();
    });
    if (!outcome) {
        if (report.errors.empty())
            report.errors.push_back(outcome.error());
        report.invoices = report.creditNotes = 0;
        report.openTotal = Money();
        return report;
    }
    if (report.invoices + report.creditNotes > 0)
        emit m_ws.notifier().ledgerChanged();
    return report;
}

} // namespace pc::app
