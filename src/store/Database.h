#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace pc::store {

enum class Backend { Sqlite, Postgres };

// Where the store lives: a SQLite file (the default, one user) or a PostgreSQL
// server (a team), written "postgresql://user:password@host:5432/dbname".
struct DatabaseLocation {
    Backend backend = Backend::Sqlite;
    QString path;
    QString host;
    int port = 5432;
    QString name;
    QString user;
    QString password;

    static core::Result<DatabaseLocation> parse(const QString& text);
    static DatabaseLocation sqliteFile(const QString& path);
    // For messages and logs: never shows the password.
    QString describe() const;
};

// One connection to the store, used from one thread. Writes go through Transaction;
// statements through SqlQuery. Another thread opens its own connection with
// openAnother().
class Database {
public:
    // Opens (and for SQLite creates) the store; SQLite runs in WAL mode with foreign
    // keys enforced. The schema is not touched: run Migrator afterwards.
    static core::Result<std::unique_ptr<Database>> open(const DatabaseLocation& location);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    core::Result<std::unique_ptr<Database>> openAnother() const;

    Backend backend() const { return m_location.backend; }
    const DatabaseLocation& location() const { return m_location; }
    QSqlDatabase& connection() { return m_connection; }

    // Replaces the portable macros of migration scripts ({{ID}}) with this backend's SQL.
    QString dialect(QString sql) const;

    // Used by Transaction: the outermost level is a real transaction (BEGIN IMMEDIATE on
    // SQLite, so that two writers queue instead of failing half-way), inner levels are
    // savepoints.
    core::Status begin();
    core::Status commit();
    core::Status rollback();
    int transactionDepth() const { return m_depth; }

private:
    Database(DatabaseLocation location, QString connectionName);
    core::Status execute(const QString& sql, const char* name);

    DatabaseLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_connection;
    int m_depth = 0;
};

} // namespace pc::store
