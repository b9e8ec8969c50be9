// Stage 9 analyses composed over a store: payment habits, the cash-in forecast with
// collective proceedings apart, profitability with the shared settings, ABC and the
// late payers' profile by region.

#include "app/AnalyticsService.h"
#include "store/ClientRepository.h"
#include "store/LedgerRepository.h"
#include "store/SettingsRepository.h"
#include "store/SqlQuery.h"
#include "support/CatchCompat.h"
#include "support/TestPrinters.h"
#include "support/TestSupport.h"

#include <algorithm>
#include <string>

using namespace pc::core;
using namespace pc::app;
using pc::receivables::Confidence;
using pc::receivables::EntryKind;
using pc::receivables::Granularity;
using pc::test::date;
using pc::test::TempWorkspace;

namespace {

const QDateTime kNow = QDateTime(QDate(2025, 4, 1), QTime(12, 0), Qt::UTC);

Money cents(std::int64_t c)
{
    return Money::fromCents(c);
}

// a: 1 000.00 invoiced 1 January, due 31 January, paid 10 February (10 days late, 40 to
// pay); 300.00 of 1 March due 31 March, open. b: 200.00 of 3 March due 2 April, no
// history. c, in receivership: 500.00 of 1 March due 1 April.
struct Portfolio {
    TempWorkspace ws{date("2025-04-01")};
    qint64 a = client("55210055", "Forges", "75008");
    qint64 b = client("73282932", "Bleus", "20000");
    qint64 c = client("40348318", "Cuivres", "");

