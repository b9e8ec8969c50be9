#include "store/LetteringRepository.h"

#include "store/Database.h"

namespace pc::store {

using core::Date;

core::Result<qint64> LetteringRepository::create(qint64 companyId, receivables::LetteringRule rule, Date on,
                                                 const Stamp& stamp)
{
    if (!m_insert)
        m_insert.emplace(m_db, "letterings.insert",
                         QStringLiteral("INSERT INTO letterings (company_id, rule, lettered_on, created_at, created_by) "
                                        "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    SqlQuery& insert = *m_insert;
    insert.bind(companyId)
        .bind(std::string(receivables::toCode(rule)))
        .bind(on.toIso())
        .bind(stamp.at.toUTC().toString(Qt::ISODate))
        .bind(stamp.actor);
    if (auto status = insert.exec(); !status)
        return status.error();
    if (!insert.next())
        return core::Error(core::ErrorCode::StoreError, {"letterings.insert", "no id returned"});
    const qint64 id = insert.integer(0);
    insert.finish();
    return id;
}

std::map<qint64, std::string> LetteringRepository::lastCodes()
{
    SqlQuery q(m_db, "letter_series.all", QStringLiteral("SELECT company_id, last_code FROM letter_series"));
    q.run();
    std::map<qint64, std::string> codes;
    while (q.next())
        codes.emplace(q.integer(0), q.stdText(1));
    return codes;
}

std::optional<std::string> LetteringRepository::lastCode(qint64 companyId)
{
    SqlQuery q(m_db, "letter_series.of_client",
               QStringLiteral("SELECT last_code FROM letter_series WHERE company_id = ?"));
    q.bind(companyId).run();
    return q.next() ? std::optional(q.stdText(0)) : std::nullopt;
}

core::Status LetteringRepository::saveLastCode(qint64 companyId, const std::string& code)
{
    if (!m_saveLastCode)
        m_saveLastCode.emplace(m_db, "letter_series.save",
                               QStringLiteral("INSERT INTO letter_series (company_id, last_code) VALUES (?, ?) "
                                              "ON CONFLICT (company_id) DO UPDATE SET last_code = excluded.last_code"));
    m_saveLastCode->bind(companyId).bind(code);
    return m_saveLastCode->exec();
}

core::Status LetteringRepository::setLetter(qint64 entryId, const std::string& code, Date on)
{
    if (!m_setLetter)
        m_setLetter.emplace(m_db, "ledger_entries.set_letter",
                            QStringLiteral("UPDATE ledger_entries SET letter = ?, lettered_on = ? WHERE id = ?"));
    m_setLetter->bind(code).bind(on.toIso()).bind(entryId);
    return m_setLetter->exec();
}

std::set<qint64> LetteringRepository::settledGroupOf(const std::set<qint64>& entries)
{
    SqlQuery neighbours(m_db, "ledger_allocations.neighbours",
                        QStringLiteral("SELECT e.id FROM ledger_allocations a JOIN ledger_entries e "
                                       "ON e.id = a.credit_entry_id WHERE a.debit_entry_id = ? "
                                       "AND e.letter IS NULL AND e.open_cents = 0 "
                                       "UNION SELECT e.id FROM ledger_allocations a JOIN ledger_entries e "
                                       "ON e.id = a.debit_entry_id WHERE a.credit_entry_id = ? "
                                       "AND e.letter IS NULL AND e.open_cents = 0"));
    std::set<qint64> group = entries;
    std::vector<qint64> frontier(entries.begin(), entries.end());
    while (!frontier.empty()) {
        const qint64 id = frontier.back();
        frontier.pop_back();
        neighbours.bind(id).bind(id).run();
        while (neighbours.next())
            if (const qint64 other = neighbours.integer(0); group.insert(other).second)
                frontier.push_back(other);
    }
    return group;
}

std::vector<qint64> LetteringRepository::entriesWithLetter(qint64 companyId, const std::string& code)
{
    SqlQuery q(m_db, "ledger_entries.with_letter",
               QStringLiteral("SELECT id FROM ledger_entries WHERE company_id = ? AND letter = ? ORDER BY id"));
    q.bind(companyId).bind(code).run();
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.integer(0));
    return ids;
}

core::Status LetteringRepository::removeAllocations(const QString& where, qint64 key)
{
    struct Row {
        qint64 id, debit, credit, cents;
    };
    std::vector<Row> rows;
    {
        SqlQuery q(m_db, "ledger_allocations.to_remove",
                   QStringLiteral("SELECT id, debit_entry_id, credit_entry_id, amount_cents FROM ledger_allocations ")
                       + where);
        q.bind(key);
        if (where.count(QLatin1Char('?')) == 2)
            q.bind(key);
        q.run();
        while (q.next())
            rows.push_back({q.integer(0), q.integer(1), q.integer(2), q.integer(3)});
    }
    SqlQuery restore(m_db, "ledger_entries.restore_open",
                     QStringLiteral("UPDATE ledger_entries SET open_cents = open_cents + ? WHERE id IN (?, ?)"));
    SqlQuery remove(m_db, "ledger_allocations.delete", QStringLiteral("DELETE FROM ledger_allocations WHERE id = ?"));
    for (const Row& row : rows) {
        restore.bind(row.cents).bind(row.debit).bind(row.credit);
        if (auto status = restore.exec(); !status)
            return status;
        remove.bind(row.id);
        if (auto status = remove.exec(); !status)
            return status;
    }
    return {};
}

core::Status LetteringRepository::clearLetters(const std::vector<qint64>& entries)
{
    SqlQuery clear(m_db, "ledger_entries.clear_letter",
                   QStringLiteral("UPDATE ledger_entries SET letter = NULL, lettered_on = NULL WHERE id = ?"));
    for (const qint64 id : entries) {
        clear.bind(id);
        if (auto status = clear.exec(); !status)
            return status;
    }
    return {};
}

core::Status LetteringRepository::deleteWriteOffs(const QString& where, qint64 key)
{
    SqlQuery remove(m_db, "ledger_entries.delete_write_offs",
                    QStringLiteral("DELETE FROM ledger_entries WHERE kind = 'adjustment' AND lettering_id IS NOT NULL "
                                   "AND ")
                        + where);
    remove.bind(key);
    return remove.exec();
}

core::Status LetteringRepository::unletter(qint64 companyId, const std::string& code)
{
    const std::vector<qint64> entries = entriesWithLetter(companyId, code);
    if (entries.empty())
        return core::Error(core::ErrorCode::NotFound, {code}).inField("letter");
    // Only the allocations inside the group: the group is closed, so that is all of
    // its entries' allocations.
    for (const qint64 id : entries)
        if (auto status = removeAllocations(QStringLiteral("WHERE debit_entry_id = ? OR credit_entry_id = ?"), id);
            !status)
            return status;
    if (auto status = clearLetters(entries); !status)
        return status;
    for (const qint64 id : entries)
        if (auto status = deleteWriteOffs(QStringLiteral("id = ?"), id); !status)
            return status;
    return {};
}

core::Status LetteringRepository::removeLettering(qint64 letteringId)
{
    {
        SqlQuery exists(m_db, "letterings.exists", QStringLiteral("SELECT 1 FROM letterings WHERE id = ?"));
        exists.bind(letteringId).run();
        if (!exists.next())
            return core::Error(core::ErrorCode::NotFound, {std::to_string(letteringId)}).inField("lettering");
    }
    std::vector<qint64> coded;
    {
        SqlQuery q(m_db, "letterings.completed_group",
                   QStringLiteral("SELECT DISTINCT e.company_id, e.letter FROM ledger_allocations a "
                                  "JOIN ledger_entries e ON e.id IN (a.debit_entry_id, a.credit_entry_id) "
                                  "WHERE a.lettering_id = ? AND e.letter IS NOT NULL"));
        q.bind(letteringId).run();
        std::vector<std::pair<qint64, std::string>> groups;
        while (q.next())
            groups.emplace_back(q.integer(0), q.stdText(1));
        for (const auto& [companyId, code] : groups)
            for (const qint64 id : entriesWithLetter(companyId, code))
                coded.push_back(id);
    }
    if (auto status = clearLetters(coded); !status)
        return status;
    if (auto status = removeAllocations(QStringLiteral("WHERE lettering_id = ?"), letteringId); !status)
        return status;
    return deleteWriteOffs(QStringLiteral("lettering_id = ?"), letteringId);
}

core::Status LetteringRepository::removePartialAllocations(qint64 entryId)
{
    return removeAllocations(QStringLiteral("WHERE debit_entry_id = ? OR credit_entry_id = ?"), entryId);
}

} // namespace pc::store
