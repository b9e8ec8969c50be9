#include "store/LedgerRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

namespace pc::store {

using core::Date;
using core::Money;
using receivables::Allocation;
using receivables::LedgerEntry;

core::Result<qint64> LedgerRepository::addEntry(qint64 companyId, const LedgerEntry& e, const EntrySource& source,
                                                const Stamp& stamp)
{
    SqlQuery insert(m_db, "ledger_entries.insert",
                    QStringLiteral("INSERT INTO ledger_entries (company_id, kind, journal, entry_date, piece, label, "
                                   "debit_cents, credit_cents, due_date, invoice_id, order_id, created_at, created_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(companyId)
        .bind(std::string(receivables::toCode(e.kind)))
        .bind(e.journal)
        .bind(e.date.toIso())
        .bind(e.piece)
        .bind(e.label)
        .bind(e.debit.cents())
        .bind(e.credit.cents())
        .bindDate(e.dueDate)
        .bindId(source.invoiceId)
        .bindId(source.orderId)
        .bind(stamp.at.toUTC().toString(Qt::ISODate))
        .bind(stamp.actor);
    if (auto status = insert.exec(); !status)
        return status.error();
    if (!insert.next())
        return core::Error(core::ErrorCode::StoreError, {"ledger_entries.insert", "no id returned"});
    return insert.integer(0);
}

core::Status LedgerRepository::addAllocation(const Allocation& a, const Stamp& stamp)
{
    SqlQuery insert(m_db, "ledger_allocations.insert",
                    QStringLiteral("INSERT INTO ledger_allocations (debit_entry_id, credit_entry_id, amount_cents, "
                                   "allocated_on, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(a.debitEntryId)
        .bind(a.creditEntryId)
        .bind(a.amount.cents())
        .bind(a.date.toIso())
        .bind(stamp.at.toUTC().toString(Qt::ISODate))
        .bind(stamp.actor);
    return insert.exec();
}

std::vector<LedgerEntry> LedgerRepository::load(const char* name, const QString& where, qint64 key)
{
    SqlQuery q(m_db, name,
               QStringLiteral("SELECT id, kind, journal, entry_date, piece, label, debit_cents, credit_cents, due_date "
                              "FROM ledger_entries ")
                   + where);
    q.bind(key).run();
    std::vector<LedgerEntry> entries;
    while (q.next()) {
        LedgerEntry e;
        e.id = q.integer(0);
        e.kind = receivables::entryKindFromCode(q.stdText(1)).value_or(receivables::EntryKind::Adjustment);
        e.journal = q.stdText(2);
        e.date = q.date(3);
        e.piece = q.stdText(4);
        e.label = q.stdText(5);
        e.debit = Money::fromCents(q.integer(6));
        e.credit = Money::fromCents(q.integer(7));
        if (!q.isNull(8))
            e.dueDate = q.date(8);
        entries.push_back(std::move(e));
    }
    return entries;
}

std::vector<LedgerEntry> LedgerRepository::entriesOf(qint64 companyId)
{
    return load("ledger_entries.of_client", QStringLiteral("WHERE company_id = ? ORDER BY entry_date, id"), companyId);
}

std::optional<LedgerEntry> LedgerRepository::entryOfInvoice(qint64 invoiceId)
{
    auto found = load("ledger_entries.of_invoice", QStringLiteral("WHERE invoice_id = ? ORDER BY id"), invoiceId);
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::vector<LedgerEntry> LedgerRepository::depositsOfOrder(qint64 orderId)
{
    return load("ledger_entries.deposits",
                QStringLiteral("WHERE order_id = ? AND kind = 'deposit' ORDER BY entry_date, id"), orderId);
}

std::vector<Allocation> LedgerRepository::allocationsOf(qint64 companyId)
{
    SqlQuery q(m_db, "ledger_allocations.of_client",
               QStringLiteral("SELECT a.debit_entry_id, a.credit_entry_id, a.amount_cents, a.allocated_on "
                              "FROM ledger_allocations a JOIN ledger_entries e ON e.id = a.debit_entry_id "
                              "WHERE e.company_id = ? ORDER BY a.id"));
    q.bind(companyId).run();
    std::vector<Allocation> allocations;
    while (q.next())
        allocations.push_back({q.integer(0), q.integer(1), Money::fromCents(q.integer(2)), q.date(3)});
    return allocations;
}

core::Result<qint64> LedgerRepository::openDispute(qint64 companyId, std::optional<qint64> invoiceId, Money amount,
                                                   const QString& reason, Date openedOn, const Stamp& stamp)
{
    SqlQuery insert(m_db, "disputes.insert",
                    QStringLiteral("INSERT INTO disputes (company_id, invoice_id, amount_cents, reason, opened_on, "
                                   "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(companyId)
        .bindId(invoiceId)
        .bind(amount.cents())
        .bind(reason)
        .bind(openedOn.toIso())
        .bind(stamp.at.toUTC().toString(Qt::ISODate))
        .bind(stamp.actor);
    if (auto status = insert.exec(); !status)
        return status.error();
    if (!insert.next())
        return core::Error(core::ErrorCode::StoreError, {"disputes.insert", "no id returned"});
    return insert.integer(0);
}

DisputeSummary LedgerRepository::openDisputes(qint64 companyId, Date asOf)
{
    SqlQuery q(m_db, "disputes.open",
               QStringLiteral("SELECT COUNT(*), COALESCE(SUM(amount_cents), 0) FROM disputes WHERE company_id = ? "
                              "AND opened_on <= ? AND (closed_on IS NULL OR closed_on > ?)"));
    q.bind(companyId).bind(asOf.toIso()).bind(asOf.toIso()).run();
    if (!q.next())
        return {};
    return {static_cast<int>(q.integer(0)), Money::fromCents(q.integer(1))};
}

} // namespace pc::store
