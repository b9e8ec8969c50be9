#include "ui/MainWindow.h"

#include "app/ClientService.h"
#include "app/ExportService.h"
#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/Settings.h"
#include "app/Workspace.h"
#include "store/ClientRepository.h"
#include "ui/AccountOpeningPage.h"
#include "ui/ClientFilePage.h"
#include "ui/ClientImportRunner.h"
#include "ui/ClientSearchBox.h"
#include "ui/CollectPage.h"
#include "ui/CompanySettingsDialog.h"
#include "ui/CreditLinePage.h"
#include "ui/DashboardPage.h"
#include "ui/DeliverPage.h"
#include "ui/ImpactPage.h"
#include "ui/InformPage.h"
#include "ui/InvoicePage.h"
#include "ui/OrderPage.h"
#include "ui/PortfolioPage.h"
#include "ui/QuickCheckDialog.h"
#include "ui/RecoveryPage.h"
#include "ui/RecordDialogs.h"
#include "ui/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace pc::ui {

MainWindow::MainWindow(app::Workspace& workspace, const app::Settings& settings, QWidget* parent)
    : QMainWindow(parent),
      m_ws(workspace),
      m_settings(settings),
      m_undo(new QUndoStack(this)),
      m_navigator(new CycleNavigator(this)),
      m_stack(new QStackedWidget(this)),
      m_search(new ClientSearchBox(workspace, this)),
      m_dashboard(new DashboardPage(workspace, this)),
      m_portfolio(new PortfolioPage(workspace, this)),
      m_clientFile(new ClientFilePage(workspace, *m_undo, this)),
      m_opening(new AccountOpeningPage(workspace, *m_undo, this)),
      m_inform(new InformPage(workspace, this)),
      m_creditLine(new CreditLinePage(workspace, this)),
      m_order(new OrderPage(workspace, this)),
      m_deliver(new DeliverPage(workspace, this)),
      m_invoice(new InvoicePage(workspace, this)),
      m_collect(new CollectPage(workspace, *m_undo, this)),
      m_recovery(new RecoveryPage(workspace, *m_undo, this)),
      m_impact(new ImpactPage(workspace, this)),
      m_statusStore(new QLabel(this)),
      m_statusClients(new QLabel(this)),
      m_importRunner(std::make_unique<ClientImportRunner>(
          workspace.db().location(), workspace.sharedClock(), workspace.actor()))
{
    setWindowTitle(tr("PosteClient — gestion du poste client"));
    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_portfolio);
    m_stack->addWidget(m_clientFile);
    m_stack->addWidget(m_opening);
    m_stack->addWidget(m_inform);
    m_stack->addWidget(m_creditLine);
    m_stack->addWidget(m_order);
    m_stack->addWidget(m_deliver);
    m_stack->addWidget(m_invoice);
    m_stack->addWidget(m_collect);
    m_stack->addWidget(m_recovery);
    m_stack->addWidget(m_impact);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigator);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    auto* toolbar = addToolBar(tr("Recherche"));
    toolbar->setObjectName(QStringLiteral("searchToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("  Client : "), this));
    toolbar->addWidget(m_search);

    buildMenus();
    buildStatusBar();

    connect(m_navigator, &CycleNavigator::pageRequested, this, &MainWindow::showPage);
    connect(m_search, &ClientSearchBox::clientChosen, this, [this](qint64 id) {
        const bool stage = m_page == Page::Inform || m_page == Page::CreditLine || m_page == Page::OpenAccount
            || m_page == Page::Order || m_page == Page::Deliver || m_page == Page::Invoice || m_page == Page::Collect
            || m_page == Page::Recover;
        openClient(id, stage ? m_page : Page::ClientFile);
        // On stage 8 the client found is looked at in its own tab.
        if (m_page == Page::Recover)
            m_recovery->showTab(RecoveryPage::Tab::Client);
    });
    connect(m_search, &ClientSearchBox::notFound, this, [this](const QString& m) { statusBar()->showMessage(m, 5000); });
    connect(m_portfolio, &PortfolioPage::clientActivated, this, [this](qint64 id) { openClient(id); });
    connect(m_dashboard, &DashboardPage::clientActivated, this, [this](qint64 id) { openClient(id); });
    connect(m_dashboard, &DashboardPage::detailRequested, this,
            [this](DashboardPage::Detail detail) { showImpactTab(static_cast<int>(detail)); });
    connect(m_impact, &ImpactPage::clientRequested, this, [this](qint64 id) { openClient(id); });
    connect(m_collect, &CollectPage::clientRequested, this, [this](qint64 id) { openClient(id, Page::Collect); });
    connect(m_recovery, &RecoveryPage::ledgerRequested, this, [this](qint64 id) { openClient(id, Page::Collect); });
    connect(m_portfolio, &PortfolioPage::newClientRequested, this, &MainWindow::newClient);
    connect(m_portfolio, &PortfolioPage::importRequested, this, &MainWindow::chooseImportFile);
    const auto showStatus = [this](const QString& m) { statusBar()->showMessage(m, 5000); };
    for (ClientPageBase* page : {static_cast<ClientPageBase*>(m_clientFile), static_cast<ClientPageBase*>(m_opening)})
        connect(page, &ClientPageBase::statusMessage, this, showStatus);
    for (CreditPageBase* page : creditPages())
        connect(page, &CreditPageBase::statusMessage, this, showStatus);
    connect(m_recovery, &RecoveryPage::statusMessage, this, showStatus);
    connect(m_dashboard, &DashboardPage::statusMessage, this, showStatus);
    connect(m_impact, &ImpactPage::statusMessage, this, showStatus);
    // Figures of stage 9 follow what the other stages write.
    const auto refreshFigures = [this] {
        m_dashboard->refresh();
        m_impact->refresh();
    };
    connect(&m_ws.notifier(), &app::ChangeNotifier::ledgerChanged, this, refreshFigures);
    connect(&m_ws.notifier(), &app::ChangeNotifier::salesChanged, this, refreshFigures);
    connect(&m_ws.notifier(), &app::ChangeNotifier::clientsReset, this, &MainWindow::refreshStatus);
    connect(&m_ws.notifier(), &app::ChangeNotifier::clientChanged, this, &MainWindow::refreshStatus);
    connect(m_importRunner.get(), &ClientImportRunner::finished, this, &MainWindow::showImportReport);

    restoreGeometry(m_settings.windowGeometry.get());
    restoreState(m_settings.windowState.get());
    if (m_settings.windowGeometry.get().isEmpty())
        resize(1360, 860);
    showPage(Page::Dashboard);
    m_dashboard->refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::chooseExport(const QString& report, const QString& stem)
{
    const QString suggested = QStringLiteral("%1-%2.xlsx").arg(stem, QString::fromStdString(m_ws.clock().today().toIso()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Exporter"), suggested,
                                                      tr("Classeur Excel (*.xlsx);;CSV pour Excel (*.csv)"));
    if (!path.isEmpty())
        exportReport(report, path);
}

bool MainWindow::exportReport(const QString& report, const QString& path)
{
    // The format follows the name the user gave: .csv, else an Excel workbook.
    const QString format = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
        ? QStringLiteral("csv")
        : QStringLiteral("xlsx");
    const auto rows = app::ExportService(m_ws).exportTo(report, format, path, m_ws.clock().today());
    if (!rows) {
        QMessageBox::warning(this, tr("Exporter"), app::ErrorText::describe(rows.error()));
        return false;
    }
    statusBar()->showMessage(tr("%n ligne(s) exportée(s) dans %1", nullptr, *rows).arg(QDir::toNativeSeparators(path)),
                             8000);
    return true;
}

void MainWindow::showImpactTab(int detail)
{
    // DashboardPage::Detail and ImpactPage::Tab list the same views in the same order.
    showPage(Page::Impact);
    if (m_page == Page::Impact)
        m_impact->showTab(static_cast<ImpactPage::Tab>(detail));
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&Fichier"));
    file->addAction(tr("&Nouveau client…"), QKeySequence::New, this, &MainWindow::newClient);
    file->addAction(tr("&Importer des clients (CSV)…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::chooseImportFile);
    QMenu* exports = file->addMenu(tr("E&xporter (Excel ou CSV)"));
    exports->addAction(tr("&Balance âgée…"), this, [this] { chooseExport(QStringLiteral("aging"), tr("balance-agee")); });
    exports->addAction(tr("&Indicateurs…"), this, [this] { chooseExport(QStringLiteral("kpi"), tr("indicateurs")); });
    exports->addAction(tr("&Grand livre clients…"), this,
                       [this] { chooseExport(QStringLiteral("ledger"), tr("grand-livre-clients")); });
    file->addSeparator();
    file->addAction(tr("&Paramètres…"), QKeySequence(tr("Ctrl+,")), this, &MainWindow::editSettings);
    file->addAction(tr("Paramètres de l'&entreprise…"), this, [this] {
        CompanySettingsDialog dialog(m_ws, this);
        dialog.exec();
    });
    file->addSeparator();
    file->addAction(tr("&Quitter"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Édition"));
    QAction* undo = m_undo->createUndoAction(this, tr("Annuler"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("Rétablir"));
    // Ctrl+Y as well as the platform's own (Ctrl+Shift+Z on Linux).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(tr("Ctrl+Y"))))
        redoKeys.append(QKeySequence(tr("Ctrl+Y")));
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Enregistrer la fiche"), QKeySequence::Save, this, [this] {
        if (ClientPageBase* page = editingPage())
            page->save();
    });
    edit->addAction(tr("&Rechercher un client"), QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_filterAction = edit->addAction(tr("&Filtrer le portefeuille"), QKeySequence(tr("Ctrl+L")), this, [this] {
        showPage(Page::Portfolio);
        m_portfolio->focusFilter();
    });

    QMenu* credit = menuBar()->addMenu(tr("&Crédit"));
    QAction* check = credit->addAction(tr("Contrôle de crédit &rapide…"), QKeySequence(tr("Ctrl+K")), this,
                                       &MainWindow::quickCheck);
    check->setObjectName(QStringLiteral("quickCheckAction"));

    QMenu* view = menuBar()->addMenu(tr("&Affichage"));
    view->addAction(tr("Tableau de bord"), QKeySequence(tr("Ctrl+Shift+D")), this, [this] { showPage(Page::Dashboard); });
    view->addAction(tr("Portefeuille clients"), QKeySequence(tr("Ctrl+0")), this, [this] { showPage(Page::Portfolio); });
    view->addAction(tr("Fiche client"), QKeySequence(tr("Ctrl+Shift+C")), this, [this] { showPage(Page::ClientFile); });
    view->addSeparator();
    for (int stage = 1; stage <= 9; ++stage) {
        const auto page = static_cast<Page>(static_cast<int>(Page::Inform) + stage - 1);
        QAction* action = view->addAction(CycleNavigator::title(page), QKeySequence(QStringLiteral("Ctrl+%1").arg(stage)),
                                          this, [this, page] { showPage(page); });
        action->setEnabled(m_navigator->isPageEnabled(page));
    }

    QMenu* help = menuBar()->addMenu(tr("&Aide"));
    help->addAction(tr("À &propos de PosteClient"), this, &MainWindow::about);
}

void MainWindow::buildStatusBar()
{
    m_statusStore->setText(tr("Base : %1").arg(m_ws.db().location().describe()));
    statusBar()->addPermanentWidget(m_statusClients);
    statusBar()->addPermanentWidget(new QLabel(tr("Utilisateur : %1").arg(m_ws.actor()), this));
    statusBar()->addPermanentWidget(new QLabel(tr("Au %1").arg(app::Labels::date(m_ws.clock().today())), this));
    statusBar()->addPermanentWidget(m_statusStore);
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    const int count = store::ClientRepository(m_ws.db()).count();
    m_statusClients->setText(tr("%n client(s)", nullptr, count));
}

ClientPageBase* MainWindow::editingPage() const
{
    if (m_page == Page::ClientFile)
        return m_clientFile;
    if (m_page == Page::OpenAccount)
        return m_opening;
    return nullptr;
}

bool MainWindow::confirmLeaving()
{
    if (m_page == Page::Inform && m_inform->hasDraft())
        return confirmLeavingStatement();
    ClientPageBase* page = editingPage();
    if (!page || !page->isDirty())
        return true;
    const auto answer = QMessageBox::question(this, tr("Modifications non enregistrées"),
                                              tr("La fiche a été modifiée. Enregistrer les modifications ?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return page->save();
    page->revert();
    return true;
}

bool MainWindow::confirmLeavingStatement()
{
    const auto answer = QMessageBox::question(this, tr("Exercice non enregistré"),
                                              tr("Un exercice est en cours de saisie. L'enregistrer ?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return m_inform->saveStatement();
    m_inform->discardStatement();
    return true;
}

void MainWindow::showPage(Page page)
{
    if (!m_navigator->isPageEnabled(page))
        return;
    if (page != m_page && !confirmLeaving()) {
        m_navigator->select(m_page);
        return;
    }
    m_page = page;
    m_navigator->select(page);
    m_filterAction->setShortcut(page == Page::Collect ? QKeySequence() : QKeySequence(tr("Ctrl+L")));
    switch (page) {
    case Page::Dashboard: m_stack->setCurrentWidget(m_dashboard); break;
    case Page::Portfolio: m_stack->setCurrentWidget(m_portfolio); break;
    case Page::Impact:
        m_stack->setCurrentWidget(m_impact);
        m_impact->refresh();
        break;
    case Page::Inform: m_stack->setCurrentWidget(m_inform); break;
    case Page::CreditLine: m_stack->setCurrentWidget(m_creditLine); break;
    case Page::Order: m_stack->setCurrentWidget(m_order); break;
    case Page::Deliver: m_stack->setCurrentWidget(m_deliver); break;
    case Page::Invoice: m_stack->setCurrentWidget(m_invoice); break;
    case Page::Collect: m_stack->setCurrentWidget(m_collect); break;
    case Page::Recover: m_stack->setCurrentWidget(m_recovery); break;
    case Page::ClientFile: m_stack->setCurrentWidget(m_clientFile); break;
    case Page::OpenAccount: m_stack->setCurrentWidget(m_opening); break;
    }
}

void MainWindow::openClient(qint64 clientId, Page page)
{
    if (!confirmLeaving())
        return;
    m_client = clientId;
    m_clientFile->setClient(clientId);
    m_opening->setClient(clientId);
    for (CreditPageBase* credit : creditPages())
        credit->setClient(clientId);
    m_recovery->setClient(clientId);
    showPage(page);
}

void MainWindow::newClient()
{
    NewClientDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto id = app::ClientService(m_ws).create(dialog.file());
    if (!id) {
        QMessageBox::warning(this, tr("Nouveau client"), app::ErrorText::describe(id.error()));
        return;
    }
    openClient(*id, Page::ClientFile);
    statusBar()->showMessage(tr("Client créé : complétez sa fiche puis ouvrez son compte (étape 3)."), 8000);
}

void MainWindow::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Importer des clients"), QString(),
                                                      tr("Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)"));
    if (path.isEmpty())
        return;
    const QStringList choices{tr("Refuser le fichier s'il contient des clients déjà connus"),
                              tr("Ignorer les clients déjà connus"),
                              tr("Mettre à jour les clients déjà connus")};
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Clients déjà connus"),
                                                 tr("Un client du fichier dont le SIREN ou le compte existe déjà :"),
                                                 choices, 0, false, &ok);
    if (!ok)
        return;
    const auto policy = static_cast<app::DuplicatePolicy>(choices.indexOf(choice));
    importClients(path, policy);
}

void MainWindow::importClients(const QString& path, app::DuplicatePolicy policy)
{
    if (m_importRunner->isRunning())
        return;
    delete m_importProgress;
    m_importProgress = new QProgressDialog(tr("Import de %1…").arg(QFileInfo(path).fileName()), tr("Annuler"), 0, 0, this);
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setWindowModality(Qt::WindowModal);
    m_importProgress->setMinimumDuration(300);
    m_importProgress->setAutoClose(false);
    m_importProgress->setAutoReset(false);
    connect(m_importProgress, &QProgressDialog::canceled, m_importRunner.get(), &ClientImportRunner::cancel);
    connect(m_importRunner.get(), &ClientImportRunner::progress, m_importProgress, [this](int done, int total) {
        m_importProgress->setMaximum(total);
        m_importProgress->setValue(done);
    });
    m_importRunner->start(path, policy);
}

void MainWindow::showImportReport(const app::ClientImportReport& report)
{
    if (m_importProgress) {
        m_importProgress->hide();
        m_importProgress->deleteLater();
        m_importProgress = nullptr;
    }
    if (report.ok())
        emit m_ws.notifier().clientsReset();
    emit importFinished(report);
    QStringList lines;
    for (const core::Error& error : report.errors)
        lines << app::ErrorText::describe(error);
    lines << report.warnings;
    const QString summary = report.ok()
        ? tr("%1 client(s) créé(s), %2 mis à jour, %3 ignoré(s).").arg(report.created).arg(report.updated).arg(report.skipped)
        : tr("Fichier refusé : %n erreur(s). La base n'a pas été modifiée.", nullptr, static_cast<int>(report.errors.size()));
    statusBar()->showMessage(summary, 10000);
    if (!isVisible())
        return;
    auto* box = new QMessageBox(report.ok() ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Import de clients"), summary, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("importReportBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!lines.isEmpty())
        box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->open();
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        m_ws.setOpeningPolicy(core::OpeningPolicy{m_settings.kbisMaxAgeDays.get()});
}

std::vector<CreditPageBase*> MainWindow::creditPages() const
{
    return {m_inform, m_creditLine, m_order, m_deliver, m_invoice, m_collect};
}

void MainWindow::quickCheck()
{
    QuickCheckDialog dialog(m_ws, this);
    if (m_client) {
        if (const auto client = app::ClientService(m_ws).byId(*m_client); client && client->company.siren)
            dialog.setQuery(QString::fromStdString(client->company.siren->str()));
    }
    dialog.exec();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("À propos de PosteClient"),
                       tr("<h3>PosteClient %1</h3><p>Poste de travail de gestion du crédit client : de l'analyse du "
                          "bilan d'un prospect à l'encaissement, pour les entreprises françaises qui vendent à "
                          "d'autres entreprises.</p><p>Base : %2</p>")
                           .arg(QApplication::applicationVersion(), m_ws.db().location().describe().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmLeaving()) {
        event->ignore();
        return;
    }
    m_settings.windowGeometry.set(saveGeometry());
    m_settings.windowState.set(saveState());
    event->accept();
}

} // namespace pc::ui
