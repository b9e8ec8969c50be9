// Stage 9 in the store: the upgrade of a schema-6 store (its invoices and legal files
// read by the provisions), what a review reads on a past day, the provision stock
// replayed from its bookings, the user's rates, write-offs.
#include "store/ClientRepository.h"
#include "store/Database.h"
#include "store/LedgerRepository.h"
#include "store/Migrator.h"
#include "store/ProvisionRepository.h"
#include "store/SqlQuery.h"
#include "support/CatchCompat.h"
#include "support/TestPrinters.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>

using namespace pc::core;
using namespace pc::store;
using pc::receivables::DoubtfulReason;
using pc::receivables::EntryKind;
using pc::receivables::LegalFileKind;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
const Stamp kStamp{QStringLiteral("tester"), kNow};

Date day(int y, int m, int d)
{
    return *Date::fromYmd(y, m, d);
}

Money cents(std::int64_t value)
{
    return Money::fromCents(value);
}

struct Store {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    explicit Store(std::optional<int> version = std::nullopt)
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("provisions.db"))));
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

    qint64 entry(qint64 company, EntryKind kind, const std::string& piece, Date date, std::int64_t debit,
                 std::int64_t credit = 0)
    {
        pc::receivables::LedgerEntry e;
        e.kind = kind;
        e.journal = debit > 0 ? "VE" : "BQ";
        e.date = date;
        e.piece = piece;
        e.debit = cents(debit);
        e.credit = cents(credit);
        e.dueDate = date.addDays(30);
        auto id = LedgerRepository(*db).addEntry(company, e, {}, kStamp);
        REQUIRE(id.ok());
        return *id;
    }
};

} // namespace

