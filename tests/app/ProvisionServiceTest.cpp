// Stage 9 provisions as use cases: the review of every client, booking (once per
// day), the user's rate, reversal as the client pays, proceedings, write-offs that
// leave the aged balance, the journal (every entry balanced) and its FEC, the rules
// kept in the shared settings.

#include "app/ClientService.h"
#include "app/ProvisionService.h"
#include "core/Siren.h"
#include "io/FecReader.h"
#include "store/AgingRepository.h"
#include "store/LedgerRepository.h"
#include "store/SettingsRepository.h"
#include "store/SqlQuery.h"
#include "support/CatchCompat.h"
#include "support/TestPrinters.h"
#include "support/ResultChecks.h"
#include "support/TestSupport.h"

#include <QFile>

#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::app;
using pc::receivables::DoubtfulReason;
using pc::receivables::EntryKind;
using pc::receivables::JournalEntry;
using pc::receivables::ProvisionEntryKind;
using pc::test::TempWorkspace;
using pc::test::testToday;

using pc::test::valid;

namespace {

Money cents(std::int64_t value)
{
    return Money::fromCents(value);
}

Rate bp(std::int64_t value)
{
    return Rate::fromBasisPoints(value);
}

const Date kToday = testToday();

struct Books {
    TempWorkspace t;
    qint64 alpha = 0;

    Books()
    {
        ClientFile f = pc::test::completeClient("55210055", "Alpha Bâtiment");
        f.account.number = "411ALPHA";
        alpha = valid(ClientService(ws()).create(f));
    }

    Workspace& ws() { return t.ws(); }
    ProvisionService service() { return ProvisionService(ws()); }

    // An imported invoice (no PosteClient split: VAT at the default 20 %) due
    // `daysLate` days before today.
    qint64 invoice(const std::string& piece, int daysLate, std::int64_t amount)
    {
        pc::receivables::LedgerEntry e;
        e.kind = EntryKind::Imported;
        e.journal = "VE";
        e.dueDate = kToday.addDays(-daysLate);
        e.date = e.dueDate->addDays(-30);
        e.piece = piece;
        e.debit = cents(amount);
        return valid(pc::store::LedgerRepository(ws().db()).addEntry(alpha, e, {}, ws().stamp()));
    }

    void pay(qint64 entryId, Date on, std::int64_t amount)
    {
        pc::receivables::LedgerEntry e;
        e.kind = EntryKind::Payment;
        e.journal = "BQ";
        e.date = on;
        e.piece = "VIR" + std::to_string(amount);
        e.credit = cents(amount);
        pc::store::LedgerRepository ledger(ws().db());
        const qint64 payment = valid(ledger.addEntry(alpha, e, {}, ws().stamp()));
        REQUIRE(ledger.addAllocation({entryId, payment, cents(amount), on}, ws().stamp()).ok());
    }

