#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"
#include "support/CatchCompat.h"

#include <QTemporaryDir>

using namespace pc::store;

namespace {

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    Fixture()
    {
        auto opened = Database::open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("tx.db"))));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(SqlQuery(*db, "create", QStringLiteral("CREATE TABLE t (v TEXT)")).exec().ok());
    }

    void insert(const QString& value)
    {
        SqlQuery q(*db, "insert", QStringLiteral("INSERT INTO t (v) VALUES (?)"));
        REQUIRE(q.bind(value).exec().ok());
    }

    QStringList values()
    {
        SqlQuery q(*db, "select", QStringLiteral("SELECT v FROM t ORDER BY v"));
        q.run();
        QStringList out;
        while (q.next())
            out << q.text(0);
        return out;
    }
};

} // namespace

TEST_CASE("a transaction not committed is rolled back", "[store][transaction]")
{
    Fixture f;
    {
        Transaction tx(*f.db);
        REQUIRE(tx.started());
        f.insert(QStringLiteral("lost"));
    }
    CHECK(f.values().isEmpty());
    CHECK(f.db->transactionDepth() == 0);
}

TEST_CASE("a committed transaction is kept", "[store][transaction]")
{
    Fixture f;
    Transaction tx(*f.db);
    f.insert(QStringLiteral("kept"));
    REQUIRE(tx.commit().ok());
    CHECK(f.values() == QStringList{QStringLiteral("kept")});
    CHECK_FALSE(tx.commit().ok());
}

TEST_CASE("nested transactions are savepoints", "[store][transaction]")
{
    Fixture f;
    {
        Transaction outer(*f.db);
        f.insert(QStringLiteral("a-outer"));
        {
            Transaction inner(*f.db);
            CHECK(f.db->transactionDepth() == 2);
            f.insert(QStringLiteral("b-inner-rolled-back"));
        }
        {
            Transaction inner(*f.db);
            f.insert(QStringLiteral("c-inner-kept"));
            REQUIRE(inner.commit().ok());
        }
        REQUIRE(outer.commit().ok());
    }
    CHECK(f.values() == QStringList({QStringLiteral("a-outer"), QStringLiteral("c-inner-kept")}));
}

TEST_CASE("a failed write is reported with the query name, never its values", "[store]")
{
    Fixture f;
    SqlQuery q(*f.db, "t.insert_wrong", QStringLiteral("INSERT INTO missing_table (v) VALUES (?)"));
    const auto status = q.bind(QStringLiteral("secret customer data")).exec();
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().arg(0) == "t.insert_wrong");
    CHECK(status.error().arg(1).find("secret customer data") == std::string::npos);
    SqlQuery read(*f.db, "t.read_wrong", QStringLiteral("SELECT nothing FROM missing_table"));
    CHECK_THROWS_AS(read.run(), StoreFailure);
}
