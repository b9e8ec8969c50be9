#include "store/AgingRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

#include <algorithm>

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

// Credit sales: invoices less credit notes, and the debits brought from another
// program's ledger (an FEC or open items), which are its invoices; its credit notes
// cannot be told from its payments and are left out.
const QString kSales = QStringLiteral("(kind IN ('invoice', 'credit_note') OR (kind = 'imported' AND debit_cents > 0))");

// A stored ISO date ("2026-11-23") read without a detour through std::string: the
// whole-ledger reads take two per open entry. Anything else goes through
// SqlQuery::date, which refuses it as it always did.
core::Date isoDate(const SqlQuery& q, int column)
{
    const QVariant value = q.value(column);
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString();
        const QChar* c = text.constData();
        const auto digit = [c](int i) { return c[i].unicode() - u'0'; };
        bool digits = text.size() == 10 && c[4] == u'-' && c[7] == u'-';
        for (const int i : {0, 1, 2, 3, 5, 6, 8, 9})
            digits = digits && c[i] >= u'0' && c[i] <= u'9';
        if (digits) {
            const auto date = core::Date::fromYmd(digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3),
                                                  digit(5) * 10 + digit(6), digit(8) * 10 + digit(9));
            if (date && date->year() >= core::Date::kMinYear && date->year() <= core::Date::kMaxYear)
                return *date;
        }
    }
    return q.date(column);
}

core::Money signedOpen(bool debit, qint64 cents)
{
    const core::Money open = core::Money::fromCents(cents);
    return debit ? open : -open;
}

} // namespace

std::vector<OpenOnDay> AgingRepository::openOn(core::Date asOf)
{
    // The same rows as openOnSql, read in parts that indexes serve (migration 9): what was
    // allocated after the day (usually nothing for today), the entries open today from
    // the covering index of open entries, and the entries settled since the day, by id.
    // Dates are parsed straight from their text.
    std::unordered_map<qint64, qint64> later; // entry id -> allocated after the day
    {
        SqlQuery q(m_db, "aging.allocated_after",
                   QStringLiteral("SELECT debit_entry_id, credit_entry_id, amount_cents FROM ledger_allocations "
                                  "WHERE allocated_on > ?"));
        q.bindDate(asOf).run();
        while (q.next()) {
            const qint64 cents = q.integer(2);
            later[q.integer(0)] += cents;
            later[q.integer(1)] += cents;
        }
    }
    const QString columns = QStringLiteral(
        "SELECT e.company_id, e.id, e.entry_date, COALESCE(e.due_date, e.entry_date), "
        "CASE WHEN e.debit_cents > e.credit_cents THEN 1 ELSE -1 END, e.open_cents FROM ledger_entries e ");
    std::vector<OpenOnDay> rows;
    const auto read = [&](SqlQuery& q) {
        while (q.next()) {
            const qint64 entryId = q.integer(1);
            qint64 open = q.integer(5);
            if (!later.empty())
                if (const auto it = later.find(entryId); it != later.end())
                    open += it->second;
            rows.push_back({q.integer(0), entryId, isoDate(q, 2), isoDate(q, 3), signedOpen(q.integer(4) > 0, open)});
        }
    };
    {
        SqlQuery q(m_db, "aging.open_today",
                   columns
                       + QStringLiteral("WHERE e.open_cents > 0 AND e.entry_date <= ? AND e.kind <> 'deposit' "
                                        "ORDER BY e.company_id, e.id"));
        q.bindDate(asOf).run();
        read(q);
    }
    if (later.empty())
        return rows;
    const std::size_t openToday = rows.size();
    {
        SqlQuery q(m_db, "aging.settled_since",
                   columns
                       + QStringLiteral("WHERE e.open_cents <= 0 AND e.entry_date <= ? AND e.kind <> 'deposit' "
                                        "AND e.id IN (SELECT debit_entry_id FROM ledger_allocations WHERE allocated_on > ? "
                                        "UNION SELECT credit_entry_id FROM ledger_allocations WHERE allocated_on > ?) "
                                        "ORDER BY e.company_id, e.id"));
        q.bindDate(asOf).bindDate(asOf).bindDate(asOf).run();
        read(q);
    }
    // Both parts come by client and entry: one merge keeps the order of openOnSql.
    std::inplace_merge(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(openToday), rows.end(),
                       [](const OpenOnDay& a, const OpenOnDay& b) {
                           return a.companyId != b.companyId ? a.companyId < b.companyId : a.entryId < b.entryId;
                       });
    return rows;
}