    qint64 count(const char* table)
    {
        pc::store::SqlQuery q(ws().db(), "test.count", QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        q.run();
        REQUIRE(q.next());
        return q.integer(0);
    }

    const ProvisionRow* row(const ProvisionReview& review, qint64 entryId)
    {
        for (const ProvisionRow& r : review.rows)
            if (r.entryId == entryId)
                return &r;
        return nullptr;
    }
};

void requireBalanced(const ProvisionJournal& journal)
{
    for (const JournalEntry& e : journal.entries) {
        INFO(e.number);
        CHECK(e.balanced());
    }
}

} // namespace

TEST_CASE("review, user's rate and booking: RULES.md 6.1 with 60 %, booked once", "[app][provisions]")
{
    Books books;
    const qint64 fa1 = books.invoice("FA1", 200, 120'000);
    const qint64 fa2 = books.invoice("FA2", 100, 60'000);
    ProvisionService service = books.service();

    ProvisionReview review = valid(service.review(kToday));
    REQUIRE(review.rows.size() == 1); // FA2 is only 100 days late
    const ProvisionRow* r = books.row(review, fa1);
    REQUIRE(r);
    CHECK(r->party.siren == Siren::fromPayload("55210055").str());
    CHECK(r->party.name == "Alpha Bâtiment");
    CHECK(r->party.piece == "FA1");
    CHECK(r->proposal.cause->reason == DoubtfulReason::Age);
    CHECK(r->proposal.target == cents(50'000));
    CHECK(books.row(review, fa2) == nullptr);

    REQUIRE(service.setInvoiceRate(fa1, bp(6000)).ok());
    review = valid(service.review(kToday));
    r = books.row(review, fa1);
    CHECK(r->proposal.cause->reason == DoubtfulReason::Manual);
    CHECK(r->proposal.base == cents(100'000));
    CHECK(r->proposal.vat == cents(20'000));
    CHECK(r->proposal.target == cents(60'000));
    CHECK(review.doubtfulGross == cents(120'000));
    CHECK(review.dotation == cents(60'000));
    CHECK(review.provisionStock == cents(60'000));

    const ProvisionBookingReport first = valid(service.book(kToday));
    CHECK(first.classified == 1);
    CHECK(first.dotations == 1);
    CHECK(first.dotation == cents(60'000));
    const ProvisionBookingReport again = valid(service.book(kToday));
    CHECK(again.classified == 0);
    CHECK(again.dotations + again.reversals == 0);
    CHECK(books.count("doubtful_receivables") == 1);
    CHECK(books.count("provision_bookings") == 1);
    review = valid(service.review(kToday));
    CHECK(review.dotation == Money());
    CHECK(review.provisionStock == cents(60'000));

    const ProvisionJournal journal = valid(service.journal(kToday, kToday));
    REQUIRE(journal.entries.size() == 2);
    requireBalanced(journal);
    const JournalEntry& transfer = journal.entries[0];
    CHECK(transfer.kind == ProvisionEntryKind::Transfer);
    CHECK(transfer.lines[0].account == "416000");
    CHECK(transfer.lines[0].auxiliary == "411ALPHA");
    CHECK(transfer.lines[0].debit == cents(120'000));
    CHECK(journal.entries[1].kind == ProvisionEntryKind::Dotation);
    CHECK(journal.entries[1].lines[0].debit == cents(60'000));

    // Errors.
    CHECK(service.setInvoiceRate(9999, bp(1000)).error().where.field == "entry");
    CHECK(service.setInvoiceRate(fa1, bp(10001)).error().where.field == "rate");
    CHECK(service.book(kToday.addDays(1)).error().code == ErrorCode::DateTooLate);
    CHECK(service.book(kToday.addDays(-1)).error().code == ErrorCode::DateTooEarly);
}

TEST_CASE("the provision is reversed as the client pays", "[app][provisions]")
{
    Books books;
    const qint64 fa1 = books.invoice("FA1", 200, 120'000); // 50 % by age since 20 days
    ProvisionService service = books.service();
    const Date first = kToday.addDays(-15);
    CHECK(valid(service.book(first)).dotation == cents(50'000));

    // Half paid: the base is 500.00, the provision 250.00.
    books.pay(fa1, kToday.addDays(-10), 60'000);
    ProvisionReview review = valid(service.review(kToday.addDays(-10)));
    CHECK(review.reversal == cents(25'000));
    CHECK(valid(service.book(kToday.addDays(-10))).reversal == cents(25'000));

    // Paid in full: the rest is reversed and the entry leaves the review.
    books.pay(fa1, kToday.addDays(-5), 60'000);
    const ProvisionBookingReport last = valid(service.book(kToday));
    CHECK(last.reversal == cents(25'000));
    CHECK(last.reversals == 1);
    CHECK(valid(service.review(kToday)).rows.empty());

    const ProvisionJournal journal = valid(service.journal(first, kToday));
    REQUIRE(journal.entries.size() == 4); // transfer, dotation, two reversals
    requireBalanced(journal);
    CHECK(journal.entries[3].kind == ProvisionEntryKind::Reversal);
    CHECK(journal.entries[3].lines[1].account == "781700");
}

TEST_CASE("a client in liquidation: every open receivable, due or not, at 100 %", "[app][provisions]")
{
    Books books;
    const qint64 recent = books.invoice("FA9", -10, 24'000); // not yet due
    pc::store::SqlQuery q(books.ws().db(), "test.proceedings",
                          QStringLiteral("UPDATE companies SET proceedings = 'liquidation', proceedings_date = ?"));
    q.bindDate(kToday.addDays(-3));
    REQUIRE(q.exec().ok());

    ProvisionService service = books.service();
    CHECK(valid(service.review(kToday.addDays(-4))).rows.empty());
    const ProvisionReview review = valid(service.review(kToday));
    const ProvisionRow* r = books.row(review, recent);
    REQUIRE(r);
    CHECK(r->proposal.cause->parameter == "liquidation");
    CHECK(r->proposal.target == cents(20'000)); // all of the amount excluding VAT, none of the VAT
}

TEST_CASE("a write-off closes the receivable: out of the aged balance, VAT recovered, provision reversed",
          "[app][provisions]")
{
    Books books;
    const qint64 fa1 = books.invoice("FA1", 400, 120'000); // 100 % by age
    const qint64 fa2 = books.invoice("FA2", 10, 30'000);
    ProvisionService service = books.service();
    valid(service.book(kToday.addDays(-1)));
    const auto openIds = [&] {
        std::vector<qint64> ids;
        for (const auto& o : pc::store::AgingRepository(books.ws().db()).openOn(kToday))
            ids.push_back(o.entryId);
        return ids;
    };
    CHECK(openIds() == std::vector<qint64>{fa1, fa2});

    CHECK(service.writeOff(fa1, kToday, "  ").error().code == ErrorCode::ReasonRequired);
    CHECK(service.writeOff(9999, kToday, "x").error().code == ErrorCode::NotFound);
    CHECK(service.writeOff(fa1, kToday.addDays(1), "x").error().where.field == "date");
    CHECK(service.writeOff(fa1, kToday.addDays(-2), "x").error().code == ErrorCode::DateTooEarly);
    const qint64 id = valid(service.writeOff(fa1, kToday, "liquidation clôturée pour insuffisance d'actif"));
    CHECK(id > 0);
    CHECK(openIds() == std::vector<qint64>{fa2});
    CHECK(service.writeOff(fa1, kToday, "encore").error().code == ErrorCode::AlreadyExists);
    CHECK(books.row(valid(service.review(kToday)), fa1) == nullptr);
    // Still open the day before: a past review is unchanged.
    CHECK(books.row(valid(service.review(kToday.addDays(-1))), fa1) != nullptr);

    const ProvisionJournal journal = valid(service.journal(kToday, kToday));
    REQUIRE(journal.entries.size() == 2);
    requireBalanced(journal);
    const JournalEntry& loss = journal.entries[0];
    CHECK(loss.kind == ProvisionEntryKind::WriteOff);
    REQUIRE(loss.lines.size() == 3);
    CHECK(loss.lines[0].account == "654000");
    CHECK(loss.lines[0].debit == cents(100'000));
    CHECK(loss.lines[1].account == "445710");
    CHECK(loss.lines[1].debit == cents(20'000));
    CHECK(loss.lines[2].account == "416000");
    CHECK(loss.lines[2].credit == cents(120'000));
    CHECK(journal.entries[1].kind == ProvisionEntryKind::Reversal);
    CHECK(journal.entries[1].lines[0].debit == cents(100'000));

    // The FEC of the two days reads back balanced, client lines with their account.
    const QString path = books.t.folder() + QStringLiteral("/provisions.txt");
    const FecExportReport report = valid(service.exportFec(kToday.addDays(-1), kToday, path));
    CHECK(report.entries == 4);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const pc::io::FecFile fec = pc::io::readFec(std::string_view(bytes.constData(), bytes.size()), "provisions.txt");
    CHECK(fec.errors.empty());
    REQUIRE(static_cast<int>(fec.lines.size()) == report.lines);
    Money debit;
    Money credit;
    for (const pc::io::FecLine& line : fec.lines) {
        debit += line.debit;
        credit += line.credit;
        CHECK(line.journalCode == "OD");
        if (line.compteNum == "416000")
            CHECK(line.compAuxLib == "Alpha Bâtiment");
    }
    CHECK(debit == credit);

    // The ledger's FEC leaves the write-off's closing entry to this journal: exported
    // in both, the receivable would be credited twice.
    const QString ledgerPath = books.t.folder() + QStringLiteral("/ledger.txt");
    const FecExportReport ledger = valid(pc::app::FecExportService(books.ws()).exportTo(ledgerPath, kToday, kToday));
    CHECK(ledger.entries == 0);
}

TEST_CASE("the rules live in the shared settings as JSON, validated", "[app][provisions][settings]")
{
    Books books;
    ProvisionService service = books.service();
    CHECK(valid(service.rules()) == pc::receivables::ProvisionRules{});

    Status bad = service.setRulesText(QStringLiteral(R"({"age_rules": [{"days": 90, "rate": 12000}]})"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::InvalidNumber);
    CHECK(bad.error().where.field == "provisions.rules.age_rules[0].rate");
    CHECK(service.setRulesText(QStringLiteral(R"({"age_days": 3})")).error().code == ErrorCode::UnknownField);
    CHECK(service.setRulesText(QStringLiteral("{")).error().code == ErrorCode::InvalidFormat);
    CHECK(service.setRulesText(QStringLiteral(R"({"legal_action_rate": "50"})")).error().where.field
          == "provisions.rules.legal_action_rate");

    REQUIRE(service.setRulesText(QStringLiteral(R"({"age_rules": [{"days": 90, "rate": 2500}], "dispute_rate": 1000})"))
                .ok());
    const pc::receivables::ProvisionRules rules = valid(service.rules());
    REQUIRE(rules.ageRules.size() == 1);
    CHECK(rules.ageRules[0].daysPastDue == 90);
    CHECK(rules.disputeRate == bp(1000));
    CHECK(rules.liquidationRate == bp(10000)); // left out: the default
    CHECK(pc::store::SettingsRepository(books.ws().db()).value(QStringLiteral("provisions.rules")).has_value());
    CHECK(valid(provisionRulesFromJson(toJson(rules))) == rules);

    // The saved rules drive the review: 90 days is now enough.
    const qint64 fa = books.invoice("FA1", 90, 12'000);
    const ProvisionReview review = valid(service.review(kToday));
    REQUIRE(books.row(review, fa));
    CHECK(books.row(review, fa)->proposal.target == cents(2'500));
}
