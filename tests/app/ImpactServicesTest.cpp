// Stage 9 "impact" services over a store: the KPI targets and alert thresholds kept in
// the shared settings (kpi.*, alerts.*), the KPIs of the portfolio (the same as before
// the grouping), per sales rep and per segment, month by month, the gap to a target,
// the new reads of the aging repository, and the dashboard's alerts with their
// acknowledgement, quiet until the situation changes.

#include "app/AlertService.h"
#include "app/ClientService.h"
#include "app/ImpactPolicy.h"
#include "app/KpiService.h"
#include "app/PromiseService.h"
#include "app/SharedSettings.h"
#include "core/Siren.h"
#include "receivables/ReceivablesKpi.h"
#include "store/AgingRepository.h"
#include "store/CreditRepository.h"
#include "store/LedgerRepository.h"
#include "store/SqlQuery.h"
#include "support/CatchCompat.h"
#include "support/TestPrinters.h"
#include "support/ResultChecks.h"
#include "support/TestSupport.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::app;
using pc::receivables::AlertKind;
using pc::receivables::AlertSeverity;
using pc::receivables::EntryKind;
using pc::test::date;
using pc::test::TempWorkspace;
using pc::test::testToday;

using pc::test::valid;

namespace {

Money cents(std::int64_t value)
{
    return Money::fromCents(value);
}

const Date kToday = testToday(); // 2026-11-23

// A store with clients and a ledger written entry by entry.
struct Store {
    TempWorkspace t;

    Workspace& ws() { return t.ws(); }

    qint64 client(const std::string& payload, const std::string& name, const std::string& account,
                  const std::string& segment, const std::string& rep)
    {
        ClientFile f = pc::test::completeClient(payload, name);
        f.account.number = account;
        const qint64 id = valid(ClientService(ws()).create(f));
        // Set in the store, whatever the file's rules on them.
        exec(QStringLiteral("UPDATE accounts SET segment = '%1', sales_rep = '%2' WHERE company_id = %3")
                 .arg(QString::fromStdString(segment), QString::fromStdString(rep))
                 .arg(id));
        return id;
    }

    // A debit (invoice) or a credit (credit note, payment) of the ledger.
    qint64 entry(qint64 company, EntryKind kind, const std::string& on, std::optional<std::string> due,
                 std::int64_t signedCents, const std::string& piece)
    {
        pc::receivables::LedgerEntry e;
        e.kind = kind;
        e.journal = kind == EntryKind::Payment ? "BQ" : "VE";
        e.date = date(on);
        e.piece = piece;
        e.label = "L" + piece;
        (signedCents > 0 ? e.debit : e.credit) = cents(signedCents > 0 ? signedCents : -signedCents);
        if (due)
            e.dueDate = date(*due);
        return valid(pc::store::LedgerRepository(ws().db()).addEntry(company, e, {}, ws().stamp()));
    }

    qint64 invoice(qint64 company, const std::string& on, const std::string& due, std::int64_t amount,
                   const std::string& piece)
    {
        return entry(company, EntryKind::Invoice, on, due, amount, piece);
    }

    // A payment of the whole `amount` set against `invoiceId` on the day.
    void pay(qint64 company, qint64 invoiceId, const std::string& on, std::int64_t amount, const std::string& piece)
    {
        const qint64 payment = entry(company, EntryKind::Payment, on, std::nullopt, -amount, piece);
        REQUIRE(pc::store::LedgerRepository(ws().db())
                    .addAllocation({invoiceId, payment, cents(amount), date(on)}, ws().stamp())
                    .ok());
    }

    // A credit limit decision as the store keeps it, with the class it was decided in.
    void limit(qint64 company, std::int64_t amount, char riskClass, const std::string& decidedOn,
               const std::string& reviewDate)
    {
        pc::store::CreditLimitDecision d;
        d.amount = cents(amount);
        d.riskClass = std::string(1, riskClass);
        d.policyVersion = 1;
        d.approver = QStringLiteral("D. Martin");
        d.reason = QStringLiteral("test");
        d.reviewDate = date(reviewDate);
        d.decidedOn = date(decidedOn);
        d.decidedAt = ws().clock().now();
        d.decidedBy = QStringLiteral("tester");
        valid(pc::store::CreditRepository(ws().db()).addLimit(company, d));
    }

    void exec(const QString& sql)
    {
        pc::store::SqlQuery q(ws().db(), "test.exec", sql);
        REQUIRE(q.exec().ok());
    }

    qint64 count(const char* table)
    {
        pc::store::SqlQuery q(ws().db(), "test.count",
                              QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        q.run();
        REQUIRE(q.next());
        return q.integer(0);
    }
};

// Four clients on 2026-11-23 (90-day period 2026-08-26 .. 2026-11-23; beginning 2026-08-25):
//   A (PME, Julie Marchand): FA-A1 1 000.00 of 1 Oct due 31 Oct (late), FA-A2 500.00 of
//     10 Nov due 10 Dec (current).
//   B (GE, Paul Girard): FA-B1 200.00 of 1 Aug due 31 Aug, paid 15 Sep; FA-B2 300.00 of
//     1 Nov due 1 Dec (current).
//   C (GE, Julie Marchand): FA-C1 400.00 of 10 Sep due 10 Oct, paid 20 Oct; FA-C2 100.00
//     of 5 Nov due 20 Nov (late); AV-C1 credit note 20.00 of 15 Nov, set against nothing.
//   D (no segment, no rep): FA-D1 120.00 of 2 Nov due 2 Dec (current).
struct Portfolio : Store {
    qint64 a = client("55210055", "Alpha Bâtiment", "411ALPHA", "PME", "Julie Marchand");
    qint64 b = client("73282932", "Bravo Industrie", "411BRAVO", "GE", "Paul Girard");
    qint64 c = client("40348318", "Charlie Négoce", "411CHARLIE", "GE", "Julie Marchand");
    qint64 d = client("44306184", "Delta Services", "411DELTA", "", "");
    qint64 fa_c2 = 0;
    qint64 av_c1 = 0;

