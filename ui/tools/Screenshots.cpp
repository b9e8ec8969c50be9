// Renders the main window's pages on the demo portfolio to PNG files, offscreen,
// for the documentation: posteclient-screenshots OUTPUT_FOLDER [--lang en].

#include "app/ClientService.h"
#include "app/CreditService.h"
#include "app/DeliveryService.h"
#include "app/DemoPortfolio.h"
#include "app/InvoiceService.h"
#include "app/OrderService.h"
#include "app/Settings.h"
#include "app/Translations.h"
#include "app/Workspace.h"
#include "ui/AccountOpeningPage.h"
#include "ui/ClientFilePage.h"
#include "ui/CompanySettingsDialog.h"
#include "ui/InformPage.h"
#include "ui/MainWindow.h"
#include "ui/OrderLinesModel.h"
#include "ui/OrderPage.h"
#include "ui/PortfolioPage.h"
#include "ui/QuickCheckDialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace {

void save(QWidget& window, const QDir& folder, const QString& name)
{
    QApplication::processEvents();
    QTest::qWait(50);
    const QString path = folder.filePath(name);
    if (!window.grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

// The first client of the demo portfolio in `status` whose name contains `hint`.
qint64 pick(pc::app::ClientService& clients, const char* status, int skip = 0)
{
    for (const auto& s : clients.list()) {
        if (s.status == QLatin1String(status) && skip-- == 0)
            return s.id;
    }
    return 0;
}

// An active client of class B or C, the classes where a credit decision takes thought,
// or the first active one with statements.
qint64 pickForCredit(pc::app::Workspace& ws, pc::app::ClientService& clients)
{
    qint64 fallback = 0;
    for (const auto& s : clients.list()) {
        if (s.status != QLatin1String("active"))
            continue;
        const auto analysis = pc::app::CreditService(ws).analyze(s.id);
        if (!analysis || analysis->statements.empty())
            continue;
        if (analysis->internal.riskClass == 'B' || analysis->internal.riskClass == 'C')
            return s.id;
        if (fallback == 0)
            fallback = s.id;
    }
    return fallback;
}

// The active client with orders still to deliver and deliveries already made, and the
// most orders: its pages of stages 4 and 5 show full lists and a delivery to make.
qint64 pickForSales(pc::app::Workspace& ws, pc::app::ClientService& clients)
{
    qint64 best = 0;
    std::tuple<bool, bool, int> bestScore{false, false, -1};
    for (const auto& s : clients.list()) {
        if (s.status != QLatin1String("active"))
            continue;
        const auto orders = pc::app::OrderService(ws).ordersOf(s.id);
        const bool open = std::any_of(orders.begin(), orders.end(), [](const pc::core::Order& o) {
            return o.status == pc::core::OrderStatus::Confirmed || o.status == pc::core::OrderStatus::PartlyDelivered;
        });
        const bool delivered = !pc::app::DeliveryService(ws).deliveriesOf(s.id).empty();
        const std::tuple<bool, bool, int> score{open, delivered, static_cast<int>(orders.size())};
        if (score > bestScore) {
            best = s.id;
            bestScore = score;
        }
    }
    return best;
}

// The active client with deliveries to invoice, or with invoices, for stage 6.
qint64 pickForInvoicing(pc::app::Workspace& ws, pc::app::ClientService& clients)
{
    qint64 fallback = 0;
    for (const auto& s : clients.list()) {
        if (s.status != QLatin1String("active"))
            continue;
        const bool invoiced = !pc::app::InvoiceService(ws).invoicesOf(s.id).empty();
        if (invoiced && !pc::app::DeliveryService(ws).toInvoice(s.id).empty())
            return s.id;
        if (invoiced && fallback == 0)
            fallback = s.id;
    }
    return fallback;
}

// An order being typed, so that the form shows its lines and totals.
void typeDemoOrder(pc::ui::OrderPage& page)
{
    page.findChild<QLineEdit*>(QStringLiteral("clientReferenceEdit"))->setText(QStringLiteral("BC-2026-412"));
    pc::ui::OrderLinesModel* lines = page.linesModel();
    const auto type = [lines](int row, const QString& description, const QString& quantity, const QString& price) {
        lines->setData(lines->index(row, pc::ui::OrderLinesModel::Description), description);
        lines->setData(lines->index(row, pc::ui::OrderLinesModel::QuantityColumn), quantity);
        lines->setData(lines->index(row, pc::ui::OrderLinesModel::UnitPrice), price);
    };
    type(0, QStringLiteral("Palette de sacs poubelle 110 L"), QStringLiteral("4"), QStringLiteral("189,00"));
    type(lines->addLine(), QStringLiteral("Film étirable 23 µ, rouleau de 300 m"), QStringLiteral("12"),
         QStringLiteral("13,90"));
    type(lines->addLine(), QStringLiteral("Carton double cannelure 60 × 40 × 40"), QStringLiteral("2,5"),
         QStringLiteral("84,50"));
}

void saveQuickCheck(pc::app::Workspace& ws, pc::app::ClientService& clients, qint64 clientId, QWidget& window,
                    const QDir& folder, const QString& name)
{
    pc::ui::QuickCheckDialog dialog(ws, &window);
    dialog.show();
    dialog.findChild<QLineEdit*>(QStringLiteral("quickCheckAmount"))->setText(QStringLiteral("8 500"));
    if (const auto client = clients.byId(clientId); client && client->company.siren)
        dialog.setQuery(QString::fromStdString(client->company.siren->str()));
    dialog.runCheck();
    dialog.adjustSize();
    save(dialog, folder, name);
}

} // namespace

int main(int argc, char* argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PosteClientScreenshots"));
    QApplication::setApplicationName(QStringLiteral("PosteClient"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setStyle(QStringLiteral("Fusion"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: posteclient-screenshots OUTPUT_FOLDER [--lang en]\n");
        return 2;
    }
    const bool english = args.contains(QStringLiteral("--lang")) && args.last() == QLatin1String("en");
    pc::app::installTranslations(app, english ? QStringLiteral("en") : QStringLiteral("fr"));
    const QDir folder(args.at(1));
    QDir().mkpath(folder.path());

    QTemporaryDir dir;
    auto ws = pc::app::Workspace::open(
        pc::store::DatabaseLocation::sqliteFile(QDir(dir.path()).filePath(QStringLiteral("demo.db"))),
        std::make_shared<pc::app::FixedClock>(*pc::core::Date::fromYmd(2026, 11, 23)), QStringLiteral("c.durand"));
    if (!ws || !pc::app::DemoPortfolio::install(**ws))
        return 1;
    const pc::app::Settings settings;
    pc::ui::MainWindow window(**ws, settings);
    window.resize(1360, 860);
    window.show();
    const QString suffix = english ? QStringLiteral("-en") : QString();

    save(window, folder, QStringLiteral("portfolio%1.png").arg(suffix));

    pc::app::ClientService clients(**ws);
    window.openClient(pick(clients, "active", 3), pc::ui::Page::ClientFile);
    save(window, folder, QStringLiteral("client-file%1.png").arg(suffix));
    window.clientFilePage()->showTab(pc::ui::ClientFilePage::AccountTab);
    save(window, folder, QStringLiteral("client-file-account%1.png").arg(suffix));

    window.openClient(pick(clients, "pending", 2), pc::ui::Page::OpenAccount);
    save(window, folder, QStringLiteral("account-opening%1.png").arg(suffix));

    const qint64 creditClient = pickForCredit(**ws, clients);
    window.openClient(creditClient, pc::ui::Page::Inform);
    save(window, folder, QStringLiteral("inform%1.png").arg(suffix));
    window.informPage()->showTab(pc::ui::InformPage::StatementsTab);
    save(window, folder, QStringLiteral("inform-statements%1.png").arg(suffix));
    window.informPage()->showTab(pc::ui::InformPage::AnalysisTab);

    // One decision already taken, so that the history is not empty.
    const auto analysis = pc::app::CreditService(**ws).analyze(creditClient);
    const pc::app::LimitDecisionInput decision{analysis ? analysis->recommendation.limit : pc::core::Money(),
                                               QStringLiteral("M. Lefèvre, directeur financier"),
                                               QStringLiteral("Ouverture du compte : limite recommandée retenue"),
                                               (*ws)->clock().today().addMonths(12)};
    if (auto granted = pc::app::CreditService(**ws).setLimit(creditClient, decision); !granted)
        std::fprintf(stderr, "cannot grant the demo limit\n");
    window.showPage(pc::ui::Page::CreditLine);
    save(window, folder, QStringLiteral("credit-line%1.png").arg(suffix));

    const qint64 salesClient = pickForSales(**ws, clients);
    window.openClient(salesClient, pc::ui::Page::Order);
    typeDemoOrder(*window.orderPage());
    save(window, folder, QStringLiteral("order%1.png").arg(suffix));
    window.showPage(pc::ui::Page::Deliver);
    save(window, folder, QStringLiteral("deliver%1.png").arg(suffix));
    window.openClient(pickForInvoicing(**ws, clients), pc::ui::Page::Invoice);
    save(window, folder, QStringLiteral("invoice%1.png").arg(suffix));
    saveQuickCheck(**ws, clients, salesClient, window, folder, QStringLiteral("quick-check%1.png").arg(suffix));
    pc::ui::CompanySettingsDialog settingsDialog(**ws, &window);
    settingsDialog.show();
    save(settingsDialog, folder, QStringLiteral("company-settings%1.png").arg(suffix));
    return 0;
}
