// Stage 8 in the store: the upgrade of a schema-5 store holding disputes (linked to
// their invoice's entry, closed ones counted as rejected), dunning actions with the
// items they covered, what dunning reads of the ledger on a past day.
#include "core/Siren.h"
#include "store/ClientRepository.h"
#include "store/Database.h"
#include "store/LedgerRepository.h"
#include "store/Migrator.h"
#include "store/RecoveryRepository.h"
#include "store/SqlQuery.h"
#include "support/CatchCompat.h"
#include "support/TestPrinters.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>

using namespace pc::core;
using namespace pc::store;
using pc::receivables::EntryKind;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
const Stamp kStamp{QStringLiteral("tester"), kNow};

Date day(int y, int m, int d)
{
    return *Date::fromYmd(y, m, d);
}

struct Store {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    explicit Store(std::optional<int> version = std::nullopt)
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("recovery.db"))));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(Migrator(*db).migrate(version).ok());
    }

    qint64 exec(const QString& sql)
    {
        SqlQuery q(*db, "test.exec", sql);
        REQUIRE(q.exec().ok());
        return q.next() ? q.integer(0) : 0;
    }

    qint64 scalar(const QString& sql)
    {
        SqlQuery q(*db, "test.scalar", sql);
        q.run();
        REQUIRE(q.next());
        return q.integer(0);
    }

    qint64 invoice(qint64 company, const std::string& piece, Date date, Date due, std::int64_t cents)
    {
        pc::receivables::LedgerEntry e;
        e.kind = EntryKind::Invoice;
        e.journal = "VE";
        e.date = date;
        e.piece = piece;
        e.debit = Money::fromCents(cents);
        e.dueDate = due;
        auto id = LedgerRepository(*db).addEntry(company, e, {}, kStamp);
        REQUIRE(id.ok());
        return *id;
    }
};

} // namespace

TEST_CASE("a store of schema 5 with disputes is upgraded: entries linked, closed ones rejected",
          "[store][recovery][migrations]")
{
    Store store(5);
    const qint64 c = store.exec(QStringLiteral("INSERT INTO companies (siren, name, created_at, updated_at) VALUES "
                                               "('552100554', 'Forges de Lorraine', 'x', 'x') RETURNING id"));
    const qint64 invoice = store.exec(QStringLiteral("INSERT INTO invoices (number, kind, company_id, issue_date, "
                                                     "due_date, payment_terms, penalty_rate_bp, net_cents, vat_cents, "
                                                     "gross_cents, seller_json, buyer_json, created_at, created_by) "
                                                     "VALUES ('FA000001', 'invoice', %1, '2026-10-01', '2026-10-31', "
                                                     "'30 jours', 1215, 100000, 20000, 120000, '{}', '{}', 'x', 'x') "
                                                     "RETURNING id")
                                          .arg(c));
    const qint64 entry = store.exec(QStringLiteral("INSERT INTO ledger_entries (company_id, kind, journal, entry_date, "
                                                   "piece, debit_cents, invoice_id, created_at, created_by, open_cents) "
                                                   "VALUES (%1, 'invoice', 'VE', '2026-10-01', 'FA000001', 120000, %2, "
                                                   "'x', 'x', 120000) RETURNING id")
                                        .arg(c)
                                        .arg(invoice));
    store.exec(QStringLiteral("INSERT INTO disputes (company_id, invoice_id, amount_cents, reason, opened_on, closed_on, "
                              "created_at, created_by) VALUES (%1, %2, 5000, 'casse', '2026-10-05', NULL, 'x', 'x'), "
                              "(%1, %2, 2000, 'prix', '2026-10-06', '2026-10-20', 'x', 'x')")
                   .arg(c)
                   .arg(invoice));

    Migrator migrator(*store.db);
    REQUIRE(migrator.migrate().ok());
    CHECK(migrator.currentVersion() >= 6);

    const auto disputes = RecoveryRepository(*store.db).disputes(c);
    REQUIRE(disputes.size() == 2);
    for (const DisputeRecord& r : disputes) {
        CHECK(r.dispute.entryId == entry);
        CHECK(r.piece == "FA000001");
        CHECK(r.dispute.reason == pc::receivables::DisputeReason::Other);
    }
    // Newest first: the closed one, rejected, then the open one.
    CHECK(disputes[0].dispute.status == pc::receivables::DisputeStatus::ResolvedRejected);
    CHECK(disputes[0].note == "prix");
    CHECK(disputes[1].dispute.status == pc::receivables::DisputeStatus::Open);
    CHECK(disputes[1].dispute.activeOn(day(2026, 11, 23)));
    CHECK(store.scalar(QStringLiteral("SELECT COUNT(*) FROM dunning_actions")) == 0);
}

