#include "store/AgingRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

namespace pc::store {

std::vector<OpenOnDay> AgingRepository::openOn(core::Date asOf)
{
    // Allocations made after the day are added back to both of their entries.
    SqlQuery q(m_db, "aging.open_on",
               QStringLiteral(
                   "SELECT e.company_id, e.id, e.entry_date, COALESCE(e.due_date, e.entry_date), "
                   "CASE WHEN e.debit_cents > e.credit_cents THEN 1 ELSE -1 END, "
                   "e.open_cents + COALESCE(later.cents, 0) "
                   "FROM ledger_entries e LEFT JOIN (SELECT entry_id, SUM(cents) AS cents FROM ("
                   "SELECT debit_entry_id AS entry_id, amount_cents AS cents FROM ledger_allocations WHERE allocated_on > ? "
                   "UNION ALL SELECT credit_entry_id AS entry_id, amount_cents AS cents FROM ledger_allocations "
                   "WHERE allocated_on > ?) moved GROUP BY entry_id) later ON later.entry_id = e.id "
                   "WHERE e.entry_date <= ? AND e.kind <> 'deposit' AND (e.open_cents > 0 OR later.cents IS NOT NULL) "
                   "ORDER BY e.company_id, e.id"));
    q.bindDate(asOf).bindDate(asOf).bindDate(asOf).run();
    std::vector<OpenOnDay> rows;
    while (q.next()) {
        const core::Money open = core::Money::fromCents(q.integer(5));
        rows.push_back({q.integer(0), q.integer(1), q.date(2), q.date(3), q.integer(4) > 0 ? open : -open});
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

} // namespace pc::store