core::Money AgingRepository::salesBetween(core::Date from, core::Date to)
{
    SqlQuery q(m_db, "aging.sales",
               QStringLiteral("SELECT COALESCE(SUM(debit_cents - credit_cents), 0) FROM ledger_entries "
                              "WHERE %1 AND entry_date >= ? AND entry_date <= ?")
                   .arg(kSales));
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
                              "WHERE %1 AND entry_date >= ? AND entry_date <= ? GROUP BY company_id")
                   .arg(kSales));
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
                              "FROM ledger_entries WHERE %1 "
                              "AND entry_date >= ? AND entry_date <= ? GROUP BY company_id, SUBSTR(entry_date, 1, 7)")
                   .arg(kSales));
    q.bindDate(from).bindDate(to).run();
    std::vector<CompanySales> rows;
    while (q.next()) {
        const auto month = core::Date::parseIso(QString(q.text(1) + QStringLiteral("-01")).toStdString());
        rows.push_back({q.integer(0), month ? *month : core::Date{}, core::Money::fromCents(q.integer(2))});
    }
    return rows;
}

receivables::LedgerTimeline AgingRepository::timeline(core::Date salesFrom, core::Date to)
{
    using Timeline = receivables::LedgerTimeline;
    Timeline t;
    const auto money = [](const SqlQuery& q, int column) { return core::Money::fromCents(q.integer(column)); };
    SqlQuery moves(m_db, "aging.timeline_moves",
                   QStringLiteral("SELECT entry_date, SUM(debit_cents - credit_cents) FROM ledger_entries "
                                  "WHERE kind <> 'deposit' AND entry_date <= ? GROUP BY entry_date"));
    moves.bindDate(to).run();
    while (moves.next())
        t.moves.push_back({moves.date(0), money(moves, 1)});
    SqlQuery debits(m_db, "aging.timeline_debits",
                    QStringLiteral("SELECT entry_date, COALESCE(due_date, entry_date), SUM(debit_cents - credit_cents) "
                                   "FROM ledger_entries WHERE kind <> 'deposit' AND debit_cents > credit_cents "
                                   "AND entry_date <= ? GROUP BY entry_date, COALESCE(due_date, entry_date)"));
    debits.bindDate(to).run();
    while (debits.next())
        t.debits.push_back({debits.date(0), debits.date(1), money(debits, 2)});
    SqlQuery allocations(
        m_db, "aging.timeline_allocations",
        QStringLiteral("SELECT a.allocated_on, COALESCE(d.due_date, d.entry_date), "
                       "CASE WHEN d.kind = 'deposit' THEN 0 ELSE 1 END, CASE WHEN c.kind = 'deposit' THEN 0 ELSE 1 END, "
                       "SUM(a.amount_cents) FROM ledger_allocations a "
                       "JOIN ledger_entries d ON d.id = a.debit_entry_id JOIN ledger_entries c ON c.id = a.credit_entry_id "
                       "WHERE a.allocated_on <= ? GROUP BY 1, 2, 3, 4"));
    allocations.bindDate(to).run();
    while (allocations.next())
        t.allocations.push_back({allocations.date(0), allocations.date(1), allocations.integer(2) != 0,
                                 allocations.integer(3) != 0, money(allocations, 4)});
    SqlQuery sales(m_db, "aging.timeline_sales",
                   QStringLiteral("SELECT entry_date, SUM(debit_cents - credit_cents) FROM ledger_entries "
                                  "WHERE %1 AND entry_date >= ? AND entry_date <= ? GROUP BY entry_date")
                       .arg(kSales));
    sales.bindDate(salesFrom).bindDate(to).run();
    while (sales.next())
        t.sales.push_back({sales.date(0), money(sales, 1)});
    return t;
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
