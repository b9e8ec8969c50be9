#pragma once

#include "app/ClientImportService.h"
#include "ui/CycleNavigator.h"

#include <QMainWindow>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QProgressDialog;
class QStackedWidget;
class QUndoStack;

namespace pc::app {
class Workspace;
struct Settings;
} // namespace pc::app

namespace pc::ui {

class AccountOpeningPage;
class ClientFilePage;
class ClientImportRunner;
class ClientPageBase;
class ClientSearchBox;
class CollectPage;
class CreditPageBase;
class CreditLinePage;
class DashboardPage;
class DeliverPage;
class ImpactPage;
class InformPage;
class InvoicePage;
class OrderPage;
class PortfolioPage;
class RecoveryPage;

// The workstation: the cycle navigator on the left, the page of the chosen stage,
// the client search always at hand, menus and shortcuts, and the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(app::Workspace& workspace, const app::Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const { return m_page; }
    // Makes `clientId` the current client and shows it on `page`.
    void openClient(qint64 clientId, Page page = Page::ClientFile);
    std::optional<qint64> currentClient() const { return m_client; }
    // Imports a client CSV file off the GUI thread, with progress and cancel.
    void importClients(const QString& path, app::DuplicatePolicy policy);
    // Writes the aged balance, the KPIs or the receivables ledger ("aging", "kpi",
    // "ledger") as of today, to CSV when `path` ends in .csv, else to Excel; false (and
    // a message) when it cannot.
    bool exportReport(const QString& report, const QString& path);

    CycleNavigator* navigator() { return m_navigator; }
    ClientSearchBox* searchBox() { return m_search; }
    DashboardPage* dashboardPage() { return m_dashboard; }
    PortfolioPage* portfolioPage() { return m_portfolio; }
    ClientFilePage* clientFilePage() { return m_clientFile; }
    AccountOpeningPage* openingPage() { return m_opening; }
    InformPage* informPage() { return m_inform; }
    CreditLinePage* creditLinePage() { return m_creditLine; }
    OrderPage* orderPage() { return m_order; }
    DeliverPage* deliverPage() { return m_deliver; }
    InvoicePage* invoicePage() { return m_invoice; }
    CollectPage* collectPage() { return m_collect; }
    RecoveryPage* recoveryPage() { return m_recovery; }
    ImpactPage* impactPage() { return m_impact; }
    QUndoStack* undoStack() { return m_undo; }
    ClientImportRunner* importRunner() { return m_importRunner.get(); }
    QProgressDialog* importProgress() { return m_importProgress; }

signals:
    void importFinished(const pc::app::ClientImportReport& report);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void newClient();
    void chooseImportFile();
    void chooseExport(const QString& report, const QString& stem);
    void showImportReport(const app::ClientImportReport& report);
    void editSettings();
    // The sales rep's check: a client and an amount, prefilled with the current client.
    void quickCheck();
    void about();
    // False when the user cancels leaving a page with unsaved changes.
    bool confirmLeaving();
    // The stage 1 page holds a year being entered: save it, drop it, or stay.
    bool confirmLeavingStatement();
    ClientPageBase* editingPage() const;
    // The pages of stages 1, 2 and 4 to 7, which follow the current client.
    std::vector<CreditPageBase*> creditPages() const;
    void refreshStatus();
    // A figure of the dashboard clicked: the stage 9 tab behind it.
    void showImpactTab(int tab);

    app::Workspace& m_ws;
    const app::Settings& m_settings;
    QUndoStack* m_undo;
    CycleNavigator* m_navigator;
    QStackedWidget* m_stack;
    ClientSearchBox* m_search;
    DashboardPage* m_dashboard;
    PortfolioPage* m_portfolio;
    ClientFilePage* m_clientFile;
    AccountOpeningPage* m_opening;
    InformPage* m_inform;
    CreditLinePage* m_creditLine;
    OrderPage* m_order;
    DeliverPage* m_deliver;
    InvoicePage* m_invoice;
    CollectPage* m_collect;
    RecoveryPage* m_recovery;
    ImpactPage* m_impact;
    // Ctrl+L filters the portfolio, except on stage 7 where it letters.
    QAction* m_filterAction = nullptr;
    QLabel* m_statusStore;
    QLabel* m_statusClients;
    std::unique_ptr<ClientImportRunner> m_importRunner;
    QProgressDialog* m_importProgress = nullptr;
    Page m_page = Page::Dashboard;
    std::optional<qint64> m_client;
};

} // namespace pc::ui
