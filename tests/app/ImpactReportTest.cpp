// Stage 9 impact report: the summary composed over a scratch store with every figure
// computed by hand, its three views adding up, its JSON, and the PDF read back with
// poppler-utils.

#include "app/ClientService.h"
#include "app/DemoPortfolio.h"
#include "app/ImpactReport.h"
#include "app/ProvisionService.h"
#include "app/SharedSettings.h"
#include "core/Siren.h"
#include "store/LedgerRepository.h"
#include "store/SqlQuery.h"
#include "support/CatchCompat.h"
#include "support/TestPrinters.h"
#include "support/ResultChecks.h"
#include "support/TestSupport.h"

#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <numeric>
#include <string>

using namespace pc::core;
using namespace pc::app;
using pc::receivables::EntryKind;
using pc::test::date;
using pc::test::TempWorkspace;

using pc::test::valid;

namespace {

Money cents(std::int64_t value)
{
    return Money::fromCents(value);
}

class FrenchLocale {
public:
    FrenchLocale() { QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); }
    ~FrenchLocale() { QLocale::setDefault(m_previous); }
    FrenchLocale(const FrenchLocale&) = delete;
    FrenchLocale& operator=(const FrenchLocale&) = delete;

private:
    QLocale m_previous;
};

// Catch's date() needs a running test: these are made before any.
const Date kFrom = *Date::fromYmd(2026, 10, 1);
const Date kAsOf = *Date::fromYmd(2026, 11, 23); // the period's last day: 54 days from 1 October

// Three clients, every invoice without a PosteClient split (VAT at the default 20 %):
// - Forges (A): 1 200.00 of 1 Sept. due 1 Oct., paid 11 Oct. (10 days late, its habit);
//   600.00 of 2 Nov. due 2 Dec., open.
// - Bleus (B): 2 400.00 of 21 Oct. 2025 due 20 Nov. 2025, open: 346 days late on 1 Nov.
//   (50 % of 2 000.00 booked), 368 on 23 Nov. (100 %: 1 000.00 more to book); a letter
//   (3.00) on 15 Oct. and a call (15.00) on 5 Nov., a letter on 15 Sept. before the period.
// - Cuivres (C): 360.00 of 10 Jan. due 10 Feb.: 50 % of 300.00 booked on 1 Nov., written
//   off on 10 Nov. (loss 300.00, VAT 60.00, the 150.00 reversed).
struct Books {
    TempWorkspace t{kAsOf};
    qint64 a = client("55210055", "Forges", "411FORGES");
    qint64 b = client("73282932", "Bleus", "411BLEUS");
    qint64 c = client("40348318", "Cuivres", "411CUIVRES");

