// Stage 9 driven offscreen: the aged balance of a known ledger and its total, other
// buckets making other columns, the drill-down into a client's open entries and the
// click-through to its file, the export; the provision review booked through its
// button and found by the service; the KPIs, the profitability and the forecast chart.

#include "app/ClientService.h"
#include "app/Labels.h"
#include "app/ProvisionService.h"
#include "app/Workspace.h"
#include "store/LedgerRepository.h"
#include "support/CatchCompat.h"
#include "support/TestSupport.h"
#include "ui/ImpactAgingTab.h"
#include "ui/ImpactForecastTab.h"
#include "ui/ImpactKpiTab.h"
#include "ui/ImpactPage.h"
#include "ui/ImpactProfitabilityTab.h"
#include "ui/ImpactProvisionsTab.h"
#include "ui/WidgetDriving.h"

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace pc::core;
using pc::app::Labels;
using pc::ui::ImpactPage;
using pc::test::child;
using pc::test::typeInto;

namespace {

// On 23/11/2026: Alpha owes 1 200 € due 400 days ago (doubtful by age: all of its
// 1 000 € excluding VAT to provision) and 600 € due 10 days ago; Beta owes 2 400 €
// not due for 20 days.
struct Fixture {
    pc::test::TempWorkspace t;
    std::unique_ptr<ImpactPage> page;
    qint64 alpha = 0;
    qint64 beta = 0;

    Fixture()
    {
        alpha = addClient("73282932", "Alpha Bâtiment");
        beta = addClient("55208131", "Beta Logistique");
        addInvoice(alpha, "FA000101", Money::fromEuros(1200), -400);
        addInvoice(alpha, "FA000102", Money::fromEuros(600), -10);
        addInvoice(beta, "FA000103", Money::fromEuros(2400), 20);
        page = std::make_unique<ImpactPage>(t.ws(), nullptr);
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

    // An imported invoice (VAT at the default 20 %) due `dueIn` days from today.
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

    QTableView* balance() { return page->agingTab()->balanceView(); }
};

QStringList texts(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result << QString::fromUtf8(item);
    return result;
}

QString cell(QTableView* view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

int rowOf(QTableView* view, int column, const QString& text)
{
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (cell(view, r, column) == text)
            return r;
    return -1;
}

QStringList headers(QTableView* view)
{
    QStringList result;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        result << view->model()->headerData(c, Qt::Horizontal).toString();
    return result;
}

// Answers the modal box with `button` once it is on screen.
void answerBox(bool& seen, QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [&seen, button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        seen = true;
        box->button(button)->click();
    });
}

} // namespace

TEST_CASE("ui: stage 9 aged balance shows every client by bucket with the total last", "[ui][impact]")
{
    Fixture f;
    REQUIRE(f.page->currentTab() == ImpactPage::Tab::Aging);
    QTableView* view = f.balance();
    CHECK(headers(view)
          == texts({"SIREN", "Client", "Non échu", "1-30 j", "31-60 j", "61-90 j", "90+ j", "Total", "En litige"}));
    REQUIRE(view->model()->rowCount() == 3);
    const int total = view->model()->rowCount() - 1;
    CHECK(cell(view, total, 1) == QStringLiteral("Total"));
    CHECK(cell(view, total, 7) == Labels::money(Money::fromEuros(4200)));
    const int alpha = rowOf(view, 1, QStringLiteral("Alpha Bâtiment"));
    REQUIRE(alpha >= 0);
    CHECK(cell(view, alpha, 3) == Labels::money(Money::fromEuros(600)));
    CHECK(cell(view, alpha, 6) == Labels::money(Money::fromEuros(1200)));

    // Sorted by total, descending: the total stays last.
    view->sortByColumn(7, Qt::DescendingOrder);
    CHECK(cell(view, 0, 1) == QStringLiteral("Beta Logistique"));
    CHECK(cell(view, 2, 1) == QStringLiteral("Total"));
}

TEST_CASE("ui: stage 9 other buckets and groupings make other columns and rows", "[ui][impact]")
{
    Fixture f;
    typeInto(child<QLineEdit>(f.page.get(), "agingBucketsEdit"), QStringLiteral("30,60"));
    QTest::keyClick(child<QLineEdit>(f.page.get(), "agingBucketsEdit"), Qt::Key_Return);
    CHECK(headers(f.balance()).mid(2, 4) == texts({"Non échu", "1-30 j", "31-60 j", "60+ j"}));
    CHECK(cell(f.balance(), 2, 6) == Labels::money(Money::fromEuros(4200)));

    typeInto(child<QLineEdit>(f.page.get(), "agingBucketsEdit"), QStringLiteral("60,30"));
    QTest::keyClick(child<QLineEdit>(f.page.get(), "agingBucketsEdit"), Qt::Key_Return);
    CHECK(child<QLabel>(f.page.get(), "agingProblemLabel")->isVisible());

    typeInto(child<QLineEdit>(f.page.get(), "agingBucketsEdit"), QStringLiteral("30,60,90"));
    QTest::keyClick(child<QLineEdit>(f.page.get(), "agingBucketsEdit"), Qt::Key_Return);
    auto* grouping = child<QComboBox>(f.page.get(), "agingGroupingCombo");
    grouping->setCurrentIndex(grouping->findData(static_cast<int>(pc::ui::ImpactAgingTab::Grouping::Segment)));
    // Both clients are in the segment "PME": one group and the total.
    REQUIRE(f.balance()->model()->rowCount() == 2);
    CHECK(cell(f.balance(), 0, 0) == QStringLiteral("PME"));
    CHECK(cell(f.balance(), 0, 6) == Labels::money(Money::fromEuros(4200)));
}

TEST_CASE("ui: stage 9 selecting a client lists its open entries; a double click opens it", "[ui][impact]")
{
    Fixture f;
    QTableView* view = f.balance();
    const int alpha = rowOf(view, 1, QStringLiteral("Alpha Bâtiment"));
    REQUIRE(alpha >= 0);
    view->selectRow(alpha);
    QTableView* entries = f.page->agingTab()->entriesView();
    REQUIRE(entries->model()->rowCount() == 2);
    const int late = rowOf(entries, 0, QStringLiteral("FA000101"));
    REQUIRE(late >= 0);
    CHECK(cell(entries, late, 4) == QStringLiteral("400"));
    CHECK(cell(entries, late, 5) == Labels::money(Money::fromEuros(1200)));

    QSignalSpy requested(f.page.get(), &ImpactPage::clientRequested);
    const QRect rect = view->visualRect(view->model()->index(alpha, 1));
    // The press before the double click, as a mouse sends it: the view opens the row pressed.
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).toLongLong() == f.alpha);
}

