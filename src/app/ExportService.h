#pragma once

#include "core/Date.h"
#include "core/Result.h"
#include "io/ReportTable.h"
#include "receivables/AgedBalance.h"
#include "receivables/Ledger.h"

#include <QCoreApplication>
#include <QString>

namespace pc::app {

class Workspace;

// How the aged balance is cut, as the aging command takes it.
struct AgingLayout {
    receivables::AgingBasis basis = receivables::AgingBasis::DueDate;
    receivables::AgingBuckets buckets;
};

// Stage 9 exports: the aged balance, the portfolio KPIs and the receivables ledger as
// of a day, as tables with French headers (the interface's language), written to an
// Excel workbook or a CSV that French Excel opens (see io::writeXlsx, io::writeCsv).
class ExportService {
    Q_DECLARE_TR_FUNCTIONS(pc::app::ExportService)

public:
    explicit ExportService(Workspace& workspace) : m_ws(workspace) {}

    // One row per client with something open or disputed on the day, by SIREN: SIREN,
    // name, the buckets, their total, the disputed amount apart.
    io::ReportTable agingTable(core::Date today, const AgingLayout& layout = {});
    // One row per indicator: label, value (amounts in euros, days, percent: hundredths),
    // unit; the value is empty when there were no sales to divide by.
    io::ReportTable kpiTable(core::Date today);
    // Every entry dated on or before the day, by client then date: SIREN, client, date,
    // piece, kind, label, debit, credit, due date, letter code, open amount (signed).
    io::ReportTable ledgerTable(core::Date today);

    // Writes report "aging" | "kpi" | "ledger" in format "xlsx" | "csv" to `path` and
    // returns the number of rows under the header.
    // Errors: UnknownValue (args {value}, field "report" or "format"), IoError {path, why}.
    core::Result<int> exportTo(const QString& report, const QString& format, const QString& path, core::Date today,
                               const AgingLayout& layout = {});

private:
    core::Result<io::ReportTable> table(const QString& report, core::Date today, const AgingLayout& layout);
    static QString bucketHeader(const std::string& label);
    static QString kindLabel(receivables::EntryKind kind);

    Workspace& m_ws;
};

} // namespace pc::app
