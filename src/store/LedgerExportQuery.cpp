#include "store/LedgerExportQuery.h"

#include "store/SqlQuery.h"

namespace pc::store {

using core::Money;

std::vector<LedgerExportRow> LedgerExportQuery::rows(core::Date asOf)
{
    // Allocations made after the day are added back to both of their entries; a letter
    // given after the day did not exist yet.
    SqlQuery q(m_db, "ledger_export.rows",
               QStringLiteral(
                   "SELECT COALESCE(c.siren, ''), c.name, e.id, e.kind, e.journal, e.entry_date, e.piece, e.label, "
                   "e.debit_cents, e.credit_cents, e.due_date, "
                   "CASE WHEN e.lettered_on IS NULL OR e.lettered_on <= ? THEN e.letter END, "
                   "CASE WHEN e.lettered_on <= ? THEN e.lettered_on END, "
                   "e.open_cents + COALESCE(later.cents, 0) "
                   "FROM ledger_entries e JOIN companies c ON c.id = e.company_id "
                   "LEFT JOIN (SELECT entry_id, SUM(cents) AS cents FROM ("
                   "SELECT debit_entry_id AS entry_id, amount_cents AS cents FROM ledger_allocations "
                   "WHERE allocated_on > ? "
                   "UNION ALL SELECT credit_entry_id AS entry_id, amount_cents AS cents FROM ledger_allocations "
                   "WHERE allocated_on > ?) moved GROUP BY entry_id) later ON later.entry_id = e.id "
                   "WHERE e.entry_date <= ? "
                   "ORDER BY CASE WHEN c.siren IS NULL OR c.siren = '' THEN 1 ELSE 0 END, c.siren, c.id, "
                   "e.entry_date, e.id"));
    q.bindDate(asOf).bindDate(asOf).bindDate(asOf).bindDate(asOf).bindDate(asOf).run();
    std::vector<LedgerExportRow> rows;
    while (q.next()) {
        LedgerExportRow row;
        row.siren = q.stdText(0);
        row.clientName = q.stdText(1);
        receivables::LedgerEntry& e = row.entry;
        e.id = q.integer(2);
        e.kind = receivables::entryKindFromCode(q.stdText(3)).value_or(receivables::EntryKind::Adjustment);
        e.journal = q.stdText(4);
        e.date = q.date(5);
        e.piece = q.stdText(6);
        e.label = q.stdText(7);
        e.debit = Money::fromCents(q.integer(8));
        e.credit = Money::fromCents(q.integer(9));
        e.dueDate = q.optDate(10);
        e.letter = q.optText(11).value_or(std::string());
        e.letteredOn = q.optDate(12);
        const Money open = Money::fromCents(q.integer(13));
        row.open = e.isDebit() ? open : -open;
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace pc::store