TEST_CASE("ui: stage 9 aged balance exported to CSV", "[ui][impact]")
{
    Fixture f;
    const QString path = QDir(f.t.folder()).filePath(QStringLiteral("balance.csv"));
    REQUIRE(f.page->agingTab()->exportTo(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("Alpha Bâtiment")));
    CHECK(text.contains(QStringLiteral("Beta Logistique")));
}

TEST_CASE("ui: stage 9 provisions reviewed, then booked through the button", "[ui][impact]")
{
    Fixture f;
    f.page->showTab(ImpactPage::Tab::Provisions);
    QTableView* review = f.page->provisionsTab()->reviewView();
    const int row = rowOf(review, 1, QStringLiteral("FA000101"));
    REQUIRE(row >= 0);
    CHECK(cell(review, row, 5) == Labels::money(Money::fromEuros(1000)));
    CHECK(cell(review, row, 10) == Labels::money(Money::fromEuros(1000)));
    auto* book = child<QPushButton>(f.page.get(), "bookProvisionsButton");
    CHECK(book->text().contains(Labels::date(f.t->clock().today())));

    bool asked = false;
    answerBox(asked, QMessageBox::Yes);
    book->click();
    REQUIRE(asked);
    pc::app::ProvisionService service(f.t.ws());
    const auto after = service.review(f.t->clock().today());
    REQUIRE(after.ok());
    CHECK(after->dotation == Money());
    CHECK(after->provisionStock == Money::fromEuros(1000));
    // The journal of the year lists the transfer to 416 and the dotation, line by line.
    QTableView* journal = f.page->provisionsTab()->journalView();
    CHECK(journal->model()->rowCount() == 4);
    CHECK(rowOf(journal, 4, QStringLiteral("491000")) >= 0);
}

TEST_CASE("ui: stage 9 KPIs, profitability and the forecast chart are computed when shown", "[ui][impact]")
{
    Fixture f;
    f.page->showTab(ImpactPage::Tab::Kpi);
    CHECK_FALSE(child<QLabel>(f.page.get(), "kpi_dso_label")->text().isEmpty());
    CHECK(f.page->kpiTab()->historyChart()->series().size() == 2);
    CHECK(child<QTableView>(f.page.get(), "abcView")->model()->rowCount() == 2);

    f.page->showTab(ImpactPage::Tab::Profitability);
    QTableView* profit = f.page->profitabilityTab()->profitabilityView();
    REQUIRE(profit->model()->rowCount() >= 1);
    CHECK(cell(profit, profit->model()->rowCount() - 1, 0) == QStringLiteral("Total"));

    f.page->showTab(ImpactPage::Tab::Forecast);
    const auto series = f.page->forecastTab()->chart()->series();
    REQUIRE(series.size() == 1);
    auto* bars = qobject_cast<QStackedBarSeries*>(series.first());
    REQUIRE(bars != nullptr);
    CHECK(bars->count() == 3);
    QTableView* periods = f.page->forecastTab()->periodsView();
    CHECK(periods->model()->rowCount() == 13);
    CHECK(cell(periods, 12, 6) == Labels::money(Money::fromEuros(4200)));
}
