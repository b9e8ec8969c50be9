// Stages 4 to 6 in the store: the upgrade of a schema-3 store, the gapless number
// series (also with two writers at once), and the repositories of orders, deliveries,
// invoices, the receivables ledger and disputes.

#include "store/CreditRepository.h"
#include "store/Database.h"
#include "store/InvoiceRepository.h"
#include "store/LedgerRepository.h"
#include "store/Migrator.h"
#include "store/RecoveryRepository.h"
#include "store/SalesRepository.h"
#include "store/SettingsRepository.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"
#include "support/CatchCompat.h"
#include "support/TestPrinters.h"

#include <QTemporaryDir>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

using namespace pc::core;
using namespace pc::store;
using pc::receivables::Allocation;
using pc::receivables::EntryKind;
using pc::receivables::LedgerEntry;

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
    qint64 company = 0;

    explicit Store(std::optional<int> version = std::nullopt)
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("sales.db"))));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(Migrator(*db).migrate(version).ok());
        company = addCompany("552100554", "Forges de Lorraine");
    }

    qint64 addCompany(const char* siren, const char* name)
    {
        SqlQuery insert(*db, "test.company",
                        QStringLiteral("INSERT INTO companies (siren, name, created_at, updated_at) VALUES "
                                       "(?, ?, 'x', 'x') RETURNING id"));
        insert.bind(QString::fromLatin1(siren)).bind(QString::fromUtf8(name));
        REQUIRE(insert.exec().ok());
        REQUIRE(insert.next());
        return insert.integer(0);
    }

    qint64 scalar(const QString& sql)
    {
        SqlQuery q(*db, "test.scalar", sql);
        q.run();
        REQUIRE(q.next());
        return q.integer(0);
    }
};

DocumentLine item(const char* description, std::int64_t units, std::int64_t priceCents, std::int64_t vatBp)
{
    return {description, Quantity::units(units), Money::fromCents(priceCents), Rate::fromBasisPoints(vatBp)};
}