    Portfolio()
    {
        const qint64 i1 = entry(a, EntryKind::Invoice, "2025-01-01", "2025-01-31", 100'000);
        const qint64 p1 = entry(a, EntryKind::Payment, "2025-02-10", std::nullopt, -100'000);
        REQUIRE(pc::store::LedgerRepository(ws->db())
                    .addAllocation({i1, p1, cents(100'000), date("2025-02-10")}, ws->stamp())
                    .ok());
        entry(a, EntryKind::Invoice, "2025-03-01", "2025-03-31", 30'000);
        entry(b, EntryKind::Invoice, "2025-03-03", "2025-04-02", 20'000);
        entry(c, EntryKind::Invoice, "2025-03-01", "2025-04-01", 50'000);
        exec(QStringLiteral("UPDATE companies SET proceedings = 'receivership' WHERE id = %1").arg(c));
    }

    qint64 client(const std::string& payload, const std::string& name, const char* postalCode)
    {
        pc::store::ClientRepository repo(ws->db());
        ClientFile file = pc::test::completeClient(payload, name);
        file.account.number = repo.nextAccountNumber().toStdString();
        auto id = repo.insert(file, kNow);
        REQUIRE(id.ok());
        exec(QStringLiteral("UPDATE companies SET postal_code = '%1', country = 'FR' WHERE id = %2")
                 .arg(QLatin1String(postalCode))
                 .arg(*id));
        return *id;
    }

    qint64 entry(qint64 company, EntryKind kind, const std::string& on, std::optional<std::string> due,
                 std::int64_t signedCents)
    {
        pc::receivables::LedgerEntry e;
        e.kind = kind;
        e.journal = signedCents > 0 ? "VE" : "BQ";
        e.date = date(on);
        e.piece = name(company) + on;
        (signedCents > 0 ? e.debit : e.credit) = cents(signedCents > 0 ? signedCents : -signedCents);
        if (due)
            e.dueDate = date(*due);
        auto id = pc::store::LedgerRepository(ws->db()).addEntry(company, e, {}, ws->stamp());
        REQUIRE(id.ok());
        return *id;
    }

    static std::string name(qint64 company) { return "F" + std::to_string(company) + "-"; }

    void exec(const QString& sql)
    {
        pc::store::SqlQuery q(ws->db(), "test.exec", sql);
        REQUIRE(q.exec().ok());
    }
};

} // namespace

TEST_CASE("analytics settings: defaults, stored values and bad text", "[app][analytics]")
{
    Portfolio p;
    pc::store::SettingsRepository settings(p.ws->db());
    const auto set = [&](const char* key, const char* value) {
        REQUIRE(settings.setValue(QLatin1String(key), QLatin1String(value), QStringLiteral("t"), kNow).ok());
    };
    set("finance.rate_bp", "1000");
    set("collection.cost_cents.letter", "abc");
    set("risk.loss_bp.E", "2000");
    const AnalyticsSettings s = AnalyticsSettings::load(p.ws.ws());
    CHECK(s.rates.financeRateBp == 1'000);
    CHECK(s.rates.marginBp == 2'500);
    CHECK(s.rates.actionCost.at("letter") == cents(300));
    CHECK(s.rates.lossBpByClass.at("E") == 2'000);
    CHECK(s.rates.unratedLossBp == 300);
    CHECK(AnalyticsSettings::keys().contains(QStringLiteral("collection.cost_cents.registered_letter")));
    CHECK(AnalyticsSettings::keys().contains(QStringLiteral("risk.loss_bp.unrated")));
}

TEST_CASE("habits and forecast over the store, proceedings apart", "[app][analytics]")
{
    Portfolio p;
    AnalyticsService service(p.ws.ws());
    const HabitsView h = service.habits(date("2025-04-01"));
    REQUIRE(h.clients.size() == 1);
    CHECK(h.clients[0].companyId == p.a);
    CHECK(h.clients[0].habit.daysToPay == 4'000);
    CHECK(h.clients[0].habit.daysLate == 1'000);
    CHECK(h.portfolio.daysLate == 1'000);

    // a: 31 March + 10 = 10 April; b (the portfolio's 10 days): 2 April + 10 = 12 April;
    // both low (one invoice of history, none); c apart.
    const auto months = service.forecast(date("2025-04-01"), Granularity::Month, 2);
    REQUIRE(months.periods.size() == 2);
    CHECK(months.periods[0].label == "2025-04");
    CHECK(months.periods[0].byConfidence[static_cast<std::size_t>(Confidence::Low)] == cents(50'000));
    CHECK(months.inProceedings == cents(50'000));
    CHECK(months.total == cents(50'000));
    // Week 14 runs from 31 March to 6 April; both fall in week 15.
    const auto weeks = service.forecast(date("2025-04-01"), Granularity::Week, 2);
    CHECK(weeks.periods[0].label == "2025-W14");
    CHECK(weeks.periods[0].total == Money());
    CHECK(weeks.periods[1].total == cents(50'000));
}

TEST_CASE("profitability of the first quarter with a financing rate of 10 %", "[app][analytics]")
{
    Portfolio p;
    AnalyticsSettings settings;
    settings.rates.financeRateBp = 1'000;
    const ProfitabilityView v =
        AnalyticsService(p.ws.ws()).profitability(date("2025-01-01"), date("2025-03-31"), settings);
    CHECK(v.days == 90);
    REQUIRE(v.clients.size() == 3);
    const auto row =
        std::find_if(v.clients.begin(), v.clients.end(), [&](const auto& r) { return r.companyId == p.a; });
    REQUIRE(row != v.clients.end());
    // 100 000 × 90 − 100 000 × 50 (10 Feb – 31 Mar) + 30 000 × 31 = 4 930 000 cent-days;
    // × 1 000 / 3 650 000 = 1 350.68 → 13.51. Margin 1 300.00 × 25 % = 325.00; unrated
    // loss 300.00 × 3 % = 9.00; profit 32 500 − 1 351 − 900 = 30 249.
    CHECK(row->cost.financing == cents(1'351));
    CHECK(row->cost.margin == cents(32'500));
    CHECK(row->cost.expectedLoss == cents(900));
    CHECK(row->cost.profit == cents(30'249));
    CHECK(v.total.sales == cents(200'000)); // 1 300 + 200 + 500
}

TEST_CASE("ABC on the outstanding and late payers by region", "[app][analytics]")
{
    Portfolio p;
    AnalyticsService service(p.ws.ws());
    // c 500 (50 %) A, a 300 (80 % exactly) A, b 200 B.
    const auto abc = service.abc(date("2025-04-01"), AbcBasis::Outstanding);
    REQUIRE(abc.size() == 3);
    CHECK(abc[0].row.companyId == p.c);
    CHECK(abc[1].row.abc == pc::receivables::AbcClass::A);
    CHECK(abc[2].row.companyId == p.b);
    CHECK(abc[2].row.abc == pc::receivables::AbcClass::B);
    CHECK(abc[2].name == "Bleus");

    const auto rows = service.latePayerProfile(date("2025-04-01"), ProfileDimension::Region);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].group == ""); // c: no postal code
    CHECK(rows[1].group == "Corse");
    CHECK(rows[1].overdueShare == 0);
    CHECK(rows[2].group == "Île-de-France");
    CHECK(rows[2].overdueShare == 10'000); // 300.00 due 31 March, all overdue
    CHECK(rows[2].daysToPay == 4'000);
    CHECK(profileDimensionFromCode("naf") == ProfileDimension::NafSection);
    CHECK(abcBasisFromCode("sales") == AbcBasis::Sales);
}
