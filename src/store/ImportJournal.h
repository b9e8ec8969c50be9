#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pc::store {

class Database;

struct ImportRecord {
    qint64 id = 0;
    QString kind;
    QString fileName;
    QString sha256;
    QDateTime importedAt;
    QString actor;
    int rowsImported = 0;
};

// The files imported so far, by content hash: importing the same bank statement or
// ledger twice must be refused, whatever the file is called.
class ImportJournal {
public:
    explicit ImportJournal(Database& db) : m_db(db) {}

    std::optional<ImportRecord> find(const QString& kind, const QString& sha256);
    core::Status record(const ImportRecord& record);
    // Records the import before its rows, which point to it; the count comes last.
    core::Result<qint64> add(const ImportRecord& record);
    core::Status setRows(qint64 id, int rows);

private:
    Database& m_db;
};

} // namespace pc::store
