#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "receivables/ReceivablesTimeline.h"

#include <QString>
#include <QtGlobal>

#include <unordered_map>
#include <vector>

namespace pc::store {

class Database;

// An entry of the receivables ledger open on a day, signed like the balance.
struct OpenOnDay {
    qint64 companyId = 0;
    qint64 entryId = 0;
    core::Date date;
    core::Date dueDate; // its date when it has none
    core::Money open;   // debit positive, credit negative
};

// An open entry as the drill-down of the aged balance shows it.
struct OpenEntryDetail {
    qint64 entryId = 0;
    QString kind;
    QString piece;
    QString label;
    core::Date date;
    core::Date dueDate;
    core::Money open; // signed like the balance
};

// What the stage 9 tables group clients by.
struct ClientLabel {
    QString siren;
    QString name;
    QString segment;
    QString salesRep;
};

// Credit sales of one client in one period (a calendar month, or any span).
struct CompanySales {
    qint64 companyId = 0;
    core::Date month; // the first day of the month; unset for a span
    core::Money sales;
};

// Stage 9 reads of the ledger: what is open on any day, the sales of a period.
class AgingRepository {
public:
    explicit AgingRepository(Database& db) : m_db(db) {}

    // Entries dated on or before `asOf` with something open that day: open today plus
    // what was allocated to them after it. Deposits, tied to their orders, are left out.
    std::vector<OpenOnDay> openOn(core::Date asOf);
    // Invoices less credit notes dated in [from, to], and the debits imported from another
    // program's ledger: the credit sales of a period, including VAT.
    core::Money salesBetween(core::Date from, core::Date to);
    // The same per client, and per client and calendar month.
    std::vector<CompanySales> salesByClientBetween(core::Date from, core::Date to);
    std::vector<CompanySales> salesByClientMonth(core::Date from, core::Date to);
    // The entries of one client open on `asOf` (as openOn), with their pieces.
    std::vector<OpenEntryDetail> openEntriesOf(qint64 companyId, core::Date asOf);
    // The ledger up to `to` summed by day, its sales from `salesFrom`: what the KPIs of
    // many days are computed from in one read.
    receivables::LedgerTimeline timeline(core::Date salesFrom, core::Date to);
    // Every client's SIREN, name, segment and sales rep in one read.
    std::unordered_map<qint64, ClientLabel> clientLabels();

private:
    Database& m_db;
};

} // namespace pc::store