    Portfolio()
    {
        invoice(a, "2026-10-01", "2026-10-31", 100'000, "FA-A1");
        invoice(a, "2026-11-10", "2026-12-10", 50'000, "FA-A2");
        const qint64 b1 = invoice(b, "2026-08-01", "2026-08-31", 20'000, "FA-B1");
        pay(b, b1, "2026-09-15", 20'000, "VIR-B1");
        invoice(b, "2026-11-01", "2026-12-01", 30'000, "FA-B2");
        const qint64 c1 = invoice(c, "2026-09-10", "2026-10-10", 40'000, "FA-C1");
        pay(c, c1, "2026-10-20", 40'000, "VIR-C1");
        fa_c2 = invoice(c, "2026-11-05", "2026-11-20", 10'000, "FA-C2");
        av_c1 = entry(c, EntryKind::CreditNote, "2026-11-15", std::nullopt, -2'000, "AV-C1");
        invoice(d, "2026-11-02", "2026-12-02", 12'000, "FA-D1");
    }
};

// The portfolio as KpiService computed it before the grouping (one pass per figure
// over the whole ledger), to hold the new code to the same results.
PortfolioKpis referencePortfolio(Workspace& ws, Date asOf)
{
    pc::store::AgingRepository repo(ws.db());
    const auto balance = [&](Date day) {
        std::pair<Money, Money> b; // total, current
        for (const pc::store::OpenOnDay& e : repo.openOn(day)) {
            b.first += e.open;
            if (e.open.isPositive() && e.dueDate >= day)
                b.second += e.open;
        }
        return b;
    };
    std::vector<pc::receivables::MonthSales> months;
    Date end = asOf;
    for (int i = 0; i < 24; ++i) {
        const Date start = end.startOfMonth();
        months.push_back({repo.salesBetween(start, end), start.daysUntil(end) + 1});
        end = start.addDays(-1);
    }
    const auto [total, current] = balance(asOf);
    const auto beginning = balance(asOf.addDays(-90));
    PortfolioKpis k;
    k.asOf = asOf;
    k.receivables = total;
    k.current = current;
    k.overdue = total - current;
    k.sales = repo.salesBetween(asOf.addDays(-89), asOf);
    k.dso = pc::receivables::dsoHundredths(k.receivables, k.sales, 90);
    k.bestDso = pc::receivables::bestPossibleDsoHundredths(k.current, k.sales, 90);
    k.averageDaysDelinquent = pc::receivables::averageDaysDelinquentHundredths(k.receivables, k.current, k.sales, 90);
    k.countBackDso = pc::receivables::countBackDsoHundredths(k.receivables, months);
    k.cei = pc::receivables::collectionEffectivenessHundredths(beginning.first, k.sales, 3, total, current);
    k.overdueShare = pc::receivables::dsoHundredths(k.overdue, k.receivables, 100);
    return k;
}

void requireSame(const PortfolioKpis& got, const PortfolioKpis& want)
{
    INFO("as of " << want.asOf.toIso());
    CHECK(got.asOf == want.asOf);
    CHECK(got.periodDays == 90);
    CHECK(got.receivables == want.receivables);
    CHECK(got.current == want.current);
    CHECK(got.overdue == want.overdue);
    CHECK(got.sales == want.sales);
    CHECK(got.dso == want.dso);
    CHECK(got.bestDso == want.bestDso);
    CHECK(got.averageDaysDelinquent == want.averageDaysDelinquent);
    CHECK(got.countBackDso == want.countBackDso);
    CHECK(got.cei == want.cei);
    CHECK(got.overdueShare == want.overdueShare);
}

const AlertView* find(const std::vector<AlertView>& views, qint64 company, AlertKind kind)
{
    for (const AlertView& v : views)
        if (v.alert.companyId == company && v.alert.kind == kind)
            return &v;
    return nullptr;
}

} // namespace

// ---------------------------------------------------------------- settings

TEST_CASE("impact settings: defaults, set from text, read back", "[app][impact][settings]")
{
    Store s;
    SharedSettings settings(s.ws());
    ImpactPolicy p = settings.impactPolicy();
    CHECK(p.targetDso == 4'500);          // 45 days
    CHECK(p.targetOverdueShare == 1'500); // 15 %
    CHECK(p.targetCei == 8'000);          // 80 %
    CHECK(p.alertOverdueDays == 60);
    CHECK(p.alertOverdueMinimum == Money());
    CHECK(p.alertClassDrop == 1);

    const QStringList keys = SharedSettings::keys();
    for (const char* key : {"kpi.target_dso", "kpi.target_overdue_share", "kpi.target_cei", "alerts.overdue_days",
                            "alerts.overdue_minimum", "alerts.class_drop"})
        CHECK(keys.contains(QLatin1String(key)));

    REQUIRE(settings.set(QStringLiteral("kpi.target_dso"), QStringLiteral("42,5")).ok());
    REQUIRE(settings.set(QStringLiteral("kpi.target_overdue_share"), QStringLiteral(" 12.25 ")).ok());
    REQUIRE(settings.set(QStringLiteral("kpi.target_cei"), QStringLiteral("85")).ok());
    REQUIRE(settings.set(QStringLiteral("alerts.overdue_days"), QStringLiteral("45")).ok());
    REQUIRE(settings.set(QStringLiteral("alerts.overdue_minimum"), QStringLiteral("1500,50")).ok());
    REQUIRE(settings.set(QStringLiteral("alerts.class_drop"), QStringLiteral("2")).ok());

    // Read back through a new object: what the store holds.
    p = SharedSettings(s.ws()).impactPolicy();
    CHECK(p.targetDso == 4'250);          // 42,5 days × 100
    CHECK(p.targetOverdueShare == 1'225); // 12.25 % × 100
    CHECK(p.targetCei == 8'500);
    CHECK(p.alertOverdueDays == 45);
    CHECK(p.alertOverdueMinimum == cents(150'050));
    CHECK(p.alertClassDrop == 2);

    // KpiService reads its targets there.
    const KpiTargets targets = KpiService(s.ws()).targets();
    CHECK(targets.dso == 4'250);
    CHECK(targets.overdueShare == 1'225);
    CHECK(targets.cei == 8'500);

    // The bounds themselves are accepted: 365 days, 100 %, 1 and 3650 days, 4 classes.
    REQUIRE(settings.set(QStringLiteral("kpi.target_dso"), QStringLiteral("365")).ok());
    REQUIRE(settings.set(QStringLiteral("kpi.target_cei"), QStringLiteral("100")).ok());
    REQUIRE(settings.set(QStringLiteral("kpi.target_overdue_share"), QStringLiteral("0")).ok());
    REQUIRE(settings.set(QStringLiteral("alerts.overdue_days"), QStringLiteral("3650")).ok());
    REQUIRE(settings.set(QStringLiteral("alerts.class_drop"), QStringLiteral("4")).ok());
    REQUIRE(settings.set(QStringLiteral("alerts.overdue_minimum"), QStringLiteral("0")).ok());
    p = settings.impactPolicy();
    CHECK(p.targetDso == 36'500);
    CHECK(p.targetCei == 10'000);
    CHECK(p.targetOverdueShare == 0);
    CHECK(p.alertOverdueDays == 3'650);
    CHECK(p.alertClassDrop == 4);
    CHECK(p.alertOverdueMinimum == Money());
    REQUIRE(settings.set(QStringLiteral("alerts.overdue_days"), QStringLiteral("1")).ok());
    CHECK(settings.impactPolicy().alertOverdueDays == 1);
}

TEST_CASE("impact settings: bad values are refused with the key as field, nothing saved",
          "[app][impact][settings]")
{
    Store s;
    SharedSettings settings(s.ws());
    const nlohmann::json before = toJson(settings.impactPolicy());
    const std::vector<std::pair<const char*, const char*>> bad{
        {"kpi.target_dso", "abc"},
        {"kpi.target_dso", "-1"},
        {"kpi.target_dso", "365,01"}, // 36 501 > 36 500
        {"kpi.target_dso", "45,555"}, // three decimals
        {"kpi.target_overdue_share", "100,01"},
        {"kpi.target_cei", "101"},
        {"kpi.target_cei", "-5"},
        {"alerts.overdue_days", "0"},
        {"alerts.overdue_days", "3651"},
        {"alerts.overdue_days", "1.5"},
        {"alerts.overdue_days", ""},
        {"alerts.overdue_minimum", "-10"},
        {"alerts.overdue_minimum", "dix"},
        {"alerts.class_drop", "0"},
        {"alerts.class_drop", "5"},
        {"alerts.class_drop", "B"},
    };
    for (const auto& [key, value] : bad) {
        INFO(key << " = '" << value << "'");
        const Status status = settings.set(QLatin1String(key), QString::fromUtf8(value));
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().where.field == key);
    }
    // The range errors are InvalidNumber.
    CHECK(settings.set(QStringLiteral("kpi.target_dso"), QStringLiteral("365,01")).error().code
          == ErrorCode::InvalidNumber);
    CHECK(settings.set(QStringLiteral("alerts.overdue_days"), QStringLiteral("0")).error().code
          == ErrorCode::InvalidNumber);
    CHECK(settings.set(QStringLiteral("alerts.class_drop"), QStringLiteral("5")).error().code
          == ErrorCode::InvalidNumber);
    CHECK(settings.set(QStringLiteral("alerts.overdue_minimum"), QStringLiteral("-10")).error().code
          == ErrorCode::InvalidNumber);
    // An unknown key of the family.
    CHECK(settings.set(QStringLiteral("kpi.target_foo"), QStringLiteral("1")).error().code
          == ErrorCode::UnknownField);
    CHECK(toJson(SharedSettings(s.ws()).impactPolicy()) == before);
}

TEST_CASE("impact settings: an empty target removes it; JSON round trip", "[app][impact][settings]")
{
    Store s;
    SharedSettings settings(s.ws());
    REQUIRE(settings.set(QStringLiteral("kpi.target_cei"), QStringLiteral("")).ok());
    REQUIRE(settings.set(QStringLiteral("kpi.target_dso"), QStringLiteral("  ")).ok());
    ImpactPolicy p = SharedSettings(s.ws()).impactPolicy();
    CHECK_FALSE(p.targetCei);
    CHECK_FALSE(p.targetDso);
    CHECK(p.targetOverdueShare == 1'500); // untouched
    const KpiTargets targets = KpiService(s.ws()).targets();
    CHECK_FALSE(targets.cei);
    CHECK_FALSE(targets.dso);
    CHECK(targets.overdueShare == 1'500);
    // `settings show`: removed targets are null, not missing (a missing one is the default).
    const nlohmann::json shown = settings.toJson().at("impact");
    CHECK(shown.at("target_cei").is_null());
    CHECK(shown.at("target_dso").is_null());
    CHECK(shown.at("target_overdue_share") == 1'500);
    CHECK(shown.at("alert_overdue_days") == 60);
    // Set again: back.
    REQUIRE(settings.set(QStringLiteral("kpi.target_cei"), QStringLiteral("75")).ok());
    CHECK(settings.impactPolicy().targetCei == 7'500);

    // Round trip of a policy with every field away from its default.
    ImpactPolicy q;
    q.targetDso = std::nullopt;
    q.targetOverdueShare = 2'050;
    q.targetCei = 9'999;
    q.alertOverdueDays = 30;
    q.alertOverdueMinimum = cents(123'456);
    q.alertClassDrop = 3;
    const nlohmann::json j = toJson(q);
    CHECK(j.at("target_dso").is_null());
    CHECK(j.at("alert_overdue_minimum_cents") == 123'456);
    const ImpactPolicy r = impactPolicyFromJson(j);
    CHECK_FALSE(r.targetDso);
    CHECK(r.targetOverdueShare == 2'050);
    CHECK(r.targetCei == 9'999);
    CHECK(r.alertOverdueDays == 30);
    CHECK(r.alertOverdueMinimum == cents(123'456));
    CHECK(r.alertClassDrop == 3);
    CHECK(toJson(r) == j);
    // Through the store.
    REQUIRE(settings.setImpactPolicy(q).ok());
    CHECK(toJson(SharedSettings(s.ws()).impactPolicy()) == j);

    // Missing keys and non-objects: the defaults.
    const ImpactPolicy empty = impactPolicyFromJson(nlohmann::json::object());
    CHECK(empty.targetDso == 4'500);
    CHECK(empty.targetOverdueShare == 1'500);
    CHECK(empty.targetCei == 8'000);
    CHECK(empty.alertOverdueDays == 60);
    CHECK(empty.alertOverdueMinimum == Money());
    CHECK(empty.alertClassDrop == 1);
    CHECK(toJson(impactPolicyFromJson(nlohmann::json())) == toJson(ImpactPolicy{}));
    CHECK(toJson(impactPolicyFromJson(nlohmann::json::array())) == toJson(ImpactPolicy{}));
}

// ---------------------------------------------------------------- aging reads

TEST_CASE("aging reads: debits imported from another ledger are sales, its credits are not", "[app][impact][aging]")
{
    Portfolio p;
    pc::store::AgingRepository repo(p.ws().db());
    const Money before = repo.salesBetween(date("2026-11-01"), kToday);
    // An imported invoice of 700.00 and an imported credit of 250.00 (a payment or a
    // credit note of the other program: it cannot tell which).
    p.entry(p.d, EntryKind::Imported, "2026-11-10", std::string("2026-12-10"), 70'000, "IMP-1");
    p.entry(p.d, EntryKind::Imported, "2026-11-12", std::nullopt, -25'000, "IMP-2");
    CHECK(repo.salesBetween(date("2026-11-01"), kToday) == before + cents(70'000));
}

TEST_CASE("aging reads: sales per client over a span and per month", "[app][impact][aging]")
{
    Portfolio p;
    pc::store::AgingRepository repo(p.ws().db());

    // 2026-08-26 .. 2026-11-23: A 1 000 + 500; B 300 (FA-B1 of 1 Aug is before);
    // C 400 + 100 − 20 = 480; D 120. Payments are not sales.
    std::map<qint64, Money> span;
    for (const auto& s : repo.salesByClientBetween(date("2026-08-26"), kToday)) {
        CHECK(s.month == Date{}); // unset for a span
        span[s.companyId] += s.sales;
    }
    CHECK(span == std::map<qint64, Money>{
                      {p.a, cents(150'000)}, {p.b, cents(30'000)}, {p.c, cents(48'000)}, {p.d, cents(12'000)}});
    // Both ends included: 1 August alone is FA-B1.
    const auto firstOfAugust = repo.salesByClientBetween(date("2026-08-01"), date("2026-08-01"));
    REQUIRE(firstOfAugust.size() == 1);
    CHECK(firstOfAugust[0].companyId == p.b);
    CHECK(firstOfAugust[0].sales == cents(20'000));
    CHECK(repo.salesByClientBetween(date("2026-08-02"), date("2026-08-31")).empty());
    // The same total as salesBetween: 150 000 + 30 000 + 48 000 + 12 000 = 240 000.
    CHECK(repo.salesBetween(date("2026-08-26"), kToday) == cents(240'000));

    std::map<std::pair<qint64, std::string>, Money> months;
    for (const auto& s : repo.salesByClientMonth(date("2026-08-01"), kToday))
        months[{s.companyId, s.month.toIso()}] += s.sales;
    const std::map<std::pair<qint64, std::string>, Money> expected{
        {{p.a, "2026-10-01"}, cents(100'000)}, {{p.a, "2026-11-01"}, cents(50'000)},
        {{p.b, "2026-08-01"}, cents(20'000)},  {{p.b, "2026-11-01"}, cents(30'000)},
        {{p.c, "2026-09-01"}, cents(40'000)},  {{p.c, "2026-11-01"}, cents(8'000)}, // 100 − 20
        {{p.d, "2026-11-01"}, cents(12'000)},
    };
    CHECK(months == expected);
    // The span cuts inside a month: from 6 November, C has the credit note only.
    std::map<qint64, Money> fromSixth;
    for (const auto& s : repo.salesByClientMonth(date("2026-11-06"), kToday)) {
        CHECK(s.month == date("2026-11-01"));
        fromSixth[s.companyId] += s.sales;
    }
    CHECK(fromSixth == std::map<qint64, Money>{{p.a, cents(50'000)}, {p.c, cents(-2'000)}});
}

TEST_CASE("aging reads: one client's open entries on a day, and the client labels", "[app][impact][aging]")
{
    Portfolio p;
    pc::store::AgingRepository repo(p.ws().db());

    // Today C has FA-C2 (100.00, due 20 Nov) and the credit note (−20.00, no due date:
    // its own date); FA-C1 and its payment are settled.
    const auto today = repo.openEntriesOf(p.c, kToday);
    REQUIRE(today.size() == 2);
    CHECK(today[0].entryId == p.fa_c2);
    CHECK(today[0].kind == QStringLiteral("invoice"));
    CHECK(today[0].piece == QStringLiteral("FA-C2"));
    CHECK(today[0].label == QStringLiteral("LFA-C2"));
    CHECK(today[0].date == date("2026-11-05"));
    CHECK(today[0].dueDate == date("2026-11-20"));
    CHECK(today[0].open == cents(10'000));
    CHECK(today[1].entryId == p.av_c1);
    CHECK(today[1].kind == QStringLiteral("credit_note"));
    CHECK(today[1].piece == QStringLiteral("AV-C1"));
    CHECK(today[1].dueDate == date("2026-11-15"));
    CHECK(today[1].open == cents(-2'000));

    // On 30 September FA-C1 was open whole (paid 20 October, added back); the later
    // entries did not exist yet.
    const auto september = repo.openEntriesOf(p.c, date("2026-09-30"));
    REQUIRE(september.size() == 1);
    CHECK(september[0].piece == QStringLiteral("FA-C1"));
    CHECK(september[0].open == cents(40'000));
    // On 20 October, the day of the payment, it is settled.
    CHECK(repo.openEntriesOf(p.c, date("2026-10-20")).empty());
    // The same rows as openOn, for that client only.
    std::vector<qint64> fromOpenOn;
    for (const auto& e : repo.openOn(kToday))
        if (e.companyId == p.c)
            fromOpenOn.push_back(e.entryId);
    CHECK(fromOpenOn == std::vector<qint64>{p.fa_c2, p.av_c1});
    CHECK(repo.openEntriesOf(987'654, kToday).empty());

    const auto labels = repo.clientLabels();
    CHECK(labels.size() == 4);
    REQUIRE(labels.count(p.b) == 1);
    const pc::store::ClientLabel& b = labels.at(p.b);
    CHECK(b.siren.toStdString() == Siren::fromPayload("73282932").str());
    CHECK(b.name == QStringLiteral("Bravo Industrie"));
    CHECK(b.segment == QStringLiteral("GE"));
    CHECK(b.salesRep == QStringLiteral("Paul Girard"));
    CHECK(labels.at(p.c).name == QStringLiteral("Charlie Négoce"));
    CHECK(labels.at(p.d).segment.isEmpty());
    CHECK(labels.at(p.d).salesRep.isEmpty());
}

// ---------------------------------------------------------------- KPIs

TEST_CASE("KPIs of the portfolio, computed by hand and as before the grouping", "[app][impact][kpi]")
{
    Portfolio p;
    KpiService kpi(p.ws());
    const PortfolioKpis k = kpi.portfolio(kToday);
    // Receivables: A 1 000 + 500, B 300, C 100 − 20, D 120 = 2 000.00.
    CHECK(k.receivables == cents(200'000));
    // Not yet due: FA-A2 500 + FA-B2 300 + FA-D1 120 = 920.00; overdue 2 000 − 920 = 1 080.00.
    CHECK(k.current == cents(92'000));
    CHECK(k.overdue == cents(108'000));
    // Sales 26 Aug .. 23 Nov: 1 500 + 300 + 480 + 120 = 2 400.00.
    CHECK(k.sales == cents(240'000));
    CHECK(k.periodDays == 90);
    CHECK(k.dso == 7'500);                    // 2 000 / 2 400 × 90 = 75 days
    CHECK(k.bestDso == 3'450);                // 920 / 2 400 × 90 = 34.5 days
    CHECK(k.averageDaysDelinquent == 4'050);  // 75 − 34.5
    CHECK(k.overdueShare == 5'400);           // 1 080 / 2 000 = 54 %
    // Count back: November (23 days) sold 500 + 300 + 80 + 120 = 1 000, leaving 1 000;
    // October sold exactly 1 000: its 31 days whole → 23 + 31 = 54 days.
    CHECK(k.countBackDso == 5'400);
    // CEI: beginning (25 Aug) FA-B1 200; (200 + 2 400/3 − 2 000) / (200 + 800 − 920)
    // = −1 000 / 80 = −1 250 %.
    CHECK(k.cei == -125'000);

    for (const Date day : {kToday, date("2026-09-30"), date("2026-10-31"), date("2026-08-25"), date("2026-01-01"),
                           date("2027-03-15")})
        requireSame(kpi.portfolio(day), referencePortfolio(p.ws(), day));

    // An empty store: zeros and empty ratios.
    Store empty;
    const PortfolioKpis none = KpiService(empty.ws()).portfolio(kToday);
    CHECK(none.asOf == kToday);
    CHECK(none.receivables == Money());
    CHECK(none.sales == Money());
    CHECK_FALSE(none.dso);
    CHECK_FALSE(none.cei);
    CHECK_FALSE(none.overdueShare);
    requireSame(none, referencePortfolio(empty.ws(), kToday));
}

TEST_CASE("KPIs per sales rep and per segment add up to the portfolio", "[app][impact][kpi]")
{
    Portfolio p;
    KpiService kpi(p.ws());
    const PortfolioKpis all = kpi.portfolio(kToday);

    const auto byRep = kpi.byGroup(kToday, KpiDimension::SalesRep);
    REQUIRE(byRep.size() == 3);
    REQUIRE(byRep.count("Julie Marchand") == 1);
    REQUIRE(byRep.count("Paul Girard") == 1);
    REQUIRE(byRep.count("") == 1); // D, without a rep
    const PortfolioKpis& julie = byRep.at("Julie Marchand");
    // A + C: 1 500 + 80 = 1 580.00, of which 500 current; sales 1 500 + 480 = 1 980.
    CHECK(julie.receivables == cents(158'000));
    CHECK(julie.current == cents(50'000));
    CHECK(julie.overdue == cents(108'000));
    CHECK(julie.sales == cents(198'000));
    CHECK(julie.dso == 7'182);          // 1 580 / 1 980 × 90 = 71.818 days
    CHECK(julie.overdueShare == 6'835); // 1 080 / 1 580 = 68.354 %
    // November 500 + 80 = 580 leaves 1 000, October's 1 000 exhausts it: 23 + 31.
    CHECK(julie.countBackDso == 5'400);
    const PortfolioKpis& paul = byRep.at("Paul Girard");
    CHECK(paul.receivables == cents(30'000));
    CHECK(paul.overdue == Money());
    CHECK(paul.sales == cents(30'000));
    CHECK(paul.dso == 9'000);    // 300 / 300 × 90
    CHECK(paul.overdueShare == 0);
    CHECK(paul.countBackDso == 2'300); // November's 300 covers it: 23 days
    // CEI: (200 + 300/3 − 300) / (200 + 100 − 300) = 0 / 0: empty.
    CHECK_FALSE(paul.cei);
    CHECK(byRep.at("").receivables == cents(12'000));
    CHECK(byRep.at("").dso == 9'000);

    const auto bySegment = kpi.byGroup(kToday, KpiDimension::Segment);
    REQUIRE(bySegment.size() == 3);
    const PortfolioKpis& pme = bySegment.at("PME");
    const PortfolioKpis& ge = bySegment.at("GE");
    CHECK(pme.receivables == cents(150'000)); // A
    CHECK(pme.dso == 9'000);                  // 1 500 / 1 500 × 90
    CHECK(pme.overdueShare == 6'667);         // 1 000 / 1 500 = 66.667 %
    CHECK(ge.receivables == cents(38'000));   // B 300 + C 80
    CHECK(ge.sales == cents(78'000));         // 300 + 480
    CHECK(ge.dso == 4'385);                   // 380 / 780 × 90 = 43.846 days
    CHECK(bySegment.at("").receivables == cents(12'000));

    for (const auto* groups : {&byRep, &bySegment}) {
        Money receivables, current, sales;
        for (const auto& [name, k] : *groups) {
            CHECK(k.asOf == kToday);
            receivables += k.receivables;
            current += k.current;
            sales += k.sales;
        }
        CHECK(receivables == all.receivables); // 2 000.00
        CHECK(current == all.current);
        CHECK(sales == all.sales);
    }
}

TEST_CASE("KPI history: the month ends before the day, then the day", "[app][impact][kpi]")
{
    Portfolio p;
    KpiService kpi(p.ws());
    const auto series = kpi.history(kToday, 3);
    REQUIRE(series.size() == 3);
    CHECK(series[0].asOf == date("2026-09-30"));
    CHECK(series[1].asOf == date("2026-10-31"));
    CHECK(series[2].asOf == kToday);
    // 30 Sep: FA-C1 400 open (paid 20 Oct), not yet due; sales 3 Jul .. 30 Sep: 200 + 400.
    CHECK(series[0].receivables == cents(40'000));
    CHECK(series[0].current == cents(40'000));
    CHECK(series[0].sales == cents(60'000));
    CHECK(series[0].dso == 6'000); // 400 / 600 × 90 = 60 days
    // 31 Oct: FA-A1 1 000, due that day (current); sales 3 Aug .. 31 Oct: 400 + 1 000.
    CHECK(series[1].receivables == cents(100'000));
    CHECK(series[1].overdue == Money());
    CHECK(series[1].sales == cents(140'000));
    CHECK(series[1].dso == 6'429); // 1 000 / 1 400 × 90 = 64.286 days
    CHECK(series[2].dso == 7'500);
    for (const PortfolioKpis& k : series)
        requireSame(k, referencePortfolio(p.ws(), k.asOf));

    // From the last day of a month, across a year end: 31 Dec, 31 Jan, 28 Feb.
    const auto winter = kpi.history(date("2027-02-28"), 3);
    REQUIRE(winter.size() == 3);
    CHECK(winter[0].asOf == date("2026-12-31"));
    CHECK(winter[1].asOf == date("2027-01-31"));
    CHECK(winter[2].asOf == date("2027-02-28"));
    const auto one = kpi.history(kToday, 1);
    REQUIRE(one.size() == 1);
    CHECK(one[0].asOf == kToday);
}

TEST_CASE("gap to target: positive is worse", "[app][impact][kpi]")
{
    // DSO 75 days against 45: 30 days worse.
    CHECK(gapToTarget(7'500, 4'500, false) == 3'000);
    // DSO 40 days against 45: 5 days better.
    CHECK(gapToTarget(4'000, 4'500, false) == -500);
    // CEI 70 % against 80 %: 10 points worse; 90 % against 80 %: 10 better.
    CHECK(gapToTarget(7'000, 8'000, true) == 1'000);
    CHECK(gapToTarget(9'000, 8'000, true) == -1'000);
    CHECK(gapToTarget(8'000, 8'000, true) == 0);
    CHECK_FALSE(gapToTarget(std::nullopt, 8'000, true));
    CHECK_FALSE(gapToTarget(7'000, std::nullopt, false));

    // The portfolio against the default targets: overdue share 54 % vs 15 % → +39 points.
    Portfolio p;
    KpiService kpi(p.ws());
    const PortfolioKpis k = kpi.portfolio(kToday);
    const KpiTargets t = kpi.targets();
    CHECK(gapToTarget(k.dso, t.dso, false) == 3'000);
    CHECK(gapToTarget(k.overdueShare, t.overdueShare, false) == 3'900);
    CHECK(gapToTarget(k.cei, t.cei, true) == 133'000); // 80 % − (−1 250 %)
}

// ---------------------------------------------------------------- alerts

namespace {

// On 2026-11-23:
//   X owes FA-X1 3 000.00 due 14 Sep (70 days late) and FA-X2 2 000.00 due 1 Dec: 5 000.00
//     against a limit of 4 000.00 decided in class B on 1 Nov, after A on 1 May.
//   Y owes FA-Y1 500.00 due 2 Dec, is in receivership since 2 Oct, and its limit of
//     1 000.00 (class C, as before) was to be reviewed on 22 Nov.
struct AlertBooks : Store {
    qint64 x = client("55210055", "Xavier Forges", "411XAVIER", "PME", "Julie Marchand");
    qint64 y = client("73282932", "Yvette Textiles", "411YVETTE", "GE", "Paul Girard");

    AlertBooks()
    {
        invoice(x, "2026-08-15", "2026-09-14", 300'000, "FA-X1");
        invoice(x, "2026-11-01", "2026-12-01", 200'000, "FA-X2");
        limit(x, 600'000, 'A', "2026-05-01", "2027-05-01");
        limit(x, 400'000, 'B', "2026-11-01", "2027-05-01");
        invoice(y, "2026-11-02", "2026-12-02", 50'000, "FA-Y1");
        limit(y, 100'000, 'C', "2026-05-22", "2026-10-01");
        limit(y, 100'000, 'C', "2026-06-01", "2026-11-22");
        exec(QStringLiteral("UPDATE companies SET proceedings = 'receivership', proceedings_date = '2026-10-02' "
                            "WHERE id = %1")
                 .arg(y));
    }

    AlertService service() { return AlertService(ws()); }
};

} // namespace

TEST_CASE("alerts over the store: every kind, most severe first, with the client", "[app][impact][alerts]")
{
    AlertBooks books;
    const auto views = books.service().alerts(kToday);
    REQUIRE(views.size() == 5);
    // Critical: Y's proceedings, its exposure 500.00.
    CHECK(views[0].alert.kind == AlertKind::CollectiveProceedings);
    CHECK(views[0].alert.companyId == books.y);
    CHECK(views[0].alert.severity == AlertSeverity::Critical);
    CHECK(views[0].alert.amount == cents(50'000));
    CHECK(views[0].alert.key == "proceedings:receivership:2026-10-02");
    CHECK(views[0].name == QStringLiteral("Yvette Textiles"));
    CHECK(views[0].siren.toStdString() == Siren::fromPayload("73282932").str());
    // Warnings, largest first: X's class A → B (exposure 5 000.00), its overdue
    // 3 000.00 (70 days), its excess 5 000 − 4 000 = 1 000.00.
    CHECK(views[1].alert.kind == AlertKind::ScoreDowngrade);
    CHECK(views[1].alert.key == "class:A>B:2026-11-01");
    CHECK(views[1].alert.amount == cents(500'000));
    CHECK(views[2].alert.kind == AlertKind::OverdueBeyondThreshold);
    CHECK(views[2].alert.key == "overdue:2026-09-14");
    CHECK(views[2].alert.amount == cents(300'000));
    CHECK(views[2].alert.detail == "70");
    CHECK(views[3].alert.kind == AlertKind::LimitExceeded);
    CHECK(views[3].alert.key == "limit:400000:2026-11-01");
    CHECK(views[3].alert.amount == cents(100'000));
    CHECK(views[3].alert.severity == AlertSeverity::Warning);
    for (int i = 1; i <= 3; ++i) {
        CHECK(views[i].alert.companyId == books.x);
        CHECK(views[i].name == QStringLiteral("Xavier Forges"));
        CHECK(views[i].alert.severity == AlertSeverity::Warning);
    }
    // Information: Y's review of 22 Nov passed (its limit of 1 000 is not exceeded).
    CHECK(views[4].alert.kind == AlertKind::ReviewDatePassed);
    CHECK(views[4].alert.companyId == books.y);
    CHECK(views[4].alert.key == "review:2026-11-22");
    CHECK(views[4].alert.amount == cents(50'000));
    for (const AlertView& v : views)
        CHECK_FALSE(v.acknowledged);
    CHECK_FALSE(AlertService::describe(views[3].alert).isEmpty());
    CHECK(AlertService::kindLabel(AlertKind::LimitExceeded) == QStringLiteral("Limite dépassée"));

    // The day before, Y's review date is today: not passed; 22 Nov is 69 days after 14 Sep.
    const auto yesterday = books.service().alerts(date("2026-11-22"));
    CHECK_FALSE(find(yesterday, books.y, AlertKind::ReviewDatePassed));
    REQUIRE(find(yesterday, books.x, AlertKind::OverdueBeyondThreshold));
    CHECK(find(yesterday, books.x, AlertKind::OverdueBeyondThreshold)->alert.detail == "69");
    // On 12 Nov (59 days after 14 Sep) FA-X1 is not yet beyond the threshold.
    CHECK_FALSE(find(books.service().alerts(date("2026-11-12")), books.x, AlertKind::OverdueBeyondThreshold));
    CHECK(find(books.service().alerts(date("2026-11-13")), books.x, AlertKind::OverdueBeyondThreshold));
    // On 31 Oct, the limit of 1 Nov was not decided: the limit is 6 000 and no class was lost.
    const auto october = books.service().alerts(date("2026-10-31"));
    CHECK_FALSE(find(october, books.x, AlertKind::LimitExceeded));
    CHECK_FALSE(find(october, books.x, AlertKind::ScoreDowngrade));
}

TEST_CASE("alerts follow the thresholds of the shared settings", "[app][impact][alerts]")
{
    AlertBooks books;
    SharedSettings settings(books.ws());
    // 75 days: FA-X1, 70 days late, no longer counts.
    REQUIRE(settings.set(QStringLiteral("alerts.overdue_days"), QStringLiteral("75")).ok());
    CHECK_FALSE(find(books.service().alerts(kToday), books.x, AlertKind::OverdueBeyondThreshold));
    // 35 days: it does, and 70 = 2 × 35 makes it critical.
    REQUIRE(settings.set(QStringLiteral("alerts.overdue_days"), QStringLiteral("35")).ok());
    const auto critical = books.service().alerts(kToday); // kept: find() points into it
    const AlertView* overdue = find(critical, books.x, AlertKind::OverdueBeyondThreshold);
    REQUIRE(overdue);
    CHECK(overdue->alert.severity == AlertSeverity::Critical);
    // A minimum above the 3 000.00 late: nothing.
    REQUIRE(settings.set(QStringLiteral("alerts.overdue_minimum"), QStringLiteral("3000,01")).ok());
    CHECK_FALSE(find(books.service().alerts(kToday), books.x, AlertKind::OverdueBeyondThreshold));
    REQUIRE(settings.set(QStringLiteral("alerts.overdue_minimum"), QStringLiteral("3000")).ok());
    CHECK(find(books.service().alerts(kToday), books.x, AlertKind::OverdueBeyondThreshold));
    // Two classes: A → B is not enough.
    REQUIRE(settings.set(QStringLiteral("alerts.class_drop"), QStringLiteral("2")).ok());
    CHECK_FALSE(find(books.service().alerts(kToday), books.x, AlertKind::ScoreDowngrade));
}

TEST_CASE("acknowledging an alert: errors, hidden, raised again when the situation changes",
          "[app][impact][alerts]")
{
    AlertBooks books;
    AlertService service = books.service();
    const QString note = QStringLiteral("appelé le client");

    // Errors.
    Status s = service.acknowledge(books.x, QStringLiteral("limit"), QStringLiteral("limit:400000:2026-11-01"), note, kToday);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::UnknownValue);
    CHECK(s.error().where.field == "kind");
    s = service.acknowledge(books.x, QStringLiteral("limit_exceeded"), QStringLiteral("limit:600000"), note, kToday);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::NotFound);
    CHECK(s.error().where.field == "key");
    // The right key under another client, or another kind: not found either.
    CHECK(service.acknowledge(books.y, QStringLiteral("limit_exceeded"), QStringLiteral("limit:400000:2026-11-01"), note, kToday)
              .error()
              .code
          == ErrorCode::NotFound);
    CHECK(service.acknowledge(books.x, QStringLiteral("overdue"), QStringLiteral("limit:400000:2026-11-01"), note, kToday)
              .error()
              .code
          == ErrorCode::NotFound);
    // On 31 Oct this alert did not exist.
    CHECK(service
              .acknowledge(books.x, QStringLiteral("limit_exceeded"), QStringLiteral("limit:400000:2026-11-01"), note,
                           date("2026-10-31"))
              .error()
              .code
          == ErrorCode::NotFound);
    CHECK(books.count("alert_acknowledgements") == 0);

    // Acknowledged: hidden, unless asked for.
    REQUIRE(service.acknowledge(books.x, QStringLiteral("limit_exceeded"), QStringLiteral("limit:400000:2026-11-01"), note, kToday)
                .ok());
    CHECK(books.count("alert_acknowledgements") == 1);
    auto shown = service.alerts(kToday);
    CHECK(shown.size() == 4);
    CHECK_FALSE(find(shown, books.x, AlertKind::LimitExceeded));
    auto all = service.alerts(kToday, true);
    REQUIRE(all.size() == 5);
    const AlertView* acked = find(all, books.x, AlertKind::LimitExceeded);
    REQUIRE(acked);
    CHECK(acked->acknowledged);
    CHECK(std::count_if(all.begin(), all.end(), [](const AlertView& v) { return v.acknowledged; }) == 1);
    // Still quiet another day, while the situation (the limit of 4 000) is the same.
    CHECK_FALSE(find(service.alerts(date("2026-11-30")), books.x, AlertKind::LimitExceeded));

    // Twice: DuplicateKey.
    s = service.acknowledge(books.x, QStringLiteral("limit_exceeded"), QStringLiteral("limit:400000:2026-11-01"), note, kToday);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::DuplicateKey);
    CHECK(s.error().where.field == "key");
    CHECK(books.count("alert_acknowledgements") == 1);

    // The note and the author are kept.
    {
        pc::store::SqlQuery q(books.ws().db(), "test.ack",
                              QStringLiteral("SELECT company_id, kind, alert_key, note, acknowledged_by "
                                             "FROM alert_acknowledgements"));
        q.run();
        REQUIRE(q.next());
        CHECK(q.integer(0) == books.x);
        CHECK(q.text(1) == QStringLiteral("limit_exceeded"));
        CHECK(q.text(2) == QStringLiteral("limit:400000:2026-11-01"));
        CHECK(q.text(3) == note);
        CHECK(q.text(4) == QStringLiteral("tester"));
    }

    // A lower limit (3 500.00, class B again) is a new situation: raised again for
    // 5 000 − 3 500 = 1 500.00. The class compared is now B → B: no more downgrade.
    books.limit(books.x, 350'000, 'B', "2026-11-23", "2027-05-23");
    shown = service.alerts(kToday);
    const AlertView* again = find(shown, books.x, AlertKind::LimitExceeded);
    REQUIRE(again);
    CHECK_FALSE(again->acknowledged);
    CHECK(again->alert.key == "limit:350000:2026-11-23");
    CHECK(again->alert.amount == cents(150'000));
    CHECK_FALSE(find(shown, books.x, AlertKind::ScoreDowngrade));
    REQUIRE(service.acknowledge(books.x, QStringLiteral("limit_exceeded"), QStringLiteral("limit:350000:2026-11-23"), {}, kToday)
                .ok());
    CHECK_FALSE(find(service.alerts(kToday), books.x, AlertKind::LimitExceeded));
}

TEST_CASE("an acknowledged overdue alert is raised again by an older item", "[app][impact][alerts]")
{
    AlertBooks books;
    AlertService service = books.service();
    REQUIRE(service.acknowledge(books.x, QStringLiteral("overdue"), QStringLiteral("overdue:2026-09-14"), {}, kToday)
                .ok());
    CHECK_FALSE(find(service.alerts(kToday), books.x, AlertKind::OverdueBeyondThreshold));
    // A younger late item only adds to the same situation: still quiet.
    books.invoice(books.x, "2026-08-20", "2026-09-19", 10'000, "FA-X3"); // 65 days
    CHECK_FALSE(find(service.alerts(kToday), books.x, AlertKind::OverdueBeyondThreshold));
    // An older one (due 1 Sep, 83 days) is a new situation: 3 000 + 100 + 50 = 3 150.00.
    books.invoice(books.x, "2026-08-02", "2026-09-01", 5'000, "FA-X0");
    const auto views = service.alerts(kToday); // kept: find() points into it
    const AlertView* again = find(views, books.x, AlertKind::OverdueBeyondThreshold);
    REQUIRE(again);
    CHECK(again->alert.key == "overdue:2026-09-01");
    CHECK(again->alert.amount == cents(315'000));
    CHECK(again->alert.detail == "83");
    CHECK_FALSE(again->acknowledged);
}

TEST_CASE("alerts: a broken promise, for what was not received", "[app][impact][alerts][promise]")
{
    Store s;
    const qint64 z = s.client("40348318", "Zoé Menuiserie", "411ZOE", "PME", "Julie Marchand");
    s.invoice(z, "2026-11-01", "2026-12-01", 100'000, "FA-Z1");
    // 800.00 promised today for today; 300.00 received on 24 Nov. With the default
    // grace (3 days) payments count up to 26 Nov: broken since 27 Nov, 500.00 missing.
    const qint64 promise = valid(PromiseService(s.ws()).add(
        {QStringLiteral("411ZOE"), cents(80'000), kToday, "M. Zoé", "au téléphone"}));
    s.entry(z, EntryKind::Payment, "2026-11-24", std::nullopt, -30'000, "VIR-Z1");
    AlertService service(s.ws());

    // Still pending on the last day of the grace.
    CHECK_FALSE(find(service.alerts(date("2026-11-26")), z, AlertKind::BrokenPromise));
    const auto views = service.alerts(date("2026-11-27"));
    const AlertView* broken = find(views, z, AlertKind::BrokenPromise);
    REQUIRE(broken);
    CHECK(broken->alert.key == "promise:" + std::to_string(promise));
    CHECK(broken->alert.severity == AlertSeverity::Warning);
    CHECK(broken->alert.amount == cents(50'000)); // 800 − 300
    CHECK(broken->alert.since == date("2026-11-27"));
    CHECK(broken->name == QStringLiteral("Zoé Menuiserie"));
    REQUIRE(service
                .acknowledge(z, QStringLiteral("broken_promise"), QString::fromStdString(broken->alert.key), {},
                             date("2026-11-27"))
                .ok());
    CHECK_FALSE(find(service.alerts(date("2026-11-27")), z, AlertKind::BrokenPromise));
}
