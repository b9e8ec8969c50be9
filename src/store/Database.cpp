#include "store/Database.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace pc::store {
namespace {

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("posteclient-%1").arg(counter.fetchAndAddRelaxed(1));
}

core::Error storeError(const char* what, const QString& detail)
{
    return core::Error(core::ErrorCode::StoreError, {what, detail.toStdString()});
}

} // namespace

core::Result<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
            return core::Error(core::ErrorCode::InvalidFormat, {text.toStdString()});
        DatabaseLocation location;
        location.backend = Backend::Postgres;
        location.host = url.host();
        location.port = url.port(5432);
        location.name = url.path().mid(1);
        location.user = url.userName();
        location.password = url.password();
        return location;
    }
    if (text.trimmed().isEmpty())
        return core::Error(core::ErrorCode::Empty, {text.toStdString()});
    return sqliteFile(text);
}

DatabaseLocation DatabaseLocation::sqliteFile(const QString& path)
{
    DatabaseLocation location;
    location.backend = Backend::Sqlite;
    location.path = path;
    return location;
}

QString DatabaseLocation::describe() const
{
    if (backend == Backend::Sqlite)
        return QDir::toNativeSeparators(path);
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

Database::Database(DatabaseLocation location, QString connectionName)
    : m_location(std::move(location)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

core::Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation& location)
{
    const bool sqlite = location.backend == Backend::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return storeError("driver", QStringLiteral("Qt SQL driver %1 is not installed").arg(driver));

    std::unique_ptr<Database> db(new Database(location, uniqueConnectionName()));
    db->m_connection = QSqlDatabase::addDatabase(driver, db->m_connectionName);
    if (sqlite) {
        const QFileInfo file(location.path);
        if (!file.absoluteDir().exists() && !QDir().mkpath(file.absolutePath()))
            return storeError("open", QStringLiteral("cannot create folder %1").arg(file.absolutePath()));
        db->m_connection.setDatabaseName(location.path);
        db->m_connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db->m_connection.setHostName(location.host);
        db->m_connection.setPort(location.port);
        db->m_connection.setDatabaseName(location.name);
        db->m_connection.setUserName(location.user);
        db->m_connection.setPassword(location.password);
    }
    if (!db->m_connection.open())
        return storeError("open", db->m_connection.lastError().text());

    if (sqlite) {
        for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                                   "PRAGMA synchronous = NORMAL"}) {
            if (auto status = db->execute(QString::fromLatin1(pragma), "pragma"); !status)
                return status.error();
        }
    }
    return db;
}

core::Result<std::unique_ptr<Database>> Database::openAnother() const
{
    return open(m_location);
}

QString Database::dialect(QString sql) const
{
    const bool sqlite = backend() == Backend::Sqlite;
    sql.replace(QLatin1String("{{ID}}"),
                sqlite ? QLatin1String("INTEGER PRIMARY KEY") : QLatin1String("BIGSERIAL PRIMARY KEY"));
    return sql;
}

core::Status Database::execute(const QString& sql, const char* name)
{
    QSqlQuery query(m_connection);
    if (!query.exec(sql))
        return storeError(name, query.lastError().text());
    return {};
}

core::Status Database::begin()
{
    const QString sql = m_depth == 0
        ? (backend() == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))
        : QStringLiteral("SAVEPOINT pc_sp%1").arg(m_depth);
    auto status = execute(sql, "begin");
    if (status)
        ++m_depth;
    return status;
}

core::Status Database::commit()
{
    if (m_depth == 0)
        return storeError("commit", QStringLiteral("no transaction"));
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT pc_sp%1").arg(m_depth - 1);
    auto status = execute(sql, "commit");
    if (status)
        --m_depth;
    return status;
}

core::Status Database::rollback()
{
    if (m_depth == 0)
        return storeError("rollback", QStringLiteral("no transaction"));
    --m_depth;
    if (m_depth == 0)
        return execute(QStringLiteral("ROLLBACK"), "rollback");
    auto status = execute(QStringLiteral("ROLLBACK TO SAVEPOINT pc_sp%1").arg(m_depth), "rollback");
    if (!status)
        return status;
    return execute(QStringLiteral("RELEASE SAVEPOINT pc_sp%1").arg(m_depth), "rollback");
}

} // namespace pc::store
