#include "app/ExportService.h"

#include "app/AgingService.h"
#include "app/KpiService.h"
#include "app/Workspace.h"
#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"
#include "store/LedgerExportQuery.h"

#include <QSaveFile>

#include <optional>

namespace pc::app {

using core::Error;
using core::ErrorCode;
using io::ColumnKind;
using io::ReportCell;

namespace {

std::string text(const QString& value)
{
    return value.toStdString();
}

ReportCell money(core::Money amount)
{
    return amount.cents();
}

ReportCell hundredths(const std::optional<std::int64_t>& value)
{
    return value ? ReportCell(*value) : ReportCell();
}

ReportCell optionalDate(const std::optional<core::Date>& date)
{
    return date ? ReportCell(*date) : ReportCell();
}

core::Status writeCsvFile(const QString& path, const io::ReportTable& table)
{
    const std::string csv = io::writeCsv(table);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(csv.data(), static_cast<qint64>(csv.size())) != static_cast<qint64>(csv.size())
        || !file.commit())
        return Error(ErrorCode::IoError, {path.toStdString(), file.errorString().toStdString()});
    return {};
}

} // namespace

QString ExportService::bucketHeader(const std::string& label)
{
    if (label == "not_due")
        return tr("Non échu");
    return tr("%1 jours").arg(QString::fromStdString(label));
}

QString ExportService::kindLabel(receivables::EntryKind kind)
{
    using receivables::EntryKind;
    switch (kind) {
    case EntryKind::Invoice: return tr("Facture");
    case EntryKind::CreditNote: return tr("Avoir");
    case EntryKind::Payment: return tr("Règlement");
    case EntryKind::Deposit: return tr("Acompte");
    case EntryKind::Refund: return tr("Remboursement");
    case EntryKind::Adjustment: return tr("Régularisation");
    case EntryKind::Imported: return tr("Reprise");
    }
    return {};
}

io::ReportTable ExportService::agingTable(core::Date today, const AgingLayout& layout)
{
    const AgedBalanceView view = AgingService(m_ws).agedBalance(today, layout.basis, layout.buckets);
    io::ReportTable table{text(tr("Balance âgée")), {{text(tr("SIREN")), ColumnKind::Text},
                                                     {text(tr("Client")), ColumnKind::Text}}, {}};
    for (const std::string& label : view.labels)
        table.columns.push_back({text(bucketHeader(label)), ColumnKind::Money});
    table.columns.push_back({text(tr("Total")), ColumnKind::Money});
    table.columns.push_back({text(tr("En litige")), ColumnKind::Money});
    for (const AgedClient& client : view.clients) {
        io::ReportRow row{client.siren, client.name};
        for (const core::Money& amount : client.row.buckets)
            row.push_back(money(amount));
        row.push_back(money(client.row.total));
        row.push_back(money(client.row.disputed));
        table.rows.push_back(std::move(row));
    }
    return table;
}

io::ReportTable ExportService::kpiTable(core::Date today)
{
    const PortfolioKpis k = KpiService(m_ws).portfolio(today);
    struct Indicator {
        QString label;
        std::optional<std::int64_t> value; // hundredths
        std::string unit;
    };
    const std::string euros = "€", days = text(tr("jours")), percent = "%";
    // Amounts go in the hundredths column as cents: the same two decimals, unit "€".
    const Indicator indicators[] = {
        {tr("Encours"), k.receivables.cents(), euros},
        {tr("Non échu"), k.current.cents(), euros},
        {tr("Échu"), k.overdue.cents(), euros},
        {tr("Ventes des %1 derniers jours").arg(k.periodDays), k.sales.cents(), euros},
        {tr("Part échue de l'encours"), k.overdueShare, percent},
        {tr("DSO"), k.dso, days},
        {tr("Meilleur DSO possible"), k.bestDso, days},
        {tr("Retard moyen (ADD)"), k.averageDaysDelinquent, days},
        {tr("DSO par épuisement"), k.countBackDso, days},
        {tr("Efficacité du recouvrement (CEI)"), k.cei, percent},
    };
    io::ReportTable table{text(tr("Indicateurs")),
                          {{text(tr("Indicateur")), ColumnKind::Text},
                           {text(tr("Valeur")), ColumnKind::Hundredths},
                           {text(tr("Unité")), ColumnKind::Text}},
                          {}};
    for (const Indicator& i : indicators)
        table.rows.push_back({text(i.label), hundredths(i.value), i.unit});
    return table;
}

io::ReportTable ExportService::ledgerTable(core::Date today)
{
    io::ReportTable table{text(tr("Grand livre clients")),
                          {{text(tr("SIREN")), ColumnKind::Text},
                           {text(tr("Client")), ColumnKind::Text},
                           {text(tr("Date")), ColumnKind::Date},
                           {text(tr("Pièce")), ColumnKind::Text},
                           {text(tr("Nature")), ColumnKind::Text},
                           {text(tr("Libellé")), ColumnKind::Text},
                           {text(tr("Débit")), ColumnKind::Money},
                           {text(tr("Crédit")), ColumnKind::Money},
                           {text(tr("Échéance")), ColumnKind::Date},
                           {text(tr("Lettrage")), ColumnKind::Text},
                           {text(tr("Reste dû")), ColumnKind::Money}},
                          {}};
    for (const store::LedgerExportRow& r : store::LedgerExportQuery(m_ws.db()).rows(today)) {
        const receivables::LedgerEntry& e = r.entry;
        table.rows.push_back({r.siren, r.clientName, e.date, e.piece, text(kindLabel(e.kind)), e.label,
                              money(e.debit), money(e.credit), optionalDate(e.dueDate), e.letter, money(r.open)});
    }
    return table;
}

core::Result<io::ReportTable> ExportService::table(const QString& report, core::Date today, const AgingLayout& layout)
{
    if (report == QLatin1String("aging"))
        return agingTable(today, layout);
    if (report == QLatin1String("kpi"))
        return kpiTable(today);
    if (report == QLatin1String("ledger"))
        return ledgerTable(today);
    return Error(ErrorCode::UnknownValue, {report.toStdString()}).inField("report");
}

core::Result<int> ExportService::exportTo(const QString& report, const QString& format, const QString& path,
                                          core::Date today, const AgingLayout& layout)
{
    const bool xlsx = format == QLatin1String("xlsx");
    if (!xlsx && format != QLatin1String("csv"))
        return Error(ErrorCode::UnknownValue, {format.toStdString()}).inField("format");
    auto built = table(report, today, layout);
    if (!built)
        return built.error();
    const core::Status written = xlsx ? io::writeXlsx(path.toStdString(), {*built}) : writeCsvFile(path, *built);
    if (!written)
        return written.error();
    return static_cast<int>(built->rows.size());
}

} // namespace pc::app
