#include "store/AgingRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

namespace pc::store {

namespace {

// Entries open on a day: open today plus the allocations made after it, added back to
// both of their entries. Deposits, tied to their orders, are left out. `columns` are
// read from the entry `e`; `open` is the amount open that day.
QString openOnSql(const QString& columns, const QString& filter)
{
    return QStringLiteral(
               "SELECT %1, e.open_cents + COALESCE(later.cents, 0) AS open "
               "FROM ledger_entries e LEFT JOIN (SELECT entry_id, SUM(cents) AS cents FROM ("
               "SELECT debit_entry_id AS entry_id, amount_cents AS cents FROM ledger_allocations WHERE allocated_on > ? "
               "UNION ALL SELECT credit_entry_id AS entry_id, amount_cents AS cents FROM ledger_allocations "
               "WHERE allocated_on > ?) moved GROUP BY entry_id) later ON later.entry_id = e.id "
               "WHERE e.entry_date <= ? AND e.kind <> 'deposit' AND (e.open_cents > 0 OR later.cents IS NOT NULL) %2 "
               "ORDER BY e.company_id, e.id")
        .arg(columns, filter);
}

core::Money signedOpen(bool debit, qint64 cents)
{
    const core::Money open = core::Money::fromCents(cents);
    return debit ? open : -open;
}

} // namespace

std::vector<OpenOnDay> AgingRepository::openOn(core::Date asOf)
{
    SqlQuery q(m_db, "aging.open_on",
               openOnSql(QStringLiteral("e.company_id, e.id, e.entry_date, COALESCE(e.due_date, e.entry_date), "
                                        "CASE WHEN e.debit_cents > e.credit_cents THEN 1 ELSE -1 END"),
                         QString()));
    q.bindDate(asOf).bindDate(asOf).bindDate(asOf).run();
    std::vector<OpenOnDay> rows;
    while (q.next()) {
        rows.push_back({q.integer(0), q.integer(1), q.date(2), q.date(3), signedOpen(q.integer(4) > 0, q.integer(5))});
    }
    return rows;
}

core::Money AgingRepository::salesBetween(core::Date from, core::Date to)
{
    SqlQuery q(m_db, "aging.sales",
               QStringLiteral("SELECT COALESCE(SUM(debit_cents - credit_cents), 0) FROM ledger_entries "
                              "WHERE kind IN ('invoice', 'credit_note') AND entry_date >= ? AND entry_date <= ?"));
    q.bindDate(from).bindDate(to).run();
    return core::Money::fromCents(q.next() ? q.integer(0) : 0);
}

std::vector<OpenEntryDetail> AgingRepository::openEntriesOf(qint64 companyId, core::Date asOf)
{
    SqlQuery q(m_db, "aging.open_entries_of",
               openOnSql(QStringLiteral("e.id, e.kind, e.piece, e.label, e.entry_date, "
                                        "COALESCE(e.due_date, e.entry_date), "
                                        "CASE WHEN e.debit_cents > e.credit_cents THEN 1 ELSE -1 END"),
                         QStringLiteral("AND e.company_id = ?")));
    q.bindDate(asOf).bindDate(asOf).bindDate(asOf).bind(companyId).run();
    std::vector<OpenEntryDetail> rows;
    while (q.next())
        rows.push_back({q.integer(0), q.text(1), q.text(2), q.text(3), q.date(4), q.date(5),
                        signedOpen(q.integer(6) > 0, q.integer(7))});
    return rows;
}

std::vector<CompanySales> AgingRepository::salesByClientBetween(core::Date from, core::Date to)
{
    SqlQuery q(m_db, "aging.sales_by_client",
               QStringLiteral("SELECT company_id, SUM(debit_cents - credit_cents) FROM ledger_entries "
                              "WHERE kind IN ('invoice', 'credit_note') AND entry_date >= ? AND entry_date <= ? "
                              "GROUP BY company_id"));
    q.bindDate(from).bindDate(to).run();
    std::vector<CompanySales> rows;
    while (q.next())
        rows.push_back({q.integer(0), {}, core::Money::fromCents(q.integer(1))});
    return rows;
}

std::vector<CompanySales> AgingRepository::salesByClientMonth(core::Date from, core::Date to)
{
    // ISO dates: the first seven characters are the month on both back ends.
    SqlQuery q(m_db, "aging.sales_by_client_month",
               QStringLiteral("SELECT company_id, SUBSTR(entry_date, 1, 7) AS month, SUM(debit_cents - credit_cents) "
                              "FROM ledger_entries WHERE kind IN ('invoice', 'credit_note') "
                              "AND entry_date >= ? AND entry_date <= ? GROUP BY company_id, SUBSTR(entry_date, 1, 7)"));
    q.bindDate(from).bindDate(to).run();
    std::vector<CompanySales> rows;
    while (q.next()) {
        const auto month = core::Date::parseIso(QString(q.text(1) + QStringLiteral("-01")).toStdString());
        rows.push_back({q.integer(0), month ? *month : core::Date{}, core::Money::fromCents(q.integer(2))});
    }
    return rows;
}

std::unordered_map<qint64, ClientLabel> AgingRepository::clientLabels()
{
    SqlQuery q(m_db, "aging.client_labels",
               QStringLiteral("SELECT c.id, COALESCE(c.siren, ''), c.name, COALESCE(a.segment, ''), "
                              "COALESCE(a.sales_rep, '') FROM companies c LEFT JOIN accounts a ON a.company_id = c.id"));
    q.run();
    std::unordered_map<qint64, ClientLabel> labels;
    while (q.next())
        labels.emplace(q.integer(0), ClientLabel{q.text(1), q.text(2), q.text(3), q.text(4)});
    return labels;
}

} // namespace pc::store
