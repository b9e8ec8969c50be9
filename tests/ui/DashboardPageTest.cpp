// The home page driven offscreen: the figures of a known ledger computed off the GUI
// thread, the charts filled, the alerts listed with a click-through to the client,
// an alert acknowledged and gone, a tile leading to stage 9; and the main window
// opening on it.

#include "app/ClientService.h"
#include "app/Labels.h"
#include "app/Workspace.h"
#include "store/CreditRepository.h"
#include "store/LedgerRepository.h"
#include "support/CatchCompat.h"
#include "support/TestSupport.h"
#include "ui/AlertListModel.h"
#include "ui/DashboardCharts.h"
#include "ui/DashboardPage.h"
#include "ui/KpiTile.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace pc::core;
using pc::app::Labels;
using pc::ui::DashboardPage;

namespace {

// On 23/11/2026: Alpha owes 1 200 € due 100 days ago and 600 € due 10 days ago,
// against a limit of 1 000 €; Beta owes 2 400 € not due for 20 days.
struct Fixture {
    pc::test::TempWorkspace t;
    std::unique_ptr<DashboardPage> page;
    qint64 alpha = 0;
    qint64 beta = 0;

    Fixture()
    {
        alpha = addClient("73282932", "Alpha Bâtiment");
        beta = addClient("55208131", "Beta Logistique");
        addInvoice(alpha, "FA000101", Money::fromEuros(1200), -100);
        addInvoice(alpha, "FA000102", Money::fromEuros(600), -10);
        addInvoice(beta, "FA000103", Money::fromEuros(2400), 20);
        pc::store::CreditLimitDecision d;
        d.amount = Money::fromEuros(1000);
        d.riskClass = "C";
        d.approver = QStringLiteral("D. Martin");
        d.reason = QStringLiteral("test");
        d.reviewDate = t->clock().today().addDays(90);
        d.decidedOn = t->clock().today().addDays(-30);
        d.decidedAt = t->clock().now();
        d.decidedBy = QStringLiteral("tester");
        REQUIRE(pc::store::CreditRepository(t.ws().db()).addLimit(alpha, d).ok());
        page = std::make_unique<DashboardPage>(t.ws(), nullptr);
        page->resize(1360, 860);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
    }

    qint64 addClient(const std::string& sirenPayload, const std::string& name)
    {
        auto id = pc::app::ClientService(t.ws()).create(pc::test::completeClient(sirenPayload, name));
        REQUIRE(id.ok());
        REQUIRE(pc::app::ClientService(t.ws()).open(*id).ok());
        return *id;
    }

    void addInvoice(qint64 clientId, const std::string& piece, Money amount, int dueIn)
    {
        pc::receivables::LedgerEntry entry;
        entry.kind = pc::receivables::EntryKind::Imported;
        entry.journal = "VE";
        entry.dueDate = t->clock().today().addDays(dueIn);
        entry.date = entry.dueDate->addDays(-30);
        entry.piece = piece;
        entry.debit = amount;
        REQUIRE(pc::store::LedgerRepository(t.ws().db()).addEntry(clientId, entry, {}, t->stamp()).ok());
    }

    // Refreshes and waits for the worker's result; the event loop turns meanwhile.
    void load()
    {
        QSignalSpy loaded(page.get(), &DashboardPage::loaded);
        page->refresh();
        // Delivered through the event loop, which turns while waiting.
        REQUIRE(loaded.wait(10000));
        REQUIRE(page->data());
    }

    template <class W>
    W* named(const QString& title)
    {
        for (W* w : page->findChildren<W*>())
            if (w->chart() && w->chart()->title() == title)
                return w;
        return nullptr;
    }
};

} // namespace

