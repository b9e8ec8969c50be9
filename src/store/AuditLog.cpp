#include "store/AuditLog.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

namespace pc::store {
namespace {

QVariant jsonText(const nlohmann::json& value)
{
    if (value.is_null())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromStdString(value.dump());
}

nlohmann::json parseJson(const QVariant& text)
{
    if (text.isNull())
        return nullptr;
    return nlohmann::json::parse(text.toString().toStdString(), nullptr, false);
}

} // namespace

core::Status AuditLog::record(const AuditEntry& entry)
{
    SqlQuery insert(m_db, "audit_log.insert",
                    QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_key, reason, "
                                   "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(entry.at.toUTC().toString(Qt::ISODateWithMs))
        .bind(entry.actor)
        .bind(entry.action)
        .bind(entry.entity)
        .bind(entry.entityKey)
        .bind(entry.reason)
        .bind(jsonText(entry.before))
        .bind(jsonText(entry.after));
    return insert.exec();
}

std::vector<AuditEntry> AuditLog::entriesFor(const QString& entity, const QString& entityKey, int limit)
{
    return fetch("audit_log.for", QStringLiteral("WHERE entity = ? AND entity_key = ?"), {entity, entityKey}, limit);
}

std::vector<AuditEntry> AuditLog::recent(int limit)
{
    return fetch("audit_log.recent", QString(), {}, limit);
}

std::vector<AuditEntry> AuditLog::fetch(const char* name, const QString& where, const QStringList& values, int limit)
{
    SqlQuery query(m_db, name,
                   QStringLiteral("SELECT id, at, actor, action, entity, entity_key, reason, before_json, after_json "
                                  "FROM audit_log ")
                       + where + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    for (const QString& v : values)
        query.bind(v);
    query.bind(limit).run();
    std::vector<AuditEntry> entries;
    while (query.next()) {
        AuditEntry e;
        e.id = query.integer(0);
        e.at = QDateTime::fromString(query.text(1), Qt::ISODateWithMs);
        e.actor = query.text(2);
        e.action = query.text(3);
        e.entity = query.text(4);
        e.entityKey = query.text(5);
        e.reason = query.text(6);
        e.before = parseJson(query.value(7));
        e.after = parseJson(query.value(8));
        entries.push_back(std::move(e));
    }
    return entries;
}

} // namespace pc::store
