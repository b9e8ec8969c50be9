// The main window driven offscreen, as a user would: search, open, complete, activate.

#include "app/ClientListModel.h"
#include "app/ClientSearchModel.h"
#include "app/ClientService.h"
#include "app/DemoPortfolio.h"
#include "app/Settings.h"
#include "store/AuditLog.h"
#include "support/CatchCompat.h"
#include "support/TestSupport.h"
#include "ui/WidgetDriving.h"
#include "ui/AccountOpeningPage.h"
#include "ui/ChecklistView.h"
#include "ui/ClientFilePage.h"
#include "ui/ClientImportRunner.h"
#include "ui/ClientSearchBox.h"
#include "ui/MainWindow.h"
#include "ui/PortfolioPage.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace pc::core;
using pc::ui::MainWindow;
using pc::ui::Page;

using pc::test::child;
using pc::test::typeInto;
using pc::test::typeText;

namespace {

struct Fixture {
    pc::test::TempWorkspace t;
    pc::app::Settings settings;
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        window = std::make_unique<MainWindow>(t.ws(), settings);
        window->resize(1280, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
};

} // namespace

TEST_CASE("ui: the navigator shows the dashboard and the whole cycle; the dashboard is the home page", "[ui]")
{
    Fixture f;
    auto* nav = f.window->navigator();
    CHECK(f.window->currentPage() == Page::Dashboard);
    CHECK(nav->isPageEnabled(Page::Dashboard));
    CHECK(nav->isPageEnabled(Page::Portfolio));
    CHECK(nav->isPageEnabled(Page::ClientFile));
    CHECK(nav->isPageEnabled(Page::Inform));
    CHECK(nav->isPageEnabled(Page::CreditLine));
    CHECK(nav->isPageEnabled(Page::OpenAccount));
    for (const Page p : {Page::Order, Page::Deliver, Page::Invoice, Page::Collect, Page::Recover, Page::Impact})
        CHECK(nav->isPageEnabled(p));
    f.window->showPage(Page::Impact);
    CHECK(f.window->currentPage() == Page::Impact);
}

TEST_CASE("ui: search a client, open its file, complete the checklist and activate", "[ui]")
{
    Fixture f;
    pc::app::ClientService clients(f.t.ws());
    ClientFile file = pc::test::completeClient("73282932", "Société Générale de Câblage");
    file.account.iban.reset();
    file.account.bic.reset();
    file.account.termsSignedDate.reset();
    file.contacts.clear();
    auto id = clients.create(file);
    REQUIRE(id.ok());
    REQUIRE(clients.create(pc::test::completeClient("55208131", "Électricité du Rhône")).ok());

    // Typing part of the name, without accents, suggests the client.
    auto* search = f.window->searchBox();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("generale cab"));
    REQUIRE(search->suggestions().rowCount() == 1);
    QCompleter* completer = search->completer();
    REQUIRE(completer->popup()->isVisible());
    const QModelIndex suggestion = completer->completionModel()->index(0, 0);
    completer->popup()->setCurrentIndex(suggestion);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    CHECK(f.window->currentClient() == *id);
    CHECK(f.window->currentPage() == Page::ClientFile);
    CHECK(child<QLabel>(f.window->clientFilePage(), "clientTitle")->text()
          == QStringLiteral("Société Générale de Câblage"));

    // Stage 3: the checklist says what is missing, activation is not possible yet.
    f.window->showPage(Page::OpenAccount);
    auto* page = f.window->openingPage();
    auto* activate = child<QPushButton>(page, "activateButton");
    auto* checklist = child<pc::ui::ChecklistView>(page, "openingChecklist");
    CHECK_FALSE(activate->isEnabled());
    CHECK(checklist->summary().contains(QStringLiteral("3")));

    // A wrong IBAN is refused with its reason.
    typeInto(child<QLineEdit>(page, "ibanEdit"), QStringLiteral("FR76 3000 6000 0112 3456 7890 188"));
    typeInto(child<QLineEdit>(page, "bicEdit"), QStringLiteral("BNPAFRPP"));
    QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
    auto* problems = child<QLabel>(page, "problemsLabel");
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(QStringLiteral("IBAN")));
    CHECK_FALSE(clients.byId(*id)->account.bic);

    // Completing the file item by item turns the checklist green.
    typeInto(child<QLineEdit>(page, "ibanEdit"), QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
    child<QDateEdit>(page, "termsDateEdit")->setDate(QDate(2026, 11, 20));
    typeInto(child<QLineEdit>(page, "payablesNameEdit"), QStringLiteral("Martine Roche"));
    typeInto(child<QLineEdit>(page, "payablesPhoneEdit"), QStringLiteral("04 77 12 34 56"));
    CHECK_FALSE(activate->isEnabled());
    typeInto(child<QLineEdit>(page, "payablesEmailEdit"), QStringLiteral("compta@cablage.fr"));
    CHECK(activate->isEnabled());
    CHECK(checklist->summary().contains(QStringLiteral("complet")));

    QSignalSpy activated(page, &pc::ui::AccountOpeningPage::accountActivated);
    QTest::mouseClick(activate, Qt::LeftButton);
    REQUIRE(activated.count() == 1);
    const auto stored = clients.byId(*id);
    CHECK(stored->account.status == AccountStatus::Active);
    CHECK(stored->account.iban->str() == "FR7630006000011234567890189");
    CHECK(stored->accountsPayableContact()->phone == "+33477123456");
    CHECK(child<QLabel>(page, "clientSubtitle")->text().contains(QStringLiteral("Actif")));
    const auto audit = pc::store::AuditLog(f.t.ws().db()).entriesFor(QStringLiteral("client"), QStringLiteral("732829320"));
    REQUIRE(audit.size() >= 2);
    CHECK(audit[0].action == QStringLiteral("client.activate"));
    CHECK(audit[1].action == QStringLiteral("client.update"));
}