TEST_CASE("ui: the dashboard computes the portfolio's figures off the GUI thread", "[ui][dashboard]")
{
    Fixture f;
    f.load();
    const pc::app::DashboardData& d = *f.page->data();
    // 1 200 + 600 + 2 400 = 4 200 owed, 1 800 of it past due; Alpha owes 1 800
    // against 1 000 of limit: 180 % used; it has an item over 90 days: at risk.
    CHECK(d.kpis.receivables == Money::fromEuros(4200));
    CHECK(d.kpis.overdue == Money::fromEuros(1800));
    CHECK(d.atRisk == Money::fromEuros(1800));
    CHECK(d.limits == Money::fromEuros(1000));
    CHECK(d.limitedExposure == Money::fromEuros(1800));
    REQUIRE(d.topExposures.size() == 2);
    CHECK(d.topExposures[0].companyId == f.beta);
    CHECK(d.history.size() == 12);

    QStringList tileValues;
    for (auto* tile : f.page->findChildren<pc::ui::KpiTile*>())
        tileValues << tile->value();
    CHECK(tileValues.contains(Labels::money(Money::fromEuros(4200))));
    CHECK(tileValues.contains(Labels::money(Money::fromEuros(1800))));
    CHECK(tileValues.contains(QStringLiteral("%1 %").arg(Labels::hundredths(18000))));

    auto* aging = f.named<pc::ui::DashboardChart>(QStringLiteral("Balance âgée (par échéance)"));
    REQUIRE(aging);
    REQUIRE(aging->chart()->series().size() == 1);
    auto* top = f.named<pc::ui::DashboardChart>(QStringLiteral("Premiers encours"));
    REQUIRE(top);
    auto* bars = qobject_cast<QAbstractBarSeries*>(top->chart()->series().value(0));
    REQUIRE(bars);
    CHECK(bars->count() == 2); // encours and past due
    // Clicking Beta's bar (the top one: bars are drawn bottom up) opens Beta.
    QSignalSpy opened(f.page.get(), &DashboardPage::clientActivated);
    emit bars->barSets().at(0)->clicked(1);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == f.beta);
}

TEST_CASE("ui: dashboard alerts open the client and can be acknowledged", "[ui][dashboard]")
{
    Fixture f;
    f.load();
    pc::ui::AlertListModel* alerts = f.page->alerts();
    // Alpha: limit exceeded by 800 € and 1 200 € overdue beyond 60 days.
    REQUIRE(alerts->rowCount() == 2);
    int limitRow = -1;
    for (int r = 0; r < alerts->rowCount(); ++r)
        if (alerts->alertAt(r)->alert.kind == pc::receivables::AlertKind::LimitExceeded)
            limitRow = r;
    REQUIRE(limitRow >= 0);
    CHECK(alerts->alertAt(limitRow)->alert.amount == Money::fromEuros(800));

    auto* view = f.page->findChild<QTableView*>(QStringLiteral("dashboardAlerts"));
    REQUIRE(view);
    QSignalSpy opened(f.page.get(), &DashboardPage::clientActivated);
    const QRect cell = view->visualRect(alerts->index(limitRow, pc::ui::AlertListModel::Client));
    // The press before the double click, as a mouse sends it.
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(opened.count() >= 1);
    CHECK(opened.last().at(0).toLongLong() == f.alpha);

    QSignalSpy loaded(f.page.get(), &DashboardPage::loaded);
    REQUIRE(f.page->acknowledgeRow(limitRow, QStringLiteral("accord du directeur")));
    REQUIRE(loaded.wait(10000));
    REQUIRE(alerts->rowCount() == 1);
    CHECK(alerts->alertAt(0)->alert.kind == pc::receivables::AlertKind::OverdueBeyondThreshold);
}

TEST_CASE("ui: a figure of the dashboard leads to its stage 9 view", "[ui][dashboard]")
{
    Fixture f;
    f.load();
    QSignalSpy detail(f.page.get(), &DashboardPage::detailRequested);
    pc::ui::KpiTile* dso = nullptr;
    for (auto* tile : f.page->findChildren<pc::ui::KpiTile*>())
        if (tile->value().endsWith(QStringLiteral(" j")) && !dso)
            dso = tile;
    REQUIRE(dso);
    QTest::mouseClick(dso, Qt::LeftButton);
    REQUIRE(detail.count() == 1);
    CHECK(detail.at(0).at(0).value<DashboardPage::Detail>() == DashboardPage::Detail::Kpi);
}

TEST_CASE("ui: the dashboard writes the impact report of the year to date", "[ui][dashboard]")
{
    Fixture f;
    const QString path = QDir(f.t.folder()).filePath(QStringLiteral("impact.pdf"));
    REQUIRE(f.page->writeImpactReport(path));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(4) == QByteArrayLiteral("%PDF"));
}