TEST_CASE("a store of schema 6 is upgraded to 7: its invoices and legal files feed the provisions",
          "[store][provisions][migrations]")
{
    Store store(6);
    const qint64 c = store.exec(QStringLiteral("INSERT INTO companies (siren, name, proceedings, proceedings_date, "
                                               "created_at, updated_at) VALUES ('552100554', 'Forges de Lorraine', "
                                               "'receivership', '2026-06-01', 'x', 'x') RETURNING id"));
    store.exec(QStringLiteral("INSERT INTO accounts (company_id, number) VALUES (%1, '411FORGES')").arg(c));
    const qint64 invoice = store.exec(QStringLiteral("INSERT INTO invoices (number, kind, company_id, issue_date, "
                                                     "due_date, payment_terms, penalty_rate_bp, net_cents, vat_cents, "
                                                     "gross_cents, seller_json, buyer_json, created_at, created_by) "
                                                     "VALUES ('FA000001', 'invoice', %1, '2026-01-10', '2026-02-09', "
                                                     "'30 jours', 1215, 100000, 20000, 120000, '{}', '{}', 'x', 'x') "
                                                     "RETURNING id")
                                          .arg(c));
    const qint64 entry = store.exec(QStringLiteral("INSERT INTO ledger_entries (company_id, kind, journal, entry_date, "
                                                   "due_date, piece, debit_cents, invoice_id, created_at, created_by, "
                                                   "open_cents) VALUES (%1, 'invoice', 'VE', '2026-01-10', '2026-02-09', "
                                                   "'FA000001', 120000, %2, 'x', 'x', 120000) RETURNING id")
                                        .arg(c)
                                        .arg(invoice));
    const qint64 file = store.exec(QStringLiteral("INSERT INTO legal_files (company_id, kind, status, opened_on, "
                                                  "created_at, created_by) VALUES (%1, 'claim_declaration', 'filed', "
                                                  "'2026-07-01', 'x', 'x') RETURNING id")
                                       .arg(c));
    store.exec(QStringLiteral("INSERT INTO legal_file_items (legal_file_id, entry_id, amount_cents) VALUES (%1, %2, "
                              "120000)")
                   .arg(file)
                   .arg(entry));

    Migrator migrator(*store.db);
    REQUIRE(migrator.migrate().ok());
    CHECK(migrator.currentVersion() >= 7);
    for (const char* table : {"doubtful_receivables", "provision_bookings", "provision_rate_overrides", "write_offs"})
        CHECK(store.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) == 0);

    ProvisionRepository repo(*store.db);
    const auto rows = repo.candidates(day(2026, 11, 23));
    REQUIRE(rows.size() == 1);
    const ProvisionCandidate& row = rows.front();
    CHECK(row.entryId == entry);
    CHECK(row.party.siren == "552100554");
    CHECK(row.party.clientAccount == "411FORGES");
    CHECK(row.party.piece == "FA000001");
    CHECK(row.dueDate == day(2026, 2, 9));
    CHECK(row.open == cents(120'000));
    CHECK(row.invoiceNet == cents(100'000));
    CHECK(row.invoiceVat == cents(20'000));
    CHECK(row.proceedings == Proceedings::Receivership);
    // Before the judgment the proceedings do not count yet.
    CHECK(repo.candidate(entry, day(2026, 5, 31))->proceedings == Proceedings::None);

    CHECK(repo.legalCoverOn(day(2026, 11, 23)).entries.at(entry) == LegalFileKind::ClaimDeclaration);
    CHECK(repo.legalCoverOn(day(2026, 6, 30)).entries.empty());
    store.exec(QStringLiteral("UPDATE legal_files SET status = 'closed', closed_on = '2026-10-01'"));
    CHECK(repo.legalCoverOn(day(2026, 9, 30)).entries.count(entry) == 1);
    CHECK(repo.legalCoverOn(day(2026, 10, 1)).entries.empty());
}

TEST_CASE("provision stock is the sum of the bookings up to the day; paid entries stay while stock is left",
          "[store][provisions]")
{
    Store store;
    auto client = ClientRepository(*store.db).insert(pc::test::completeClient("55210055", "Forges"), kNow);
    REQUIRE(client.ok());
    const qint64 a = store.entry(*client, EntryKind::Invoice, "FA1", day(2026, 1, 10), 120'000);
    const qint64 b = store.entry(*client, EntryKind::Invoice, "FA2", day(2026, 2, 10), 60'000);
    ProvisionRepository repo(*store.db);

    DoubtfulRecord d{a, *client, day(2026, 9, 30), DoubtfulReason::Age, "180", Rate::fromBasisPoints(5000),
                     cents(120'000), {}};
    REQUIRE(repo.addDoubtful(d, kStamp).ok());
    CHECK_FALSE(repo.addDoubtful(d, kStamp).ok()); // once per entry
    REQUIRE(repo.addBooking({0, a, day(2026, 9, 30), BookingKind::Dotation, cents(100'000), Rate::fromBasisPoints(5000),
                             cents(50'000), std::nullopt, {}},
                            kStamp)
                .ok());
    REQUIRE(repo.addBooking({0, a, day(2026, 10, 31), BookingKind::Reversal, cents(50'000), Rate::fromBasisPoints(5000),
                             cents(25'000), std::nullopt, {}},
                            kStamp)
                .ok());
    CHECK(repo.stockOn(day(2026, 9, 29)).empty());
    CHECK(repo.stockOn(day(2026, 9, 30)).at(a) == cents(50'000));
    CHECK(repo.stockOn(day(2026, 10, 31)).at(a) == cents(25'000));
    CHECK(repo.lastBookedOn() == day(2026, 10, 31));
    CHECK(repo.lastBookedOn(b) == std::nullopt);
    CHECK(repo.doubtfulOn(day(2026, 9, 29)).empty());
    CHECK(repo.doubtfulOn(day(2026, 9, 30)).at(a).party.piece == "FA1");

    // a paid in full on 15 November: still read while its provision is not reversed.
    const qint64 pay = store.entry(*client, EntryKind::Payment, "VIR1", day(2026, 11, 15), 0, 120'000);
    REQUIRE(LedgerRepository(*store.db).addAllocation({a, pay, cents(120'000), day(2026, 11, 15)}, kStamp).ok());
    auto rows = repo.candidates(day(2026, 11, 23));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].entryId == a);
    CHECK(rows[0].open == Money());
    CHECK(repo.candidate(a, day(2026, 11, 1))->open == cents(120'000));
    REQUIRE(repo.addBooking({0, a, day(2026, 11, 23), BookingKind::Reversal, Money(), Rate(), cents(25'000),
                             std::nullopt, {}},
                            kStamp)
                .ok());
    rows = repo.candidates(day(2026, 11, 23));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].entryId == b);

    const auto between = repo.bookingsBetween(day(2026, 10, 1), day(2026, 11, 30));
    REQUIRE(between.size() == 2);
    CHECK(between[0].kind == BookingKind::Reversal);
    CHECK(between[0].party.piece == "FA1");
    CHECK(repo.doubtfulBetween(day(2026, 9, 1), day(2026, 9, 30)).size() == 1);
}

TEST_CASE("user rates are set, replaced and removed; write-offs are recorded once", "[store][provisions]")
{
    Store store;
    auto client = ClientRepository(*store.db).insert(pc::test::completeClient("55210055", "Forges"), kNow);
    REQUIRE(client.ok());
    const qint64 a = store.entry(*client, EntryKind::Invoice, "FA1", day(2026, 1, 10), 120'000);
    ProvisionRepository repo(*store.db);

    REQUIRE(repo.setRateOverride(a, Rate::fromBasisPoints(6000), kStamp).ok());
    REQUIRE(repo.setRateOverride(a, Rate::fromBasisPoints(7000), kStamp).ok());
    CHECK(repo.rateOverrides().at(a) == Rate::fromBasisPoints(7000));
    CHECK_FALSE(repo.setRateOverride(a, Rate::fromBasisPoints(10001), kStamp).ok());
    REQUIRE(repo.setRateOverride(a, std::nullopt, kStamp).ok());
    CHECK(repo.rateOverrides().empty());

    const qint64 adj = store.entry(*client, EntryKind::Adjustment, "FA1", day(2026, 11, 20), 0, 120'000);
    WriteOffRecord w;
    w.entryId = a;
    w.companyId = *client;
    w.on = day(2026, 11, 20);
    w.net = cents(100'000);
    w.vat = cents(20'000);
    w.gross = cents(120'000);
    w.fromDoubtful = true;
    w.reason = "liquidation clôturée pour insuffisance d'actif";
    w.adjustmentEntryId = adj;
    REQUIRE(repo.addWriteOff(w, kStamp).ok());
    CHECK_FALSE(repo.addWriteOff(w, kStamp).ok());
    w.entryId = adj;
    w.gross = cents(1);
    CHECK_FALSE(repo.addWriteOff(w, kStamp).ok()); // net + vat must make the gross

    const auto read = repo.writeOffOf(a);
    REQUIRE(read);
    CHECK(read->net == cents(100'000));
    CHECK(read->fromDoubtful);
    CHECK(read->createdBy == "tester");
    CHECK(read->party.piece == "FA1");
    CHECK(repo.writeOffsBetween(day(2026, 11, 1), day(2026, 11, 30)).size() == 1);
    // Written off on the 20th: open before, gone from that day.
    CHECK(repo.candidate(a, day(2026, 11, 19)));
    CHECK_FALSE(repo.candidate(a, day(2026, 11, 20)));
}
