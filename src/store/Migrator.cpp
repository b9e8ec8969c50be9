#include "store/Migrator.h"

#include "core/Text.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace pc::store {
namespace {

// Migration 2 adds companies.search_name: fill it for the companies already there.
core::Status backfillSearchNames(Database& db)
{
    SqlQuery select(db, "migration2.select", QStringLiteral("SELECT id, name FROM companies"));
    select.run();
    std::vector<std::pair<qint64, std::string>> rows;
    while (select.next())
        rows.emplace_back(select.integer(0), core::text::foldForSearch(select.stdText(1)));
    SqlQuery update(db, "migration2.update", QStringLiteral("UPDATE companies SET search_name = ? WHERE id = ?"));
    for (const auto& [id, folded] : rows) {
        if (auto status = update.bind(folded).bind(id).exec(); !status)
            return status;
    }
    return {};
}

const std::map<int, std::function<core::Status(Database&)>>& cppSteps()
{
    static const std::map<int, std::function<core::Status(Database&)>> steps{
        {2, backfillSearchNames},
    };
    return steps;
}

} // namespace

std::vector<QString> splitSqlStatements(const QString& script)
{
    std::vector<QString> statements;
    QString current;
    for (const QString& rawLine : script.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += rawLine + QLatin1Char('\n');
        if (line.endsWith(QLatin1Char(';'))) {
            statements.push_back(current.trimmed().chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.push_back(current.trimmed());
    return statements;
}

Migrator::Migrator(Database& db) : Migrator(db, builtIn())
{
}

Migrator::Migrator(Database& db, std::vector<Migration> migrations) : m_db(db), m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

std::vector<Migration> Migrator::builtIn()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    std::vector<Migration> migrations;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile script(dir.filePath(file));
        if (!script.open(QIODevice::ReadOnly))
            continue;
        Migration m;
        m.version = match.captured(1).toInt();
        m.name = match.captured(2);
        m.sql = QString::fromUtf8(script.readAll());
        if (const auto step = cppSteps().find(m.version); step != cppSteps().end())
            m.afterScript = step->second;
        migrations.push_back(std::move(m));
    }
    return migrations;
}

int Migrator::latestVersion() const
{
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

core::Status Migrator::ensureVersionTable()
{
    SqlQuery create(m_db, "schema_version.create",
                    QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                   "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
    return create.exec();
}

int Migrator::currentVersion()
{
    if (!m_db.connection().tables().contains(QStringLiteral("schema_version")))
        return 0;
    SqlQuery query(m_db, "schema_version.max", QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    query.run();
    return query.next() ? static_cast<int>(query.integer(0)) : 0;
}

core::Status Migrator::backupBeforeUpgrade(int fromVersion)
{
    if (m_db.backend() != Backend::Sqlite || fromVersion == 0)
        return {};
    const QString backup = m_db.location().path + QStringLiteral(".v%1.bak").arg(fromVersion);
    if (QFileInfo::exists(backup) && !QFile::remove(backup))
        return core::Error(core::ErrorCode::IoError, {backup.toStdString()});
    SqlQuery vacuum(m_db, "backup", QStringLiteral("VACUUM INTO ?"));
    return vacuum.bind(backup).exec();
}

core::Status Migrator::apply(const Migration& migration)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startStatus();
    for (const QString& statement : splitSqlStatements(m_db.dialect(migration.sql))) {
        SqlQuery query(m_db, "migration", statement);
        if (auto status = query.exec(); !status) {
            status.error().args.insert(status.error().args.begin() + 1,
                                       QStringLiteral("%1_%2").arg(migration.version, 4, 10, QLatin1Char('0'))
                                           .arg(migration.name).toStdString());
            return status;
        }
    }
    if (migration.afterScript) {
        if (auto status = migration.afterScript(m_db); !status)
            return status;
    }
    SqlQuery record(m_db, "schema_version.insert",
                    QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"));
    record.bind(migration.version).bind(migration.name).bind(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (auto status = record.exec(); !status)
        return status;
    return tx.commit();
}

core::Status Migrator::migrate(std::optional<int> target)
{
    if (auto status = ensureVersionTable(); !status)
        return status;
    const int current = currentVersion();
    const int goal = target.value_or(latestVersion());
    if (current > latestVersion())
        return core::Error(core::ErrorCode::SchemaTooNew,
                           {std::to_string(current), std::to_string(latestVersion())});
    if (current >= goal)
        return {};
    if (auto status = backupBeforeUpgrade(current); !status)
        return status;
    for (const Migration& migration : m_migrations) {
        if (migration.version <= current || migration.version > goal)
            continue;
        if (auto status = apply(migration); !status)
            return status;
    }
    return {};
}

} // namespace pc::store
