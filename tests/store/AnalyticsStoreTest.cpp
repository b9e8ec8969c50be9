// Stage 9 analytics reads: settlements by payment (credit notes and later allocations
// left out), moves of the outstanding, sales, dunning actions done, the risk class in
// force and the clients' attributes with their latest statement.

#include "store/AnalyticsRepository.h"
#include "store/ClientRepository.h"
#include "store/CreditRepository.h"
#include "store/Database.h"
#include "store/LedgerRepository.h"
#include "store/Migrator.h"
#include "store/RecoveryRepository.h"
#include "store/SqlQuery.h"
#include "support/CatchCompat.h"
#include "support/TestPrinters.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>

#include <string>

using namespace pc::core;
using namespace pc::store;
using pc::receivables::Allocation;
using pc::receivables::EntryKind;
using pc::receivables::LedgerEntry;

namespace {

const QDateTime kNow = QDateTime(QDate(2025, 4, 30), QTime(12, 0), Qt::UTC);
const Stamp kStamp{QStringLiteral("tester"), kNow};

Date day(int y, int m, int d)
{
    return *Date::fromYmd(y, m, d);
}

struct Store {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    Store()
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("analytics.db"))));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(Migrator(*db).migrate(std::nullopt).ok());
    }

    qint64 client(const std::string& payload, const std::string& name)
    {
        ClientRepository repo(*db);
        ClientFile file = pc::test::completeClient(payload, name);
        file.account.number = repo.nextAccountNumber().toStdString();
        auto id = repo.insert(file, kNow);
        REQUIRE(id.ok());
        return *id;
    }

    qint64 entry(qint64 company, EntryKind kind, Date date, std::optional<Date> due, std::int64_t debit,
                 std::int64_t credit)
    {
        LedgerEntry e;
        e.kind = kind;
        e.journal = debit > 0 ? "VE" : "BQ";
        e.date = date;
        e.piece = "P" + date.toIso();
        e.debit = Money::fromCents(debit);
        e.credit = Money::fromCents(credit);
        e.dueDate = due;
        auto id = LedgerRepository(*db).addEntry(company, e, {}, kStamp);
        REQUIRE(id.ok());
        return *id;
    }

    void allocate(qint64 debit, qint64 credit, std::int64_t cents, Date on)
    {
        REQUIRE(LedgerRepository(*db).addAllocation({debit, credit, Money::fromCents(cents), on}, kStamp).ok());
    }

    void action(qint64 company, const std::string& channel, const std::string& status, Date on)
    {
        ActionRecord a;
        a.companyId = company;
        a.scenarioCode = "standard";
        a.stepCode = channel;
        a.channel = channel;
        a.status = status;
        a.plannedOn = on;
        if (status == "done")
            a.doneOn = on;
        REQUIRE(RecoveryRepository(*db).addAction(a, kStamp).ok());
    }

    void limit(qint64 company, const std::string& riskClass, Date decided)
    {
        CreditLimitDecision d;
        d.amount = Money::fromEuros(10'000);
        d.riskClass = riskClass;
        d.approver = d.decidedBy = QStringLiteral("tester");
        d.reason = QStringLiteral("revue");
        d.reviewDate = decided.addMonths(12);
        d.decidedOn = decided;
        d.decidedAt = kNow;
        REQUIRE(CreditRepository(*db).addLimit(company, d).ok());
    }

    void exec(const QString& sql)
    {
        SqlQuery q(*db, "test.exec", sql);
        REQUIRE(q.exec().ok());
    }
};

// Client a: invoice 1 200.00 of 10 January (due 9 February) paid on 19 February and
// lettered the next day; invoice 500.00 of 1 February (due 3 March) less a credit note
// of 100.00, 200.00 paid on 1 March, 200.00 more on 10 April.
struct Ledger {
    Store store;
    qint64 a = store.client("55210055", "Forges de l'Est");
    qint64 b = store.client("73282932", "Ateliers Bleus");