TEST_CASE("dunning actions keep the items they covered and the highest step each item had",
          "[store][recovery]")
{
    Store store;
    auto client = ClientRepository(*store.db).insert(pc::test::completeClient("55210055", "Forges"), kNow);
    REQUIRE(client.ok());
    const qint64 a = store.invoice(*client, "FA1", day(2026, 9, 1), day(2026, 10, 1), 100'000);
    const qint64 b = store.invoice(*client, "FA2", day(2026, 10, 1), day(2026, 11, 1), 50'000);
    RecoveryRepository repo(*store.db);

    ActionRecord first;
    first.companyId = *client;
    first.scenarioCode = "standard";
    first.stepCode = "reminder_1";
    first.stepIndex = 1;
    first.channel = "email";
    first.status = "done";
    first.plannedOn = day(2026, 10, 6);
    first.amount = Money::fromCents(100'000);
    first.items = {{a, Money::fromCents(100'000), {}}};
    REQUIRE(repo.addAction(first, kStamp).ok());
    ActionRecord second = first;
    second.stepCode = "call";
    second.stepIndex = 3;
    second.channel = "call";
    second.status = "todo";
    second.plannedOn = day(2026, 11, 6);
    second.items = {{a, Money::fromCents(100'000), {}}, {b, Money::fromCents(50'000), {}}};
    auto secondId = repo.addAction(second, kStamp);
    REQUIRE(secondId.ok());

    const auto steps = repo.lastStepDone(*client, day(2026, 11, 23));
    CHECK(steps.at(a).at("standard") == 3);
    CHECK(steps.at(b).at("standard") == 3);
    // On 1 November only the first reminder had been sent, and only for a.
    const auto before = repo.lastStepDone(*client, day(2026, 11, 1));
    CHECK(before.at(a).at("standard") == 1);
    CHECK(before.count(b) == 0);
    CHECK(repo.lastActionOn(*client, day(2026, 11, 1)).at(*client) == day(2026, 10, 6));
    CHECK(repo.lastActionOn(*client, day(2026, 11, 23)).at(*client) == day(2026, 11, 6));
    REQUIRE(repo.openTasks(day(2026, 11, 23)).size() == 1);
    CHECK(repo.openTasks(day(2026, 11, 5)).empty());

    REQUIRE(repo.completeAction(*secondId, "done", day(2026, 11, 7), "promise", "paiera le 15", day(2026, 11, 15)).ok());
    CHECK(repo.openTasks(day(2026, 11, 23)).empty());
    const auto history = repo.actions(*client);
    REQUIRE(history.size() == 2);
    CHECK(history[0].outcome == "promise");
    REQUIRE(history[0].items.size() == 2);
    CHECK(history[0].items[0].piece == "FA1");
    CHECK(!repo.completeAction(999, "done", day(2026, 11, 7), "", "", std::nullopt).ok());
}

TEST_CASE("dunning reads what was open on a past day, and unapplied payments", "[store][recovery]")
{
    Store store;
    auto client = ClientRepository(*store.db).insert(pc::test::completeClient("55210055", "Forges"), kNow);
    REQUIRE(client.ok());
    const qint64 a = store.invoice(*client, "FA1", day(2026, 9, 1), day(2026, 10, 1), 100'000);
    pc::receivables::LedgerEntry pay;
    pay.kind = EntryKind::Payment;
    pay.journal = "BQ";
    pay.date = day(2026, 11, 10);
    pay.piece = "VIR1";
    pay.credit = Money::fromCents(130'000);
    LedgerRepository ledger(*store.db);
    auto p = ledger.addEntry(*client, pay, {}, kStamp);
    REQUIRE(p.ok());
    REQUIRE(ledger.addAllocation({a, *p, Money::fromCents(100'000), day(2026, 11, 10)}, kStamp).ok());

    RecoveryRepository repo(*store.db);
    // Settled today, but open in full on 1 November.
    CHECK(repo.dunnedEntries(*client, day(2026, 11, 23)).empty());
    const auto before = repo.dunnedEntries(*client, day(2026, 11, 1));
    REQUIRE(before.size() == 1);
    CHECK(before[0].open == Money::fromCents(100'000));
    CHECK(before[0].dueDate == day(2026, 10, 1));
    // 300,00 of the payment is set against nothing.
    CHECK(repo.unappliedCredits(*client, day(2026, 11, 23)).at(*client) == Money::fromCents(30'000));
    CHECK(repo.unappliedCredits(*client, day(2026, 11, 1)).empty());
    CHECK(repo.receipts(*client, day(2026, 11, 1), day(2026, 11, 23)).at(*client).size() == 1);
}
