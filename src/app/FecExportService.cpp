#include "app/FecExportService.h"

#include "app/Workspace.h"
#include "io/FecWriter.h"
#include "store/LedgerRepository.h"

#include <QFile>
#include <QSaveFile>

namespace pc::app {

using core::Money;
using receivables::EntryKind;

namespace {

std::string journalLabel(const std::string& code)
{
    if (code == "VE")
        return "Ventes";
    if (code == "BQ")
        return "Banque";
    if (code == "OD")
        return "Opérations diverses";
    if (code == "AN")
        return "A-nouveaux";
    return code;
}

// One counterpart line: the account and its amount on the other side.
struct Counterpart {
    std::string account;
    std::string label;
    Money amount;
};

std::vector<Counterpart> counterpartsOf(const store::ExportedEntry& row)
{
    const receivables::LedgerEntry& e = row.entry;
    const Money amount = e.amount();
    switch (e.kind) {
    case EntryKind::Invoice:
    case EntryKind::CreditNote:
        if (row.net && row.vat && *row.net + *row.vat == amount) {
            const std::string sales = e.kind == EntryKind::Invoice ? "706000" : "709000";
            std::vector<Counterpart> lines{{sales, e.kind == EntryKind::Invoice ? "Ventes" : "Rabais, remises, ristournes",
                                            *row.net}};
            if (!row.vat->isZero())
                lines.push_back({"445710", "TVA collectée", *row.vat});
            return lines;
        }
        break;
    case EntryKind::Payment:
    case EntryKind::Deposit:
    case EntryKind::Refund:
        return {{"512000", "Banque", amount}};
    case EntryKind::Adjustment:
        if (e.journal == "OD" && e.piece == "ECART")
            return {{e.isDebit() ? "758000" : "658000",
                     e.isDebit() ? "Produits divers de gestion courante" : "Charges diverses de gestion courante",
                     amount}};
        break;
    case EntryKind::Imported:
        break;
    }
    return {{"471000", "Compte d'attente", amount}};
}

io::FecLine clientLine(const store::ExportedEntry& row)
{
    const receivables::LedgerEntry& e = row.entry;
    io::FecLine line;
    line.journalCode = e.journal;
    line.journalLib = journalLabel(e.journal);
    line.ecritureNum = row.entryNumber.empty() ? e.journal + std::to_string(e.id) : row.entryNumber;
    line.ecritureDate = e.date;
    line.compteNum = row.account.empty() ? "411000" : row.account;
    line.compteLib = "Clients";
    line.compAuxNum = row.clientAccount;
    line.compAuxLib = row.clientName;
    line.pieceRef = e.piece.empty() ? "-" : e.piece;
    line.pieceDate = e.date;
    line.ecritureLib = e.label.empty() ? line.pieceRef : e.label;
    line.debit = e.debit;
    line.credit = e.credit;
    line.ecritureLet = e.letter;
    line.dateLet = e.letter.empty() ? std::nullopt : e.letteredOn;
    line.validDate = e.date;
    line.dueDate = e.dueDate;
    return line;
}

} // namespace

std::string FecExportService::render(core::Date from, core::Date to, FecExportReport& report)
{
    report = {from, to, 0, 0, 0};
    std::vector<io::FecLine> lines;
    for (const store::ExportedEntry& row : store::LedgerRepository(m_ws.db()).exportRows(from, to)) {
        const io::FecLine client = clientLine(row);
        lines.push_back(client);
        for (const Counterpart& c : counterpartsOf(row)) {
            io::FecLine other = client;
            other.compteNum = c.account;
            other.compteLib = c.label;
            other.compAuxNum.clear();
            other.compAuxLib.clear();
            other.ecritureLet.clear();
            other.dateLet.reset();
            other.debit = row.entry.isDebit() ? Money() : c.amount;
            other.credit = row.entry.isDebit() ? c.amount : Money();
            lines.push_back(std::move(other));
        }
        ++report.entries;
        report.lettered += row.entry.letter.empty() ? 0 : 1;
    }
    report.lines = static_cast<int>(lines.size());
    return io::writeFec(lines);
}

core::Result<FecExportReport> FecExportService::exportTo(const QString& path, core::Date from, core::Date to)
{
    FecExportReport report;
    const std::string text = render(from, to, report);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size())
        || !file.commit())
        return core::Error(core::ErrorCode::IoError, {path.toStdString(), file.errorString().toStdString()});
    return report;
}

} // namespace pc::app