    Books()
    {
        const qint64 a1 = invoice(a, "A1", "2026-09-01", "2026-10-01", 120'000);
        pay(a, a1, "2026-10-11", 120'000);
        invoice(a, "A2", "2026-11-02", "2026-12-02", 60'000);
        invoice(b, "B1", "2025-10-21", "2025-11-20", 240'000);
        const qint64 c1 = invoice(c, "C1", "2026-01-10", "2026-02-10", 36'000);
        action(b, "letter", "2026-09-15");
        action(b, "letter", "2026-10-15");
        action(b, "call", "2026-11-05");
        ProvisionService provisions(ws());
        REQUIRE(valid(provisions.book(date("2026-11-01"))).dotation == cents(115'000));
        valid(provisions.writeOff(c1, date("2026-11-10"), "liquidation clôturée"));
        SellerIdentity seller;
        seller.name = "Négoce Rhône SAS";
        seller.siren = Siren::fromPayload("35200000");
        REQUIRE(SharedSettings(ws()).setSeller(seller).ok());
    }

    Workspace& ws() { return t.ws(); }

    qint64 client(const std::string& payload, const std::string& name, const std::string& account)
    {
        ClientFile f = pc::test::completeClient(payload, name);
        f.account.number = account;
        return valid(ClientService(ws()).create(f));
    }

    qint64 invoice(qint64 company, const std::string& piece, const std::string& on, const std::string& due,
                   std::int64_t amount)
    {
        pc::receivables::LedgerEntry e;
        e.kind = EntryKind::Invoice;
        e.journal = "VE";
        e.date = date(on);
        e.dueDate = date(due);
        e.piece = piece;
        e.debit = cents(amount);
        return valid(pc::store::LedgerRepository(ws().db()).addEntry(company, e, {}, ws().stamp()));
    }

    void pay(qint64 company, qint64 entryId, const std::string& on, std::int64_t amount)
    {
        pc::receivables::LedgerEntry e;
        e.kind = EntryKind::Payment;
        e.journal = "BQ";
        e.date = date(on);
        e.piece = "VIR-" + on;
        e.credit = cents(amount);
        pc::store::LedgerRepository ledger(ws().db());
        const qint64 payment = valid(ledger.addEntry(company, e, {}, ws().stamp()));
        REQUIRE(ledger.addAllocation({entryId, payment, cents(amount), date(on)}, ws().stamp()).ok());
    }

    // A dunning action done on `on`: what the collection cost counts.
    void action(qint64 company, const char* channel, const std::string& on)
    {
        const QString sql = QStringLiteral(
            "INSERT INTO dunning_actions (company_id, scenario_code, step_code, step_index, channel, status, "
            "planned_on, done_on, created_at, created_by) "
            "VALUES (?, 'standard', 'step', 1, ?, 'done', ?, ?, ?, 'tester')");
        pc::store::SqlQuery q(ws().db(), "test.action", sql);
        q.bind(company).bind(QString::fromLatin1(channel)).bindDate(date(on)).bindDate(date(on))
            .bind(QStringLiteral("2026-11-23T12:00:00Z"));
        REQUIRE(q.exec().ok());
    }

    ImpactSummary summary() { return valid(ImpactReport::compose(ws(), kFrom, kAsOf, kAsOf)); }
};

QByteArray runTool(const QString& tool, const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    INFO(tool.toStdString() << " (poppler-utils) is needed to read the PDF back");
    REQUIRE_FALSE(program.isEmpty());
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30'000));
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

// The PDF's text on one line: French amounts hold no-break spaces.
QString pdfText(const QString& pdf)
{
    const QStringList arguments{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                QStringLiteral("-")};
    QString text = QString::fromUtf8(runTool(QStringLiteral("pdftotext"), arguments));
    text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    return text.simplified();
}

Money sum(const std::vector<Money>& amounts)
{
    return std::accumulate(amounts.begin(), amounts.end(), Money());
}

} // namespace

TEST_CASE("impact: the balance sheet of a scratch store, by hand", "[app][impact]")
{
    Books books;
    const ImpactSummary s = books.summary();
    const ImpactBalanceSheet& b = s.balanceSheet;
    CHECK(s.sellerName == "Négoce Rhône SAS");
    CHECK(s.sellerSiren == Siren::fromPayload("35200000").formatted());
    // A2 600.00 + B1 2 400.00; C1 left the ledger when written off.
    CHECK(b.gross == cents(300'000));
    CHECK(b.current == cents(60'000));
    CHECK(b.overdue == cents(240'000));
    CHECK(b.overdueShare == 8'000);
    CHECK(b.disputed == Money());
    CHECK(b.doubtful == cents(240'000));
    // B1: 1 000.00 booked on 1 November, 2 000.00 required at 100 %.
    CHECK(b.provisionBooked == cents(100'000));
    CHECK(b.provisionToBook == cents(100'000));
    CHECK(b.provisionStock == cents(200'000));
    CHECK(b.net == cents(100'000));
    CHECK(b.gross - b.provisionStock == b.net);
    CHECK(b.current + b.overdue == b.gross);

    // The aged balance by due date agrees with the KPIs: A2 not due, B1 beyond 90 days.
    REQUIRE(s.aging.labels == std::vector<std::string>{"not_due", "1-30", "31-60", "61-90", "90+"});
    CHECK(s.aging.buckets == std::vector<Money>{cents(60'000), Money(), Money(), Money(), cents(240'000)});
    CHECK(sum(s.aging.buckets) + s.aging.disputed == b.gross);
}

TEST_CASE("impact: the cost of credit of the period, by hand", "[app][impact]")
{
    Books books;
    const ImpactProfitAndLoss p = books.summary().profitAndLoss;
    // Booked on 1 November: B1 1 000.00 and C1 150.00; C1's reversed on 10 November.
    CHECK(p.provisionCharge == cents(115'000));
    CHECK(p.provisionReversal == cents(15'000));
    CHECK(p.losses == cents(30'000));
    CHECK(p.vatRecovered == cents(6'000));
    // Cent-days × 4.5 % / 365, each client rounded once: A 120 000 × 10 + 60 000 × 22 =
    // 2 520 000 -> 310.68; B 240 000 × 54 = 12 960 000 -> 1 597.81; C 36 000 × 40 (1 Oct.
    // – 9 Nov.) = 1 440 000 -> 177.53.
    CHECK(p.financing == cents(311 + 1'598 + 178));
    CHECK(p.averageOutstanding == cents(46'667 + 240'000 + 26'667));
    // A letter (3.00) and a call (15.00) in the period; September's letter is outside.
    CHECK(p.collection == cents(1'800));
    // 115 000 − 15 000 + 30 000 + 2 087 + 1 800.
    CHECK(p.costOfCredit == cents(133'887));
    CHECK(p.costOfCredit
          == p.provisionCharge - p.provisionReversal + p.losses + p.financing + p.collection);
    // Sales of the period: A2 only; 133 887 / 60 000 = 223.145 % -> 223.15 %.
    CHECK(p.sales == cents(60'000));
    CHECK(p.costShareOfSales == 22'315);
    // Unrated clients, 3 % of the exposure on 23 November: A 600.00, B 2 400.00.
    CHECK(p.expectedLoss == cents(1'800 + 7'200));
}

TEST_CASE("impact: DSO against the target and the cash-in by month, by hand", "[app][impact]")
{
    Books books;
    const ImpactSummary s = books.summary();
    // 3 000.00 open over the 1 800.00 invoiced in the 90 days up to 23 Nov.: 150 days.
    CHECK(s.dso.dso == 15'000);
    CHECK(s.dso.target == 4'500);
    CHECK(s.dso.gap == 10'500);
    REQUIRE(s.dso.history.size() == 12);
    CHECK(s.dso.history.front().day == date("2025-12-31"));
    CHECK(s.dso.history.back().day == kAsOf);
    CHECK(s.dso.history.back().dso == s.dso.dso);
    // 31 October: B1 2 400.00 + C1 360.00 over A1's 1 200.00: 207 days.
    CHECK(s.dso.history[10].day == date("2026-10-31"));
    CHECK(s.dso.history[10].dso == 20'700);

    // Everyone pays 10 days late (A's habit, the portfolio's for B): B1, expected a year
    // ago, comes in the current month; A2 on 12 December.
    const ImpactCash& c = s.cash;
    REQUIRE(c.months.size() == 3);
    CHECK(c.months[0].start == date("2026-11-01"));
    CHECK(c.months[2].end == date("2027-01-31"));
    CHECK(c.months[0].expected == cents(240'000));
    CHECK(c.months[1].expected == cents(60'000));
    CHECK(c.months[2].expected == Money());
    CHECK(c.expected == cents(300'000));
    CHECK(c.beyond + c.disputed + c.inProceedings == Money());
    CHECK(c.openDebits == s.balanceSheet.gross);
}

TEST_CASE("impact: JSON in cents and hundredths", "[app][impact]")
{
    Books books;
    const nlohmann::json j = toJson(books.summary());
    CHECK(j["from"] == "2026-10-01");
    CHECK(j["as_of"] == "2026-11-23");
    CHECK(j["balance_sheet"]["net_cents"] == 100'000);
    CHECK(j["balance_sheet"]["overdue_share_percent"] == 80.0);
    CHECK(j["aging"]["buckets_cents"][4] == 240'000);
    CHECK(j["profit_and_loss"]["cost_of_credit_cents"] == 133'887);
    CHECK(j["profit_and_loss"]["cost_share_of_sales_percent"] == 223.15);
    CHECK(j["dso"]["dso_days"] == 150.0);
    CHECK(j["dso"]["gap_days"] == 105.0);
    CHECK(j["dso"]["history"].size() == 12);
    CHECK(j["dso"]["history"][10]["date"] == "2026-10-31");
    CHECK(j["cash"]["months"][1]["expected_cents"] == 60'000);
    CHECK(j["cash"]["open_debits_cents"] == 300'000);
}

TEST_CASE("impact: a period ending before it starts is refused", "[app][impact]")
{
    Books books;
    const auto refused = ImpactReport::compose(books.ws(), kAsOf, kFrom, kAsOf);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::DateTooEarly);
    CHECK(refused.error().where.field == "to");
}

TEST_CASE("impact: the PDF holds the key figures on one or two pages", "[app][impact]")
{
    const FrenchLocale french;
    Books books;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("impact.pdf"));
    REQUIRE(writeImpactReport(books.summary(), pdf).ok());
    REQUIRE(QFileInfo(pdf).size() > 0);

    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {pdf})).simplified();
    INFO(info.toStdString());
    CHECK((info.contains(QStringLiteral("Pages: 1 ")) || info.contains(QStringLiteral("Pages: 2 "))));
    CHECK(info.contains(QStringLiteral("Impact financier au 23/11/2026")));
    CHECK(info.contains(QStringLiteral("A4")));

    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    // Gross, net and the provisions; the P&L lines and their total; DSO and its target;
    // November's cash-in.
    for (const char* piece : {"Négoce Rhône SAS", "Impact financier du poste client",
                              "Période du 01/10/2026 au 23/11/2026", "3 000,00 €", "1 000,00 €", "2 000,00 €",
                              "1 150,00 €", "-150,00 €", "300,00 €", "20,87 €", "18,00 €", "1 338,87 €",
                              "223,2 %", "150,0 j", "cible 45,0 j", "2 400,00 €", "novembre 2026", "Balance âgée",
                              "page 1 sur"}) {
        INFO("expected in the PDF: " << piece);
        CHECK(text.contains(QString::fromUtf8(piece)));
    }
}

TEST_CASE("impact: writing where no file can be made is an IoError", "[app][impact]")
{
    Books books;
    const Status status = writeImpactReport(books.summary(), QStringLiteral("/nonexistent/folder/impact.pdf"));
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::IoError);
}
