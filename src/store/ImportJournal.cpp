#include "store/ImportJournal.h"

#include "store/SqlQuery.h"

namespace pc::store {

std::optional<ImportRecord> ImportJournal::find(const QString& kind, const QString& sha256)
{
    SqlQuery query(m_db, "imports.find",
                   QStringLiteral("SELECT id, kind, file_name, sha256, imported_at, actor, rows_imported "
                                  "FROM imports WHERE kind = ? AND sha256 = ? ORDER BY id LIMIT 1"));
    query.bind(kind).bind(sha256).run();
    if (!query.next())
        return std::nullopt;
    ImportRecord r;
    r.id = query.integer(0);
    r.kind = query.text(1);
    r.fileName = query.text(2);
    r.sha256 = query.text(3);
    r.importedAt = QDateTime::fromString(query.text(4), Qt::ISODateWithMs);
    r.actor = query.text(5);
    r.rowsImported = static_cast<int>(query.integer(6));
    return r;
}

core::Status ImportJournal::record(const ImportRecord& r)
{
    auto id = add(r);
    return id ? core::Status() : core::Status(id.error());
}

core::Result<qint64> ImportJournal::add(const ImportRecord& r)
{
    SqlQuery insert(m_db, "imports.insert",
                    QStringLiteral("INSERT INTO imports (kind, file_name, sha256, imported_at, actor, rows_imported) "
                                   "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(r.kind).bind(r.fileName).bind(r.sha256).bind(r.importedAt.toUTC().toString(Qt::ISODateWithMs))
        .bind(r.actor).bind(r.rowsImported);
    if (auto status = insert.exec(); !status)
        return status.error();
    if (!insert.next())
        return core::Error(core::ErrorCode::StoreError, {"imports.insert", "no id returned"});
    return insert.integer(0);
}

core::Status ImportJournal::setRows(qint64 id, int rows)
{
    SqlQuery update(m_db, "imports.set_rows", QStringLiteral("UPDATE imports SET rows_imported = ? WHERE id = ?"));
    update.bind(rows).bind(id);
    return update.exec();
}

} // namespace pc::store
