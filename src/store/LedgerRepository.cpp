#include "store/LedgerRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

#include <array>
#include <cstdlib>
#include <unordered_map>

namespace pc::store {

std::string importedEntryKey(const std::string& journal, const std::string& number, const std::string& account,
                             qint64 companyId, core::Money debit, core::Money credit)
{
    return journal + '|' + number + '|' + account + '|' + std::to_string(companyId) + '|'
           + std::to_string(debit.cents()) + '|' + std::to_string(credit.cents());
}

using core::Date;
using core::Money;
using receivables::Allocation;
using receivables::LedgerEntry;

namespace {

// The stamp as the rows keep it, formatted once for the million rows an import writes
// with the same stamp rather than once per row.
QString stampText(const Stamp& stamp)
{
    thread_local QDateTime formattedAt;
    thread_local QString formatted;
    if (formatted.isNull() || stamp.at != formattedAt) {
        formattedAt = stamp.at;
        formatted = stamp.at.toUTC().toString(Qt::ISODate);
    }
    return formatted;
}

// What an import binds row after row (the kind, the journal, the account, the entry
// number of a centralised day, dates) is converted to a QString once per value rather
// than once per row: the store's inserts are compared with raw SQLite ones.
QString kindText(receivables::EntryKind kind)
{
    thread_local std::array<QString, 8> texts;
    QString& text = texts.at(static_cast<std::size_t>(kind));
    if (text.isNull()) {
        const std::string_view code = receivables::toCode(kind);
        text = QString::fromLatin1(code.data(), static_cast<qsizetype>(code.size()));
    }
    return text;
}

class RepeatedText {
public:
    QString operator()(const std::string& value)
    {
        if (m_text.isNull() || value != m_value) {
            m_value = value;
            m_text = QString::fromStdString(value);
        }
        return m_text;
    }

private:
    std::string m_value;
    QString m_text;
};

QString dateText(Date date)
{
    thread_local std::unordered_map<std::int32_t, QString> texts;
    if (texts.size() > 20'000)
        texts.clear();
    QString& text = texts[date.daysSinceEpoch()];
    if (text.isNull())
        text = QString::fromStdString(date.toIso());
    return text;
}

} // namespace

core::Result<qint64> LedgerRepository::addEntry(qint64 companyId, const LedgerEntry& e, const EntrySource& source,
                                                const Stamp& stamp)
{
    if (!m_insertEntry)
        m_insertEntry.emplace(
            m_db, "ledger_entries.insert",
            QStringLiteral("INSERT INTO ledger_entries (company_id, kind, journal, entry_date, piece, label, "
                           "debit_cents, credit_cents, due_date, invoice_id, order_id, import_id, lettering_id, "
                           "entry_number, account, letter, lettered_on, open_cents, created_at, created_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    SqlQuery& insert = *m_insertEntry;
    thread_local RepeatedText journal;
    thread_local RepeatedText entryNumber;
    thread_local RepeatedText account;
    const auto bindDate = [&insert](const std::optional<Date>& date) -> SqlQuery& {
        return date ? insert.bind(dateText(*date)) : insert.bindText(std::nullopt);
    };
    insert.bind(companyId)
        .bind(kindText(e.kind))
        .bind(journal(e.journal))
        .bind(dateText(e.date))
        .bind(e.piece)
        .bind(e.label)
        .bind(e.debit.cents())
        .bind(e.credit.cents());
    bindDate(e.dueDate)
        .bindId(source.invoiceId)
        .bindId(source.orderId)
        .bindId(source.importId)
        .bindId(source.letteringId)
        .bind(entryNumber(source.entryNumber))
        .bind(account(source.account.empty() ? std::string("411000") : source.account))
        .bindText(e.letter.empty() ? std::nullopt : std::optional(e.letter));
    bindDate(e.letteredOn)
        .bind(source.open.value_or(e.amount()).cents())
        .bind(stampText(stamp))
        .bind(stamp.actor);
    if (auto status = insert.exec(); !status)
        return status.error();
    if (!insert.next())
        return core::Error(core::ErrorCode::StoreError, {"ledger_entries.insert", "no id returned"});
    const qint64 id = insert.integer(0);
    insert.finish();
    return id;
}

core::Status LedgerRepository::addAllocation(const Allocation& a, const Stamp& stamp, std::optional<qint64> letteringId)
{
    if (!m_insertAllocation) {
        m_insertAllocation.emplace(m_db, "ledger_allocations.insert",
                                   QStringLiteral("INSERT INTO ledger_allocations (debit_entry_id, credit_entry_id, "
                                                  "amount_cents, allocated_on, lettering_id, created_at, created_by) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        // Both entries or neither: an allocation beyond what is open on either one is
        // refused before anything is written, so the store cannot letter an entry
        // twice, whatever the caller computed.
        m_lowerOpen.emplace(m_db, "ledger_entries.lower_open",
                            QStringLiteral("UPDATE ledger_entries SET open_cents = open_cents - ? "
                                           "WHERE id IN (?, ?) AND (SELECT COUNT(*) FROM ledger_entries "
                                           "WHERE id IN (?, ?) AND open_cents >= ?) = 2"));
    }
    if (!a.amount.isPositive())
        return core::Error(core::ErrorCode::InvalidNumber, {a.amount.toString()}).inField("allocation");
    m_lowerOpen->bind(a.amount.cents())
        .bind(a.debitEntryId)
        .bind(a.creditEntryId)
        .bind(a.debitEntryId)
        .bind(a.creditEntryId)
        .bind(a.amount.cents());
    if (auto status = m_lowerOpen->exec(); !status)
        return status;
    if (m_lowerOpen->rowsAffected() != 2)
        return core::Error(core::ErrorCode::TotalMismatch,
                           {a.amount.toString(), std::to_string(a.debitEntryId), std::to_string(a.creditEntryId)})
            .inField("allocation");
    m_insertAllocation->bind(a.debitEntryId)
        .bind(a.creditEntryId)
        .bind(a.amount.cents())
        .bind(dateText(a.date))
        .bindId(letteringId)
        .bind(stampText(stamp))
        .bind(stamp.actor);
    return m_insertAllocation->exec();
}

core::Status LedgerRepository::addSettledAllocation(const Allocation& a, const Stamp& stamp, qint64 letteringId)
{
    if (!m_insertSettled)
        m_insertSettled.emplace(m_db, "ledger_allocations.insert_settled",
                                QStringLiteral("INSERT INTO ledger_allocations (debit_entry_id, credit_entry_id, "
                                               "amount_cents, allocated_on, lettering_id, created_at, created_by) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    m_insertSettled->bind(a.debitEntryId)
        .bind(a.creditEntryId)
        .bind(a.amount.cents())
        .bind(dateText(a.date))
        .bind(letteringId)
        .bind(stampText(stamp))
        .bind(stamp.actor);
    return m_insertSettled->exec();
}

std::vector<std::string> LedgerRepository::entryKeys()
{
    // Entries of PosteClient have no number of their own: the FEC export numbers them
    // journal + id, which is what a file exported here and read back carries.
    SqlQuery q(m_db, "ledger_entries.keys",
               QStringLiteral("SELECT journal, CASE WHEN entry_number <> '' THEN entry_number ELSE journal || id END, "
                              "account, company_id, debit_cents, credit_cents FROM ledger_entries"));
    q.run();
    std::vector<std::string> keys;
    while (q.next())
        keys.push_back(importedEntryKey(q.stdText(0), q.stdText(1), q.stdText(2), q.integer(3),
                                        Money::fromCents(q.integer(4)), Money::fromCents(q.integer(5))));
    return keys;
}

std::set<std::pair<qint64, std::string>> LedgerRepository::lettersInUse()
{
    SqlQuery q(m_db, "ledger_entries.letters_in_use",
               QStringLiteral("SELECT DISTINCT company_id, letter FROM ledger_entries WHERE letter IS NOT NULL"));
    q.run();
    std::set<std::pair<qint64, std::string>> letters;
    while (q.next())
        letters.emplace(q.integer(0), q.stdText(1));
    return letters;
}

std::vector<ExportedEntry> LedgerRepository::exportRows(Date from, Date to)
{
    SqlQuery q(m_db, "ledger_entries.export",
               QStringLiteral("SELECT e.id, e.kind, e.journal, e.entry_date, e.piece, e.label, e.debit_cents, "
                              "e.credit_cents, e.due_date, e.letter, e.lettered_on, e.entry_number, e.account, "
                              "a.number, c.name, i.net_cents, i.vat_cents FROM ledger_entries e "
                              "JOIN companies c ON c.id = e.company_id JOIN accounts a ON a.company_id = e.company_id "
                              "LEFT JOIN invoices i ON i.id = e.invoice_id AND e.kind IN ('invoice', 'credit_note') "
                              // A write-off's closing entry is booked by the provisions
                              // journal (654 + 44571 / 416 or 411): exported twice, the
                              // receivable would be credited twice.
                              "WHERE e.entry_date >= ? AND e.entry_date <= ? "
                              "AND NOT EXISTS (SELECT 1 FROM write_offs w WHERE w.adjustment_entry_id = e.id) "
                              "ORDER BY e.entry_date, e.id"));
    q.bind(from.toIso()).bind(to.toIso()).run();
    std::vector<ExportedEntry> rows;
    while (q.next()) {
        ExportedEntry row;
        LedgerEntry& e = row.entry;
        e.id = q.integer(0);
        e.kind = receivables::entryKindFromCode(q.stdText(1)).value_or(receivables::EntryKind::Adjustment);
        e.journal = q.stdText(2);
        e.date = q.date(3);
        e.piece = q.stdText(4);
        e.label = q.stdText(5);
        e.debit = Money::fromCents(q.integer(6));
        e.credit = Money::fromCents(q.integer(7));
        e.dueDate = q.optDate(8);
        e.letter = q.optText(9).value_or(std::string());
        e.letteredOn = q.optDate(10);
        row.entryNumber = q.stdText(11);
        row.account = q.stdText(12);
        row.clientAccount = q.stdText(13);
        row.clientName = q.stdText(14);
        if (!q.isNull(15)) {
            row.net = Money::fromCents(q.integer(15));
            row.vat = Money::fromCents(q.integer(16));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<LedgerEntry> LedgerRepository::load(const char* name, const QString& where, qint64 key)
{
    SqlQuery q(m_db, name,
               QStringLiteral("SELECT id, kind, journal, entry_date, piece, label, debit_cents, credit_cents, due_date, "
                              "letter, lettered_on FROM ledger_entries ")
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
        e.dueDate = q.optDate(8);
        e.letter = q.optText(9).value_or(std::string());
        e.letteredOn = q.optDate(10);
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

std::optional<LedgerEntry> LedgerRepository::entry(qint64 entryId)
{
    auto found = load("ledger_entries.by_id", QStringLiteral("WHERE id = ?"), entryId);
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

bool LedgerRepository::hasPiece(qint64 companyId, const std::string& piece, bool debit)
{
    SqlQuery q(m_db, "ledger_entries.has_piece",
               QStringLiteral("SELECT 1 FROM ledger_entries WHERE company_id = ? AND piece = ? AND "
                              "(CASE WHEN debit_cents > credit_cents THEN 1 ELSE 0 END) = ? LIMIT 1"));
    q.bind(companyId).bind(piece).bind(debit ? 1 : 0).run();
    return q.next();
}

std::optional<qint64> LedgerRepository::companyOfEntry(qint64 entryId)
{
    SqlQuery q(m_db, "ledger_entries.company", QStringLiteral("SELECT company_id FROM ledger_entries WHERE id = ?"));
    q.bind(entryId).run();
    return q.next() ? std::optional(q.integer(0)) : std::nullopt;
}

namespace {

const QString kOpenEntryColumns = QStringLiteral(
    "SELECT e.id, e.company_id, e.kind, e.entry_date, e.due_date, e.piece, e.label, e.debit_cents, e.credit_cents, "
    "e.open_cents, COALESCE(p.remittance, '') FROM ledger_entries e LEFT JOIN payments p ON p.entry_id = e.id ");

std::vector<OpenEntry> readOpenEntries(SqlQuery& q)
{
    std::vector<OpenEntry> rows;
    while (q.next()) {
        OpenEntry row;
        row.companyId = q.integer(1);
        receivables::OpenItem& item = row.item;
        item.id = q.integer(0);
        item.kind = receivables::entryKindFromCode(q.stdText(2)).value_or(receivables::EntryKind::Adjustment);
        item.date = q.date(3);
        item.dueDate = q.optDate(4);
        item.piece = q.stdText(5);
        item.text = q.stdText(6);
        if (std::string remittance = q.stdText(10); !remittance.empty())
            item.text += ' ' + remittance;
        item.debit = q.integer(7) > q.integer(8);
        item.open = Money::fromCents(q.integer(9));
        row.partlyAllocated = q.integer(9) != std::abs(q.integer(7) - q.integer(8));
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

std::vector<OpenEntry> LedgerRepository::openEntries(std::optional<qint64> companyId, Date asOf)
{
    const QString filter = companyId ? QStringLiteral("AND e.company_id = ? ") : QString();
    SqlQuery q(m_db, "ledger_entries.open",
               kOpenEntryColumns + QStringLiteral("WHERE e.open_cents > 0 AND e.entry_date <= ? ") + filter
                   + QStringLiteral("ORDER BY e.company_id, e.id"));
    q.bind(asOf.toIso());
    if (companyId)
        q.bind(*companyId);
    q.run();
    return readOpenEntries(q);
}

std::vector<OpenEntry> LedgerRepository::openEntriesWithPiece(const std::string& piece)
{
    SqlQuery q(m_db, "ledger_entries.open_by_piece",
               kOpenEntryColumns + QStringLiteral("WHERE e.piece = ? AND e.open_cents > 0 ORDER BY e.id"));
    q.bind(piece).run();
    return readOpenEntries(q);
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
