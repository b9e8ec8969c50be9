#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

namespace pc::store {

class Database;

// One decision or change that matters: who, when, what, on which record, why, and
// the record before and after.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    // "client.create", "client.update", "client.status", "limit.set", …
    QString action;
    QString entity;
    QString entityKey;
    QString reason;
    nlohmann::json before;
    nlohmann::json after;
};

// Append-only: entries are written inside the transaction of the change they
// describe, so a rolled-back change leaves no trace and a kept one always has one.
class AuditLog {
public:
    explicit AuditLog(Database& db) : m_db(db) {}

    core::Status record(const AuditEntry& entry);
    // Newest first.
    std::vector<AuditEntry> entriesFor(const QString& entity, const QString& entityKey, int limit = 200);
    std::vector<AuditEntry> recent(int limit = 200);

private:
    std::vector<AuditEntry> fetch(const char* name, const QString& where, const QStringList& values, int limit);

    Database& m_db;
};

} // namespace pc::store
