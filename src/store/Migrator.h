#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace pc::store {

class Database;

// One numbered schema step: a SQL script (resources/sql/NNNN_name.sql) and, when
// existing rows need values only the application can compute, a C++ step run in
// the same transaction.
struct Migration {
    int version = 0;
    QString name;
    QString sql;
    std::function<core::Status(Database&)> afterScript;
};

// Brings a store from its recorded schema version to the latest one, each step in
// its own transaction, recorded in schema_version. Before upgrading a SQLite file
// that already holds data, a copy is written beside it (name.vN.bak).
class Migrator {
public:
    explicit Migrator(Database& db);
    Migrator(Database& db, std::vector<Migration> migrations);

    // The scripts compiled into the application, in order.
    static std::vector<Migration> builtIn();

    // 0 for an empty store.
    int currentVersion();
    int latestVersion() const;
    // Applies the steps up to `target` (default: all). Refuses a store written by a
    // newer version of the application (SchemaTooNew).
    core::Status migrate(std::optional<int> target = std::nullopt);

private:
    core::Status ensureVersionTable();
    core::Status backupBeforeUpgrade(int fromVersion);
    core::Status apply(const Migration& migration);

    Database& m_db;
    std::vector<Migration> m_migrations;
};

// Splits a script into statements at semicolons that end a line, skipping comments.
std::vector<QString> splitSqlStatements(const QString& script);

} // namespace pc::store
