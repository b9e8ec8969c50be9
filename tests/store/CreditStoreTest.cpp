// Statements and credit decisions in the store, and the upgrade of a store made
// before they existed.

#include "store/CreditRepository.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/SqlQuery.h"
#include "store/StatementRepository.h"
#include "store/Transaction.h"
#include "support/CatchCompat.h"

#include <QTemporaryDir>

using namespace pc::core;
using namespace pc::store;
using pc::risk::FinancialStatement;

namespace {

struct Store {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    qint64 company = 0;

    explicit Store(std::optional<int> version = std::nullopt)
    {
        auto opened = Database::open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("credit.db"))));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(Migrator(*db).migrate(version).ok());
        SqlQuery insert(*db, "test.company",
                        QStringLiteral("INSERT INTO companies (siren, name, created_at, updated_at) VALUES "
                                       "('552100554', 'Forges de Lorraine', 'x', 'x') RETURNING id"));
        REQUIRE(insert.exec().ok());
        REQUIRE(insert.next());
        company = insert.integer(0);
    }
};

FinancialStatement statement(int year, std::int64_t turnoverEuros)
{
    FinancialStatement s;
    s.siren = "552100554";
    s.closingDate = *Date::fromYmd(year, 12, 31);
    s.source = "test";
    s.lines = {{"FL", Money::fromEuros(turnoverEuros)}, {"HN", Money::fromCents(-1'250'050)}};
    return s;
}

const QDateTime kNow = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

} // namespace

TEST_CASE("statements are stored by closing date and replaced, not duplicated", "[store][credit]")
{
    Store store;
    StatementRepository repo(*store.db);
    auto first = repo.save(store.company, statement(2025, 1'000'000), QStringLiteral("t"), kNow);
    REQUIRE(first.ok());
    CHECK_FALSE(*first);
    REQUIRE(repo.save(store.company, statement(2024, 900'000), QStringLiteral("t"), kNow).ok());
    auto again = repo.save(store.company, statement(2025, 1'100'000), QStringLiteral("t"), kNow);
    REQUIRE(again.ok());
    CHECK(*again);

    const auto all = repo.forCompany(store.company, "552100554");
    REQUIRE(all.size() == 2);
    CHECK(all[0].fiscalYear() == 2024);
    CHECK(all[1].line("FL") == Money::fromEuros(1'100'000));
    CHECK(all[1].line("HN") == Money::fromCents(-1'250'050));
    CHECK(all[1].source == "test");
    CHECK(repo.count() == 2);

    REQUIRE(repo.remove(store.company, *Date::fromYmd(2024, 12, 31)).ok());
    CHECK(repo.forCompany(store.company, "552100554").size() == 1);
}

TEST_CASE("a rolled-back statement leaves nothing behind", "[store][credit]")
{
    Store store;
    {
        Transaction tx(*store.db);
        REQUIRE(tx.started());
        REQUIRE(StatementRepository(*store.db).save(store.company, statement(2025, 1), QStringLiteral("t"), kNow).ok());
    }
    CHECK(StatementRepository(*store.db).count() == 0);
}

TEST_CASE("the credit profile and the history of limits", "[store][credit]")
{
    Store store;
    CreditRepository repo(*store.db);
    CHECK(repo.profile(store.company).paymentTerms == "net:30");

    CreditProfile p;
    p.paymentTerms = "eom:45";
    p.expectedAnnualPurchases = Money::fromEuros(120'000);
    p.insurerCover = std::nullopt;
    p.usualDelayDays = 12;
    p.liens = 1;
    REQUIRE(repo.saveProfile(store.company, p, kNow).ok());
    const CreditProfile read = repo.profile(store.company);
    CHECK(read.paymentTerms == "eom:45");
    CHECK(read.expectedAnnualPurchases == Money::fromEuros(120'000));
    CHECK_FALSE(read.insurerCover);
    CHECK(read.usualDelayDays == 12);
    CHECK(read.liens == 1);

    CreditLimitDecision d;
    d.amount = Money::fromEuros(20'000);
    d.recommended = Money::fromEuros(18'000);
    d.riskClass = "B";
    d.policyVersion = 1;
    d.approver = QStringLiteral("D. Martin");
    d.reason = QStringLiteral("first order");
    d.reviewDate = *Date::fromYmd(2027, 6, 30);
    d.decidedOn = *Date::fromYmd(2026, 1, 10);
    d.decidedAt = kNow;
    d.decidedBy = QStringLiteral("t");
    REQUIRE(repo.addLimit(store.company, d).ok());
    d.amount = Money::fromEuros(35'000);
    d.decidedOn = *Date::fromYmd(2026, 9, 1);
    REQUIRE(repo.addLimit(store.company, d).ok());

    CHECK(repo.limits(store.company).size() == 2);
    CHECK(repo.limits(store.company).front().amount == Money::fromEuros(35'000));
    // Replayed as of a date: the limit in force then.
    CHECK(repo.limitOn(store.company, *Date::fromYmd(2026, 5, 1))->amount == Money::fromEuros(20'000));
    CHECK(repo.limitOn(store.company, *Date::fromYmd(2026, 11, 23))->amount == Money::fromEuros(35'000));
    CHECK_FALSE(repo.limitOn(store.company, *Date::fromYmd(2025, 12, 31)));
}

TEST_CASE("a store of schema 2 with clients is upgraded to hold statements", "[store][credit][migrations]")
{
    Store store(2);
    Migrator migrator(*store.db);
    REQUIRE(migrator.currentVersion() == 2);
    REQUIRE(migrator.migrate().ok());
    CHECK(migrator.currentVersion() == migrator.latestVersion());
    REQUIRE(StatementRepository(*store.db).save(store.company, statement(2025, 5), QStringLiteral("t"), kNow).ok());
    CHECK(StatementRepository(*store.db).forCompany(store.company, "552100554").size() == 1);
}