    Ledger()
    {
        const qint64 i1 = store.entry(a, EntryKind::Invoice, day(2025, 1, 10), day(2025, 2, 9), 120'000, 0);
        const qint64 p1 = store.entry(a, EntryKind::Payment, day(2025, 2, 19), std::nullopt, 0, 120'000);
        store.allocate(i1, p1, 120'000, day(2025, 2, 20));
        const qint64 i2 = store.entry(a, EntryKind::Invoice, day(2025, 2, 1), day(2025, 3, 3), 50'000, 0);
        const qint64 cn = store.entry(a, EntryKind::CreditNote, day(2025, 2, 5), std::nullopt, 0, 10'000);
        store.allocate(i2, cn, 10'000, day(2025, 2, 5));
        const qint64 p2 = store.entry(a, EntryKind::Payment, day(2025, 3, 1), std::nullopt, 0, 20'000);
        store.allocate(i2, p2, 20'000, day(2025, 3, 1));
        const qint64 p3 = store.entry(a, EntryKind::Payment, day(2025, 4, 10), std::nullopt, 0, 20'000);
        store.allocate(i2, p3, 20'000, day(2025, 4, 10));
    }
};

} // namespace

TEST_CASE("settlements are the payments set against invoices, on the payment's date", "[store][analytics]")
{
    Ledger l;
    const auto rows = AnalyticsRepository(*l.store.db).settlements(day(2025, 3, 31));
    // The credit note is no payment; the payment of 10 April comes after the day.
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].companyId == l.a);
    CHECK(rows[0].invoiceDate == day(2025, 1, 10));
    CHECK(rows[0].dueDate == day(2025, 2, 9));
    CHECK(rows[0].paidOn == day(2025, 2, 19)); // not the lettering day
    CHECK(rows[0].amount == Money::fromCents(120'000));
    CHECK(rows[1].dueDate == day(2025, 3, 3));
    CHECK(rows[1].paidOn == day(2025, 3, 1));
    CHECK(rows[1].amount == Money::fromCents(20'000));
}

TEST_CASE("moves of the outstanding and sales of a period", "[store][analytics]")
{
    Ledger l;
    AnalyticsRepository repo(*l.store.db);
    // +1 200 + 500 − 1 200 − 100 − 200 = 200.00 at the end of March; over March the
    // outstanding is 200.00 every day: 20 000 × 31 = 620 000 cent-days.
    const auto moves = repo.outstandingMoves(day(2025, 3, 31));
    CHECK(moves.size() == 5);
    const auto centDays = pc::receivables::outstandingCentDays(moves, day(2025, 3, 1), day(2025, 3, 31));
    CHECK(centDays.at(l.a) == 620'000);
    // 1 200 + 500 − 100 = 1 600.00 (invoice entries of no document: as booked).
    const pc::core::Rate standard = pc::core::Rate::fromBasisPoints(2000);
    const auto sales = repo.salesByClient(day(2025, 1, 1), day(2025, 3, 31), standard);
    CHECK(sales.at(l.a) == Money::fromCents(160'000));
    CHECK(sales.count(l.b) == 0);
    CHECK(repo.salesByClient(day(2025, 2, 2), day(2025, 3, 31), standard).at(l.a) == Money::fromCents(-10'000));
    // Imported from another ledger: a debit of 1 000.00 and one of 0.01 include VAT,
    // 1 000.01 / 1.2 = 833.341… → 833.34 on the client's total; the imported credit
    // (payment or credit note, no one can tell) is no sale.
    l.store.entry(l.b, EntryKind::Imported, day(2025, 3, 2), day(2025, 4, 1), 100'000, 0);
    l.store.entry(l.b, EntryKind::Imported, day(2025, 3, 3), day(2025, 4, 2), 1, 0);
    l.store.entry(l.b, EntryKind::Imported, day(2025, 3, 4), std::nullopt, 0, 30'000);
    CHECK(repo.salesByClient(day(2025, 1, 1), day(2025, 3, 31), standard).at(l.b) == Money::fromCents(83'334));
    CHECK(repo.salesByClient(day(2025, 1, 1), day(2025, 3, 31), pc::core::Rate::fromBasisPoints(0)).at(l.b)
          == Money::fromCents(100'001));
}

TEST_CASE("dunning actions done in the period by channel, and the risk class in force", "[store][analytics]")
{
    Ledger l;
    l.store.action(l.a, "letter", "done", day(2025, 3, 5));
    l.store.action(l.a, "letter", "done", day(2025, 3, 20));
    l.store.action(l.a, "call", "done", day(2025, 3, 31));
    l.store.action(l.a, "call", "todo", day(2025, 3, 10));
    l.store.action(l.b, "email", "done", day(2025, 4, 1));
    l.store.limit(l.a, "C", day(2025, 1, 5));
    l.store.limit(l.a, "D", day(2025, 6, 1));
    l.store.limit(l.b, "", day(2025, 1, 5));
    AnalyticsRepository repo(*l.store.db);

    const auto actions = repo.actionsByClient(day(2025, 3, 1), day(2025, 3, 31));
    CHECK(actions.at(l.a).at("letter") == 2);
    CHECK(actions.at(l.a).at("call") == 1);
    CHECK(actions.count(l.b) == 0);

    const auto classes = repo.riskClasses(day(2025, 3, 31));
    CHECK(classes.at(l.a) == "C");
    CHECK(classes.at(l.b) == "");
    CHECK(repo.riskClasses(day(2025, 6, 1)).at(l.a) == "D");
    CHECK(repo.riskClasses(day(2025, 1, 4)).empty());
}

TEST_CASE("clients with their segment, NAF code, postal code and latest statement", "[store][analytics]")
{
    Ledger l;
    l.store.exec(
        QStringLiteral("UPDATE companies SET naf_code = '62.01Z', postal_code = '20000' WHERE id = %1").arg(l.a));
    l.store.exec(
        QStringLiteral("UPDATE accounts SET segment = 'PME', sales_rep = 'Lucie' WHERE company_id = %1").arg(l.a));
    // Two statements: the latest one (2024) counts: 12 people, turnover 3 000 000.00.
    l.store.exec(QStringLiteral("INSERT INTO financial_statements (company_id, closing_date, months, regime, "
                                "entered_at, entered_by) VALUES (%1, '2023-12-31', 12, 'normal', 'x', 'x'), "
                                "(%1, '2024-12-31', 12, 'normal', 'x', 'x')")
                     .arg(l.a));
    l.store.exec(QStringLiteral("INSERT INTO statement_lines (statement_id, code, amount_cents) SELECT id, 'FL', "
                                "CASE WHEN closing_date = '2024-12-31' THEN 300000000 ELSE 1 END "
                                "FROM financial_statements"));
    l.store.exec(QStringLiteral("INSERT INTO statement_lines (statement_id, code, amount_cents) SELECT id, 'YP', 1200 "
                                "FROM financial_statements WHERE closing_date = '2024-12-31'"));

    const auto clients = AnalyticsRepository(*l.store.db).clients();
    REQUIRE(clients.size() == 2);
    const ClientAttributes& a = clients[0].companyId == l.a ? clients[0] : clients[1];
    const ClientAttributes& b = clients[0].companyId == l.a ? clients[1] : clients[0];
    CHECK(clients[0].siren < clients[1].siren);
    CHECK(a.name == "Forges de l'Est");
    CHECK(a.segment == "PME");
    CHECK(a.salesRep == "Lucie");
    CHECK(a.nafCode == "62.01Z");
    CHECK(a.postalCode == "20000");
    CHECK(a.headcount == 12);
    CHECK(a.turnover == Money::fromEuros(3'000'000));
    CHECK_FALSE(b.headcount);
    CHECK_FALSE(b.turnover);
}
