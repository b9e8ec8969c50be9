#include "store/Database.h"
#include "store/Migrator.h"
#include "store/SqlQuery.h"
#include "support/CatchCompat.h"

#include <QDir>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace pc::store;

namespace {

std::unique_ptr<Database> openFile(const QString& path)
{
    auto db = Database::open(DatabaseLocation::sqliteFile(path));
    REQUIRE(db.ok());
    return std::move(db).value();
}

QString scalar(Database& db, const QString& sql)
{
    SqlQuery q(db, "test.scalar", sql);
    q.run();
    REQUIRE(q.next());
    return q.text(0);
}

} // namespace

TEST_CASE("an empty store is migrated to the latest schema", "[store][migrations]")
{
    QTemporaryDir dir;
    auto db = openFile(dir.filePath(QStringLiteral("fresh.db")));
    Migrator migrator(*db);
    REQUIRE(migrator.currentVersion() == 0);
    REQUIRE(migrator.latestVersion() >= 2);
    REQUIRE(migrator.migrate().ok());
    CHECK(migrator.currentVersion() == migrator.latestVersion());
    const QStringList tables = db->connection().tables();
    for (const char* table : {"companies", "accounts", "establishments", "contacts", "audit_log", "imports"})
        CHECK(tables.contains(QString::fromLatin1(table)));
    // Nothing to back up for a new store.
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bak")}).isEmpty());
    // Running again changes nothing.
    REQUIRE(migrator.migrate().ok());
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt() == migrator.latestVersion());
}

TEST_CASE("a store created by an older migration set is upgraded with its data", "[store][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        auto db = openFile(path);
        REQUIRE(Migrator(*db).migrate(1).ok());
        SqlQuery insert(*db, "test.insert",
                        QStringLiteral("INSERT INTO companies (siren, name, created_at, updated_at) "
                                       "VALUES (?, ?, ?, ?)"));
        insert.bind(QStringLiteral("552081317")).bind(QStringLiteral("Société Générale d'Électricité"))
            .bind(QStringLiteral("2020-01-01T00:00:00Z")).bind(QStringLiteral("2020-01-01T00:00:00Z"));
        REQUIRE(insert.exec().ok());
        CHECK_FALSE(db->connection().record(QStringLiteral("companies")).contains(QStringLiteral("search_name")));
    }
    auto db = openFile(path);
    Migrator migrator(*db);
    REQUIRE(migrator.currentVersion() == 1);
    REQUIRE(migrator.migrate().ok());
    CHECK(migrator.currentVersion() == migrator.latestVersion());
    // The C++ step of migration 2 filled the folded name of the existing company.
    CHECK(scalar(*db, QStringLiteral("SELECT search_name FROM companies WHERE siren = '552081317'"))
          == QStringLiteral("societe generale delectricite"));
    // The store as it was before the upgrade was kept beside it.
    const QString backup = path + QStringLiteral(".v1.bak");
    REQUIRE(QFile::exists(backup));
    auto old = openFile(backup);
    CHECK(Migrator(*old).currentVersion() == 1);
    CHECK(scalar(*old, QStringLiteral("SELECT name FROM companies")) == QStringLiteral("Société Générale d'Électricité"));
}

TEST_CASE("a store written by a newer program is refused", "[store][migrations]")
{
    QTemporaryDir dir;
    auto db = openFile(dir.filePath(QStringLiteral("newer.db")));
    Migrator migrator(*db);
    REQUIRE(migrator.migrate().ok());
    SqlQuery future(*db, "test.future",
                    QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 'x')"));
    REQUIRE(future.exec().ok());
    const auto status = migrator.migrate();
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == pc::core::ErrorCode::SchemaTooNew);
    CHECK(status.error().arg(0) == "999");
}

TEST_CASE("a failing migration leaves the store at the previous version", "[store][migrations]")
{
    QTemporaryDir dir;
    auto db = openFile(dir.filePath(QStringLiteral("broken.db")));
    std::vector<Migration> steps{
        {1, QStringLiteral("first"), QStringLiteral("CREATE TABLE one (id {{ID}});"), {}},
        {2, QStringLiteral("broken"),
         QStringLiteral("CREATE TABLE two (id {{ID}});\nINSERT INTO nowhere VALUES (1);"), {}},
    };
    Migrator migrator(*db, steps);
    const auto status = migrator.migrate();
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == pc::core::ErrorCode::StoreError);
    CHECK(status.error().arg(1) == "0002_broken");
    CHECK(migrator.currentVersion() == 1);
    CHECK(db->connection().tables().contains(QStringLiteral("one")));
    CHECK_FALSE(db->connection().tables().contains(QStringLiteral("two")));
}

TEST_CASE("scripts are split at semicolons ending a line, comments skipped", "[store][migrations]")
{
    const auto statements = splitSqlStatements(QStringLiteral(
        "-- a comment; with a semicolon\nCREATE TABLE a (\n  x TEXT DEFAULT 'a;b'\n);\n\nCREATE INDEX i ON a (x);\n"));
    REQUIRE(statements.size() == 2);
    CHECK(statements[0].startsWith(QStringLiteral("CREATE TABLE a")));
    CHECK(statements[0].contains(QStringLiteral("'a;b'")));
    CHECK(statements[1] == QStringLiteral("CREATE INDEX i ON a (x)"));
}

TEST_CASE("store locations are parsed", "[store]")
{
    auto pg = DatabaseLocation::parse(QStringLiteral("postgresql://credit:secret@db.example.fr:5433/posteclient"));
    REQUIRE(pg.ok());
    CHECK(pg->backend == Backend::Postgres);
    CHECK(pg->host == QStringLiteral("db.example.fr"));
    CHECK(pg->port == 5433);
    CHECK(pg->name == QStringLiteral("posteclient"));
    CHECK(pg->user == QStringLiteral("credit"));
    CHECK_FALSE(pg->describe().contains(QStringLiteral("secret")));
    auto file = DatabaseLocation::parse(QStringLiteral("/tmp/x.db"));
    REQUIRE(file.ok());
    CHECK(file->backend == Backend::Sqlite);
    CHECK_FALSE(DatabaseLocation::parse(QStringLiteral("postgresql://")).ok());
    CHECK_FALSE(DatabaseLocation::parse(QStringLiteral("  ")).ok());
}