Order sampleOrder(qint64 company, const char* number)
{
    Order o;
    o.number = number;
    o.clientId = company;
    o.clientReference = "BC-2026-118";
    o.orderDate = day(2026, 11, 2);
    o.terms = *PaymentTerms::fromCode("eom:45");
    o.deliveryAddress = {"Quai 4", "Zone industrielle", "57000", "Metz", "FR"};
    o.status = OrderStatus::Confirmed;
    o.confirmedOn = day(2026, 11, 3);
    o.note = "Livrer le matin";
    o.lines.push_back({1, item("Palette de sacs kraft 50 L", 10, 18'900, 2000), {}});
    o.lines.push_back({2, {"Farine T65 (sac de 25 kg)", Quantity::fromThousandths(2'500), Money::fromCents(2'140),
                           Rate::fromBasisPoints(550)},
                       {}});
    return o;
}

Invoice sampleInvoice(qint64 company, const char* number, Date issued)
{
    Invoice inv;
    inv.number = number;
    inv.clientId = company;
    inv.issueDate = issued;
    inv.dueDate = issued.addDays(45);
    inv.deliveryDate = issued.addDays(-2);
    inv.terms = *PaymentTerms::fromCode("eom:45");
    inv.lines = {item("Palette de sacs kraft 50 L", 4, 18'900, 2000),
                 {"Farine T65 (sac de 25 kg)", Quantity::fromThousandths(1'500), Money::fromCents(2'140),
                  Rate::fromBasisPoints(550)}};
    inv.totals = totalsOf(inv.lines);
    inv.clientReference = "BC-2026-118";
    inv.penaltyRate = Rate::fromBasisPoints(1'215);
    inv.deliveryAddress = {"Quai 4", "", "57000", "Metz", "FR"};
    return inv;
}

LedgerEntry entry(EntryKind kind, Date date, const char* piece, Money debit, Money credit,
                  std::optional<Date> due = std::nullopt)
{
    LedgerEntry e;
    e.kind = kind;
    e.journal = kind == EntryKind::Invoice || kind == EntryKind::CreditNote ? "VE" : "BQ";
    e.date = date;
    e.piece = piece;
    e.label = std::string("Pièce ") + piece;
    e.debit = debit;
    e.credit = credit;
    e.dueDate = due;
    return e;
}

} // namespace

TEST_CASE("a store of schema 3 with a client and a limit is upgraded to hold sales documents",
          "[store][sales][migrations]")
{
    Store store(3);
    CreditLimitDecision d;
    d.amount = Money::fromEuros(25'000);
    d.recommended = Money::fromEuros(20'000);
    d.riskClass = "B";
    d.policyVersion = 1;
    d.approver = QStringLiteral("D. Martin");
    d.reason = QStringLiteral("first order");
    d.reviewDate = day(2027, 6, 30);
    d.decidedOn = day(2026, 1, 10);
    d.decidedAt = kNow;
    d.decidedBy = QStringLiteral("t");
    REQUIRE(CreditRepository(*store.db).addLimit(store.company, d).ok());

    Migrator migrator(*store.db);
    REQUIRE(migrator.currentVersion() == 3);
    // The sales tables do not exist yet.
    {
        SqlQuery q(*store.db, "test.tables",
                   QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                  "('orders', 'invoices', 'number_series', 'ledger_entries', 'settings')"));
        q.run();
        REQUIRE(q.next());
        CHECK(q.integer(0) == 0);
    }
    REQUIRE(migrator.migrate().ok());
    CHECK(migrator.currentVersion() == migrator.latestVersion());
    CHECK(migrator.currentVersion() >= 4);

    // The client and its limit survived.
    CHECK(store.scalar(QStringLiteral("SELECT COUNT(*) FROM companies")) == 1);
    CHECK(store.scalar(QStringLiteral("SELECT id FROM companies WHERE siren = '552100554'")) == store.company);
    const auto limit = CreditRepository(*store.db).limitOn(store.company, day(2026, 11, 23));
    REQUIRE(limit);
    CHECK(limit->amount == Money::fromEuros(25'000));
    CHECK(limit->approver == QStringLiteral("D. Martin"));

    // The three series start at zero, and nothing else is in the table.
    CHECK(store.scalar(QStringLiteral("SELECT COUNT(*) FROM number_series")) == 3);
    NumberSeries series(*store.db);
    for (const char* name : {"order", "delivery", "invoice"}) {
        INFO(name);
        CHECK(store.scalar(QStringLiteral("SELECT COUNT(*) FROM number_series WHERE series = '%1' AND last_value = 0")
                               .arg(QLatin1String(name)))
              == 1);
        CHECK(series.last(QString::fromLatin1(name)) == 0);
    }
    // And the new tables take rows that point at the old client.
    Order o = sampleOrder(store.company, "CMD000001");
    auto id = SalesRepository(*store.db).insertOrder(o, kStamp);
    REQUIRE(id.ok());
    CHECK(SalesRepository(*store.db).ordersOf(store.company).size() == 1);
}

TEST_CASE("the number series counts from one and takes back a rolled-back number", "[store][sales][numbers]")
{
    Store store;
    NumberSeries series(*store.db);
    {
        Transaction tx(*store.db);
        REQUIRE(tx.started());
        CHECK(*series.next(QStringLiteral("order")) == 1);
        CHECK(*series.next(QStringLiteral("order")) == 2);
        CHECK(*series.next(QStringLiteral("order")) == 3);
        REQUIRE(tx.commit().ok());
    }
    CHECK(series.last(QStringLiteral("order")) == 3);
    // Each series counts on its own.
    CHECK(series.last(QStringLiteral("invoice")) == 0);

    {
        Transaction tx(*store.db);
        REQUIRE(tx.started());
        auto taken = series.next(QStringLiteral("order"));
        REQUIRE(taken.ok());
        CHECK(*taken == 4);
        // No commit: the document is rolled back, and its number with it.
    }
    CHECK(series.last(QStringLiteral("order")) == 3);
    {
        Transaction tx(*store.db);
        REQUIRE(tx.started());
        CHECK(*series.next(QStringLiteral("order")) == 4);
        REQUIRE(tx.commit().ok());
    }

    SECTION("a rolled-back savepoint gives its number back too")
    {
        Transaction outer(*store.db);
        REQUIRE(outer.started());
        {
            Transaction inner(*store.db);
            REQUIRE(inner.started());
            CHECK(*series.next(QStringLiteral("invoice")) == 1);
        }
        CHECK(*series.next(QStringLiteral("invoice")) == 1);
        REQUIRE(outer.commit().ok());
        CHECK(series.last(QStringLiteral("invoice")) == 1);
    }

    SECTION("an unknown series is not created on the fly")
    {
        Transaction tx(*store.db);
        REQUIRE(tx.started());
        auto unknown = series.next(QStringLiteral("quote"));
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().code == ErrorCode::NotFound);
        CHECK(series.last(QStringLiteral("quote")) == 0);
    }
}

TEST_CASE("two writers on two connections never share a number and leave no gap", "[store][sales][numbers]")
{
    Store store;
    constexpr int kPerWriter = 50;

    struct Writer {
        std::vector<qint64> numbers;
        std::vector<std::string> errors;
    };
    const auto write = [&store](Writer& w) {
        // Each thread opens, uses and closes its own connection.
        auto opened = store.db->openAnother();
        if (!opened) {
            w.errors.push_back(std::string("open: ") + errorCodeName(opened.error().code));
            return;
        }
        std::unique_ptr<Database> db = std::move(opened).value();
        NumberSeries series(*db);
        for (int i = 0; i < kPerWriter; ++i) {
            Transaction tx(*db);
            if (!tx.started()) {
                w.errors.push_back("begin failed");
                continue;
            }
            auto n = series.next(QStringLiteral("invoice"));
            if (!n) {
                w.errors.push_back("next failed");
                continue;
            }
            // Widen the window in which the other writer could read the same value.
            std::this_thread::yield();
            if (auto status = tx.commit(); !status) {
                w.errors.push_back("commit failed");
                continue;
            }
            w.numbers.push_back(*n);
        }
    };

    Writer a, b;
    {
        std::thread first(write, std::ref(a));
        std::thread second(write, std::ref(b));
        first.join();
        second.join();
    }
    CHECK(a.errors.empty());
    CHECK(b.errors.empty());
    REQUIRE(a.numbers.size() == static_cast<std::size_t>(kPerWriter));
    REQUIRE(b.numbers.size() == static_cast<std::size_t>(kPerWriter));
    // Each writer sees its own numbers rise.
    CHECK(std::is_sorted(a.numbers.begin(), a.numbers.end()));
    CHECK(std::is_sorted(b.numbers.begin(), b.numbers.end()));

    std::vector<qint64> all = a.numbers;
    all.insert(all.end(), b.numbers.begin(), b.numbers.end());
    std::sort(all.begin(), all.end());
    CHECK(std::adjacent_find(all.begin(), all.end()) == all.end());
    std::vector<qint64> expected(2 * kPerWriter);
    for (int i = 0; i < 2 * kPerWriter; ++i)
        expected[static_cast<std::size_t>(i)] = i + 1;
    CHECK(all == expected);
    CHECK(NumberSeries(*store.db).last(QStringLiteral("invoice")) == 2 * kPerWriter);
}

TEST_CASE("shared settings are stored as text and replaced", "[store][sales][settings]")
{
    Store store;
    SettingsRepository repo(*store.db);
    CHECK_FALSE(repo.value(QStringLiteral("seller")));
    REQUIRE(repo.setValue(QStringLiteral("seller"), QStringLiteral("{\"name\":\"A\"}"), QStringLiteral("t"), kNow).ok());
    REQUIRE(repo.setValue(QStringLiteral("seller"), QStringLiteral("{\"name\":\"B\"}"), QStringLiteral("u"), kNow).ok());
    CHECK(repo.value(QStringLiteral("seller")) == QStringLiteral("{\"name\":\"B\"}"));
    CHECK(store.scalar(QStringLiteral("SELECT COUNT(*) FROM settings")) == 1);
}

TEST_CASE("an order comes back with its lines and the quantities delivered", "[store][sales]")
{
    Store store;
    SalesRepository sales(*store.db);
    const Order written = sampleOrder(store.company, "CMD000001");
    auto id = sales.insertOrder(written, kStamp);
    REQUIRE(id.ok());

    auto read = sales.order(*id);
    REQUIRE(read);
    CHECK(read->id == *id);
    CHECK(read->number == "CMD000001");
    CHECK(read->clientId == store.company);
    CHECK(read->clientReference == "BC-2026-118");
    CHECK(read->orderDate == day(2026, 11, 2));
    CHECK(read->terms == written.terms);
    CHECK(read->deliveryAddress == written.deliveryAddress);
    CHECK(read->status == OrderStatus::Confirmed);
    CHECK(read->confirmedOn == std::optional(day(2026, 11, 3)));
    CHECK_FALSE(read->cancelledOn);
    CHECK(read->note == "Livrer le matin");
    REQUIRE(read->lines.size() == 2);
    CHECK(read->lines == written.lines);
    CHECK(read->totals() == written.totals());
    CHECK(sales.orderByNumber(QStringLiteral("CMD000001"))->id == *id);
    CHECK_FALSE(sales.orderByNumber(QStringLiteral("CMD000002")));
    CHECK(sales.orderClient(*id) == std::optional<qint64>(store.company));
    CHECK_FALSE(sales.orderClient(*id + 100));

    // A number is unique.
    CHECK_FALSE(sales.insertOrder(written, kStamp).ok());

    // Two deliveries: the quantities delivered add up per line.
    Delivery first;
    first.number = "BL000001";
    first.orderId = *id;
    first.date = day(2026, 11, 5);
    first.lines = {{1, Quantity::units(2)}, {1, Quantity::units(2)}, {2, Quantity::fromThousandths(500)}};
    auto firstId = sales.insertDelivery(first, QStringLiteral("OK"), kStamp);
    REQUIRE(firstId.ok());
    Delivery second;
    second.number = "BL000002";
    second.orderId = *id;
    second.date = day(2026, 11, 9);
    second.lines = {{1, Quantity::units(3)}};
    second.overrideReason = "accord direction";
    second.overrideBy = "d.martin";
    auto secondId = sales.insertDelivery(second, QStringLiteral("BLOCK"), kStamp);
    REQUIRE(secondId.ok());

    read = sales.order(*id);
    REQUIRE(read);
    CHECK(read->line(1)->delivered == Quantity::units(7));
    CHECK(read->line(1)->remaining() == Quantity::units(3));
    CHECK(read->line(2)->delivered == Quantity::fromThousandths(500));
    CHECK(read->line(2)->remaining() == Quantity::units(2));

    auto d1 = sales.deliveryByNumber(QStringLiteral("BL000001"));
    REQUIRE(d1);
    CHECK(d1->id == *firstId);
    CHECK(d1->orderId == *id);
    CHECK(d1->date == day(2026, 11, 5));
    // Two lines for the same order line are one quantity on the note.
    REQUIRE(d1->lines.size() == 2);
    CHECK(d1->lines[0] == DeliveryLine{1, Quantity::units(4)});
    CHECK(d1->lines[1] == DeliveryLine{2, Quantity::fromThousandths(500)});
    CHECK_FALSE(d1->signedOn);
    CHECK_FALSE(d1->invoiceId);
    CHECK_FALSE(d1->invoicedOn);
    auto d2 = sales.delivery(*secondId);
    REQUIRE(d2);
    CHECK(d2->overrideReason == "accord direction");
    CHECK(d2->overrideBy == "d.martin");
    CHECK(store.scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE check_decision = 'BLOCK'")) == 1);

    REQUIRE(sales.signDelivery(*firstId, day(2026, 11, 6), QStringLiteral("M. Roche")).ok());
    d1 = sales.delivery(*firstId);
    CHECK(d1->signedOn == std::optional(day(2026, 11, 6)));
    CHECK(d1->signatory == "M. Roche");

    // Newest first for the client, in order of creation for the order.
    const auto ofClient = sales.deliveriesOf(store.company);
    REQUIRE(ofClient.size() == 2);
    CHECK(ofClient[0].number == "BL000002");
    const auto ofOrder = sales.deliveriesOfOrder(*id);
    REQUIRE(ofOrder.size() == 2);
    CHECK(ofOrder[0].number == "BL000001");

    // The invoice link, once only, with the invoice's date.
    Invoice inv = sampleInvoice(store.company, "FA000001", day(2026, 11, 30));
    auto invoiceId = InvoiceRepository(*store.db).insert(inv, std::nullopt, QStringLiteral("{}"), QStringLiteral("{}"),
                                                         kStamp);
    REQUIRE(invoiceId.ok());
    REQUIRE(sales.setDeliveryInvoice(*firstId, *invoiceId).ok());
    const auto again = sales.setDeliveryInvoice(*firstId, *invoiceId);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::AlreadyExists);
    d1 = sales.delivery(*firstId);
    CHECK(d1->invoiceId == std::optional<std::int64_t>(*invoiceId));
    CHECK(d1->invoicedOn == std::optional(day(2026, 11, 30)));
    CHECK_FALSE(sales.delivery(*secondId)->invoiceId);

    // The state of the order: status, dates, the check and the reasons.
    Order cancelled = *sales.order(*id);
    cancelled.status = OrderStatus::Cancelled;
    cancelled.cancelledOn = day(2026, 12, 1);
    REQUIRE(sales.updateOrderState(cancelled, QStringLiteral("WARN"), QString(), QStringLiteral("client parti")).ok());
    read = sales.order(*id);
    CHECK(read->status == OrderStatus::Cancelled);
    CHECK(read->cancelledOn == std::optional(day(2026, 12, 1)));
    CHECK(read->confirmedOn == std::optional(day(2026, 11, 3)));
    CHECK(store.scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE check_decision = 'WARN' AND "
                                      "cancel_reason = 'client parti'"))
          == 1);
    // An empty decision keeps the one recorded.
    REQUIRE(sales.updateOrderState(cancelled, QString(), QString(), QString()).ok());
    CHECK(store.scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE check_decision = 'WARN' AND "
                                      "cancel_reason = 'client parti'"))
          == 1);

    // Newest first.
    REQUIRE(sales.insertOrder(sampleOrder(store.company, "CMD000002"), kStamp).ok());
    const auto orders = sales.ordersOf(store.company);
    REQUIRE(orders.size() == 2);
    CHECK(orders[0].number == "CMD000002");
    CHECK(orders[1].number == "CMD000001");
    CHECK(sales.ordersOf(store.company + 100).empty());
}

TEST_CASE("an invoice comes back with its lines and snapshots and the documents it covers", "[store][sales][invoices]")
{
    Store store;
    SalesRepository sales(*store.db);
    InvoiceRepository invoices(*store.db);
    CHECK_FALSE(invoices.lastIssueDate());

    auto orderId = sales.insertOrder(sampleOrder(store.company, "CMD000007"), kStamp);
    REQUIRE(orderId.ok());
    Delivery d;
    d.number = "BL000003";
    d.orderId = *orderId;
    d.date = day(2026, 11, 28);
    d.lines = {{1, Quantity::units(4)}};
    auto deliveryId = sales.insertDelivery(d, QStringLiteral("OK"), kStamp);
    REQUIRE(deliveryId.ok());

    const Invoice written = sampleInvoice(store.company, "FA000001", day(2026, 11, 30));
    const QString seller = QStringLiteral(R"({"name":"Négoce Durand","siren":"443061841"})");
    const QString buyer = QStringLiteral(R"({"name":"Forges de Lorraine","siren":"552100554"})");
    auto id = invoices.insert(written, std::nullopt, seller, buyer, kStamp);
    REQUIRE(id.ok());
    REQUIRE(sales.setDeliveryInvoice(*deliveryId, *id).ok());

    auto posted = invoices.byNumber(QStringLiteral("FA000001"));
    REQUIRE(posted);
    const Invoice& inv = posted->invoice;
    CHECK(inv.id == *id);
    CHECK(inv.kind == InvoiceKind::Invoice);
    CHECK(inv.clientId == store.company);
    CHECK(inv.issueDate == day(2026, 11, 30));
    CHECK(inv.dueDate == day(2027, 1, 14));
    CHECK(inv.deliveryDate == std::optional(day(2026, 11, 28)));
    CHECK(inv.terms == written.terms);
    CHECK(inv.lines == written.lines);
    CHECK(inv.totals == written.totals);
    CHECK(inv.totals.gross == Money::fromCents(4 * 18'900 * 12 / 10 + 3'210 + 177));
    CHECK(inv.clientReference == "BC-2026-118");
    CHECK(inv.penaltyRate == Rate::fromBasisPoints(1'215));
    CHECK(inv.deliveryAddress == written.deliveryAddress);
    CHECK(inv.creditedInvoice.empty());
    CHECK(inv.deliveryNumbers == std::vector<std::string>{"BL000003"});
    CHECK(inv.orderNumbers == std::vector<std::string>{"CMD000007"});
    CHECK(posted->sellerJson == seller);
    CHECK(posted->buyerJson == buyer);
    CHECK(store.scalar(QStringLiteral("SELECT gross_cents FROM invoices WHERE number = 'FA000001'"))
          == written.totals.gross.cents());
    CHECK(invoices.byId(*id)->invoice.number == "FA000001");
    CHECK_FALSE(invoices.byNumber(QStringLiteral("FA000099")));

    // A number is unique.
    CHECK_FALSE(invoices.insert(written, std::nullopt, seller, buyer, kStamp).ok());

    // Two credit notes against it.
    Invoice note;
    note.kind = InvoiceKind::CreditNote;
    note.number = "FA000002";
    note.clientId = store.company;
    note.issueDate = day(2026, 12, 3);
    note.dueDate = day(2026, 12, 3);
    note.lines = {item("Avoir sur facture FA000001", 1, 10'000, 2000)};
    note.totals = totalsOf(note.lines);
    note.reason = "marchandise abîmée";
    auto noteId = invoices.insert(note, *id, seller, buyer, kStamp);
    REQUIRE(noteId.ok());
    note.number = "FA000003";
    note.issueDate = day(2026, 12, 4);
    note.lines = {item("Avoir sur facture FA000001", 1, 5'000, 2000)};
    note.totals = totalsOf(note.lines);
    REQUIRE(invoices.insert(note, *id, seller, buyer, kStamp).ok());

    auto readNote = invoices.byId(*noteId);
    REQUIRE(readNote);
    CHECK(readNote->invoice.kind == InvoiceKind::CreditNote);
    CHECK(readNote->invoice.creditedInvoice == "FA000001");
    CHECK(readNote->invoice.reason == "marchandise abîmée");
    CHECK(readNote->invoice.totals.gross == Money::fromEuros(120));
    CHECK(readNote->invoice.deliveryNumbers.empty());
    CHECK(invoices.creditedTotal(*id) == Money::fromEuros(180));
    CHECK(invoices.creditedTotal(*noteId) == Money());
    CHECK(invoices.lastIssueDate() == std::optional(day(2026, 12, 4)));

    const auto all = invoices.invoicesOf(store.company);
    REQUIRE(all.size() == 3);
    CHECK(all[0].number == "FA000003");
    CHECK(all[2].number == "FA000001");
    CHECK(invoices.invoicesOf(store.company + 100).empty());
}

TEST_CASE("ledger entries and allocations are stored per client in date order", "[store][sales][ledger]")
{
    Store store;
    const qint64 other = store.addCompany("732829320", "Autre client");
    SalesRepository sales(*store.db);
    InvoiceRepository invoices(*store.db);
    LedgerRepository ledger(*store.db);

    auto orderId = sales.insertOrder(sampleOrder(store.company, "CMD000001"), kStamp);
    REQUIRE(orderId.ok());
    auto invoiceId = invoices.insert(sampleInvoice(store.company, "FA000001", day(2026, 11, 30)), std::nullopt,
                                     QStringLiteral("{}"), QStringLiteral("{}"), kStamp);
    REQUIRE(invoiceId.ok());

    // Written out of date order: read back by date, then by id.
    auto payment = ledger.addEntry(
        store.company, entry(EntryKind::Payment, day(2026, 12, 20), "VIR-1", Money(), Money::fromEuros(500)), {},
        kStamp);
    REQUIRE(payment.ok());
    auto invoiceEntry = ledger.addEntry(store.company,
                                        entry(EntryKind::Invoice, day(2026, 11, 30), "FA000001",
                                              Money::fromEuros(1'200), Money(), day(2027, 1, 14)),
                                        pc::store::EntrySource::ofInvoice(*invoiceId), kStamp);
    REQUIRE(invoiceEntry.ok());
    auto deposit = ledger.addEntry(
        store.company, entry(EntryKind::Deposit, day(2026, 11, 10), "CMD000001", Money(), Money::fromEuros(300)),
        pc::store::EntrySource::ofOrder(*orderId), kStamp);
    REQUIRE(deposit.ok());
    auto secondDeposit = ledger.addEntry(
        store.company, entry(EntryKind::Deposit, day(2026, 11, 10), "CMD000001", Money(), Money::fromEuros(50)),
        pc::store::EntrySource::ofOrder(*orderId), kStamp);
    REQUIRE(secondDeposit.ok());
    REQUIRE(ledger.addEntry(other, entry(EntryKind::Imported, day(2026, 1, 1), "REPRISE", Money::fromEuros(9), Money()),
                            {}, kStamp)
                .ok());
    // An amount is never negative.
    CHECK_FALSE(ledger.addEntry(store.company,
                                entry(EntryKind::Adjustment, day(2026, 12, 1), "X", Money::fromCents(-1), Money()), {},
                                kStamp)
                    .ok());

    const auto entries = ledger.entriesOf(store.company);
    REQUIRE(entries.size() == 4);
    CHECK(entries[0].id == *deposit);
    CHECK(entries[1].id == *secondDeposit);
    CHECK(entries[2].id == *invoiceEntry);
    CHECK(entries[3].id == *payment);
    const LedgerEntry& inv = entries[2];
    CHECK(inv.kind == EntryKind::Invoice);
    CHECK(inv.journal == "VE");
    CHECK(inv.date == day(2026, 11, 30));
    CHECK(inv.piece == "FA000001");
    CHECK(inv.label == "Pièce FA000001");
    CHECK(inv.debit == Money::fromEuros(1'200));
    CHECK(inv.credit == Money());
    CHECK(inv.dueDate == std::optional(day(2027, 1, 14)));
    CHECK(entries[3].kind == EntryKind::Payment);
    CHECK(entries[3].credit == Money::fromEuros(500));
    CHECK_FALSE(entries[3].dueDate);
    CHECK(ledger.entriesOf(other).size() == 1);

    CHECK(ledger.entryOfInvoice(*invoiceId)->id == *invoiceEntry);
    CHECK_FALSE(ledger.entryOfInvoice(*invoiceId + 100));
    const auto deposits = ledger.depositsOfOrder(*orderId);
    REQUIRE(deposits.size() == 2);
    CHECK(deposits[0].credit == Money::fromEuros(300));
    CHECK(deposits[1].credit == Money::fromEuros(50));

    REQUIRE(ledger.addAllocation({*invoiceEntry, *deposit, Money::fromEuros(300), day(2026, 11, 30)}, kStamp).ok());
    REQUIRE(ledger.addAllocation({*invoiceEntry, *payment, Money::fromEuros(500), day(2026, 12, 20)}, kStamp).ok());
    // An allocation is of a positive amount.
    CHECK_FALSE(ledger.addAllocation({*invoiceEntry, *payment, Money(), day(2026, 12, 20)}, kStamp).ok());
    const auto allocations = ledger.allocationsOf(store.company);
    REQUIRE(allocations.size() == 2);
    CHECK(allocations[0].debitEntryId == *invoiceEntry);
    CHECK(allocations[0].creditEntryId == *deposit);
    CHECK(allocations[0].amount == Money::fromEuros(300));
    CHECK(allocations[0].date == day(2026, 11, 30));
    CHECK(allocations[1].creditEntryId == *payment);
    CHECK(ledger.allocationsOf(other).empty());

    // What stays open, replayed on two days.
    CHECK(pc::receivables::openAmount(inv, allocations, day(2026, 12, 1)) == Money::fromEuros(900));
    CHECK(pc::receivables::openAmount(inv, allocations, day(2026, 12, 20)) == Money::fromEuros(400));
}

TEST_CASE("disputes are open from their opening day until they are closed", "[store][sales][ledger]")
{
    Store store;
    const qint64 other = store.addCompany("732829320", "Autre client");
    LedgerRepository ledger(*store.db);
    auto invoiceId = InvoiceRepository(*store.db).insert(sampleInvoice(store.company, "FA000001", day(2026, 11, 1)),
                                                         std::nullopt, QStringLiteral("{}"), QStringLiteral("{}"), kStamp);
    REQUIRE(invoiceId.ok());

    const auto entryOf = [&](qint64 company, const char* piece) {
        pc::receivables::LedgerEntry e;
        e.journal = "VE";
        e.date = day(2026, 11, 1);
        e.piece = piece;
        e.debit = Money::fromEuros(500);
        auto id = ledger.addEntry(company, e, {}, kStamp);
        REQUIRE(id.ok());
        return *id;
    };
    RecoveryRepository recovery(*store.db);
    const auto dispute = [&](qint64 company, qint64 entry, std::int64_t euros, Date openedOn) {
        DisputeRecord r;
        r.companyId = company;
        r.dispute.entryId = entry;
        r.dispute.amount = Money::fromEuros(euros);
        r.dispute.openedOn = openedOn;
        auto id = recovery.addDispute(r, kStamp);
        REQUIRE(id.ok());
        return *id;
    };
    const auto invoiceEntry = ledger.entryOfInvoice(*invoiceId);
    const qint64 first = dispute(store.company, invoiceEntry ? invoiceEntry->id : entryOf(store.company, "FA000001"),
                                 100, day(2026, 11, 10));
    dispute(store.company, entryOf(store.company, "FA000002"), 40, day(2026, 11, 20));
    dispute(other, entryOf(other, "FB000001"), 7, day(2026, 11, 1));
    // Rejected on the 15th.
    auto closed = recovery.dispute(first);
    REQUIRE(closed);
    closed->dispute.status = pc::receivables::DisputeStatus::ResolvedRejected;
    closed->dispute.resolvedOn = day(2026, 11, 15);
    REQUIRE(recovery.updateDispute(*closed).ok());

    const auto on = [&](int m, int d) { return ledger.openDisputes(store.company, day(2026, m, d)); };
    CHECK(on(11, 9).count == 0);
    CHECK(on(11, 9).amount == Money());
    CHECK(on(11, 10).count == 1);
    CHECK(on(11, 14).amount == Money::fromEuros(100));
    CHECK(on(11, 15).count == 0);
    CHECK(on(11, 20).count == 1);
    CHECK(on(11, 20).amount == Money::fromEuros(40));
    CHECK(ledger.openDisputes(other, day(2026, 11, 20)).amount == Money::fromEuros(7));
}