TEST_CASE("ui: an edit of the client file can be undone and redone", "[ui]")
{
    Fixture f;
    pc::app::ClientService clients(f.t.ws());
    auto id = clients.create(pc::test::completeClient("73282932", "Nom d'origine"));
    REQUIRE(id.ok());
    f.window->openClient(*id);
    auto* page = f.window->clientFilePage();
    typeInto(child<QLineEdit>(page, "nameEdit"), QStringLiteral("Nouveau nom"));
    REQUIRE(page->isDirty());
    REQUIRE(page->save());
    CHECK(clients.byId(*id)->company.name == "Nouveau nom");
    f.window->undoStack()->undo();
    CHECK(clients.byId(*id)->company.name == "Nom d'origine");
    CHECK(child<QLineEdit>(page, "nameEdit")->text() == QStringLiteral("Nom d'origine"));
    f.window->undoStack()->redo();
    CHECK(clients.byId(*id)->company.name == "Nouveau nom");
}

TEST_CASE("ui: the portfolio filters as you type and opens a client", "[ui]")
{
    pc::test::TempWorkspace t;
    REQUIRE(pc::app::DemoPortfolio::install(t.ws(), 200).ok());
    pc::app::Settings settings;
    MainWindow window(t.ws(), settings);
    window.show();
    auto* portfolio = window.portfolioPage();
    auto* view = child<QTableView>(portfolio, "portfolioView");
    CHECK(view->model()->rowCount() == 200);
    QTest::keyClicks(child<QLineEdit>(portfolio, "portfolioFilter"), QStringLiteral("boulangerie"));
    const int shown = view->model()->rowCount();
    CHECK(shown > 0);
    CHECK(shown < 200);
    for (int row = 0; row < shown; ++row)
        CHECK(view->model()->index(row, pc::app::ClientListModel::NameColumn).data().toString().startsWith(
            QStringLiteral("Boulangerie")));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(window.currentPage() == Page::ClientFile);
    CHECK(window.currentClient() == view->model()->index(0, 0).data(pc::app::ClientListModel::IdRole).toLongLong());
}

TEST_CASE("ui: a client import runs off the GUI thread and the window keeps turning", "[ui]")
{
    Fixture f;
    QSignalSpy finished(f.window.get(), &MainWindow::importFinished);
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(1);
    f.window->importClients(pc::test::testDataPath(QStringLiteral("import/clients_good.csv")),
                            pc::app::DuplicatePolicy::Refuse);
    REQUIRE(finished.wait(30000));
    CHECK(ticks > 0);
    const auto report = finished.at(0).at(0).value<pc::app::ClientImportReport>();
    CHECK(report.created == 4);
    auto* view = child<QTableView>(f.window->portfolioPage(), "portfolioView");
    CHECK(view->model()->rowCount() == 4);
}

TEST_CASE("ui: the English translation reaches the widgets", "[ui]")
{
    // The contexts lupdate writes must be the runtime class names (pc::ui::…), or
    // the window silently stays French.
    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/i18n/posteclient_en.qm")));
    QCoreApplication::installTranslator(&english);
    {
        Fixture f;
        QStringList menus;
        for (const QAction* action : f.window->menuBar()->actions())
            menus << action->text();
        CHECK(menus.contains(QStringLiteral("&File")));
        CHECK(menus.contains(QStringLiteral("&Help")));
        CHECK(f.window->windowTitle().contains(QStringLiteral("accounts receivable")));
    }
    QCoreApplication::removeTranslator(&english);
}

TEST_CASE("ui: File > Export writes the aged balance, the KPIs and the ledger to Excel or CSV", "[ui][export]")
{
    Fixture f;
    REQUIRE(pc::app::DemoPortfolio::install(f.t.ws()).ok());
    QStringList menuTexts;
    for (QAction* action : f.window->menuBar()->actions())
        if (action->menu())
            for (QAction* item : action->menu()->actions())
                if (item->menu())
                    for (QAction* sub : item->menu()->actions())
                        menuTexts << sub->text();
    CHECK(menuTexts.contains(QStringLiteral("&Balance âgée…")));
    CHECK(menuTexts.contains(QStringLiteral("&Grand livre clients…")));

    const auto read = [](const QString& path) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    const QString csv = f.t.folder() + QStringLiteral("/indicateurs.csv");
    REQUIRE(f.window->exportReport(QStringLiteral("kpi"), csv));
    CHECK(read(csv).startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, for Excel
    const QString xlsx = f.t.folder() + QStringLiteral("/grand-livre.xlsx");
    REQUIRE(f.window->exportReport(QStringLiteral("ledger"), xlsx));
    CHECK(read(xlsx).startsWith("PK")); // a workbook is a zip
    const QString aging = f.t.folder() + QStringLiteral("/balance.CSV");
    REQUIRE(f.window->exportReport(QStringLiteral("aging"), aging));
    CHECK(read(aging).contains(';'));
}
