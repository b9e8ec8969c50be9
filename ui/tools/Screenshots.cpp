// Renders the main window's pages on the demo portfolio to PNG files, offscreen,
// for the documentation: posteclient-screenshots OUTPUT_FOLDER [--lang en].

#include "app/ClientService.h"
#include "app/CreditService.h"
#include "app/DeliveryService.h"
#include "app/DemoPortfolio.h"
#include "app/DisputeService.h"
#include "app/DunningService.h"
#include "app/BankImportService.h"
#include "app/ImpactReport.h"
#include "app/InvoiceService.h"
#include "app/LetteringService.h"
#include "app/PaymentService.h"
#include "app/PromiseService.h"
#include "app/SharedSettings.h"
#include "app/OrderService.h"
#include "app/Settings.h"
#include "app/Translations.h"
#include "app/Workspace.h"
#include "ui/AccountOpeningPage.h"
#include "ui/ClientFilePage.h"
#include "ui/CollectPage.h"
#include "ui/LedgerTableModel.h"
#include "ui/LetteringReportDialog.h"
#include "ui/CompanySettingsDialog.h"
#include "ui/InformPage.h"
#include "ui/MainWindow.h"
#include "ui/OrderLinesModel.h"
#include "ui/OrderPage.h"
#include "ui/PortfolioPage.h"
#include "ui/QuickCheckDialog.h"
#include "ui/DunningWorklistTab.h"
#include "ui/DashboardPage.h"
#include "ui/ImpactPage.h"
#include "ui/RecoveryPage.h"
#include "ui/RecoverySession.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
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

// The open debits of a client, oldest due first.
std::vector<pc::app::LedgerLine> openDebits(pc::app::Workspace& ws, qint64 clientId)
{
    std::vector<pc::app::LedgerLine> debits;
    for (auto& line : pc::app::LetteringService(ws).ledgerOf(clientId, ws.clock().today(), true))
        if (line.entry.isDebit() && line.open.isPositive())
            debits.push_back(std::move(line));
    std::stable_sort(debits.begin(), debits.end(), [](const auto& a, const auto& b) {
        return a.entry.dueDate.value_or(a.entry.date) < b.entry.dueDate.value_or(b.entry.date);
    });
    return debits;
}

std::optional<qint64> pay(pc::app::Workspace& ws, qint64 clientId, pc::core::Money amount, int daysAgo,
                          pc::core::PaymentMethod method, const std::string& reference, const std::string& label)
{
    pc::app::PaymentInput payment;
    payment.companyId = clientId;
    payment.date = ws.clock().today().addDays(-daysAgo);
    payment.amount = amount;
    payment.method = method;
    payment.reference = reference;
    payment.label = label;
    auto id = pc::app::PaymentService(ws).record(payment);
    if (!id) {
        std::fprintf(stderr, "cannot record a demo payment\n");
        return std::nullopt;
    }
    return *id;
}

// One camt.053 credit of a payer no client matches.
QString camtEntry(const char* amount, const char* day, const char* reference, const char* payer, const char* text)
{
    return QStringLiteral("<Ntry><Amt Ccy=\"EUR\">%1</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>"
                          "<BookgDt><Dt>%2</Dt></BookgDt><ValDt><Dt>%2</Dt></ValDt><AcctSvcrRef>%3</AcctSvcrRef>"
                          "<NtryDtls><TxDtls><Refs><EndToEndId>%3</EndToEndId></Refs><RltdPties><Dbtr><Nm>%4</Nm>"
                          "</Dbtr></RltdPties><RmtInf><Ustrd>%5</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>")
        .arg(QLatin1String(amount), QLatin1String(day), QLatin1String(reference), QString::fromUtf8(payer),
             QString::fromUtf8(text));
}

// A statement whose three credits name nobody the client file knows: the movements
// to give out of stage 7.
void importDemoStatement(pc::app::Workspace& ws, const QDir& tmp)
{
    const QString entries = camtEntry("1250.00", "2026-11-19", "2026111900031", "SARL TRANSPORTS VIDAL", "REGLT FACT OCT")
        + camtEntry("318.40", "2026-11-20", "2026112000007", "M. OU MME CARON", "ACOMPTE")
        + camtEntry("2040.00", "2026-11-20", "2026112000012", "ETS MOREAU ET FILS", "VIREMENT");
    const QString xml = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
        "<GrpHdr><MsgId>DEMO20261120</MsgId><CreDtTm>2026-11-20T22:00:00</CreDtTm></GrpHdr>"
        "<Stmt><Id>DEMO-20261120</Id><CreDtTm>2026-11-20T22:00:00</CreDtTm>"
        "<Acct><Id><IBAN>FR7630004008230001234567819</IBAN></Id><Ccy>EUR</Ccy></Acct>"
        "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">10000.00</Amt>"
        "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-18</Dt></Dt></Bal>"
        "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">13608.40</Amt>"
        "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-20</Dt></Dt></Bal>%1</Stmt></BkToCstmrStmt></Document>")
                            .arg(entries);
    const QString path = tmp.filePath(QStringLiteral("releve-20261120.xml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml.toUtf8()) < 0) {
        std::fprintf(stderr, "cannot write the demo statement\n");
        return;
    }
    file.close();
    const auto report = pc::app::BankImportService(ws).importFile(path);
    if (!report.ok())
        std::fprintf(stderr, "demo statement refused: %d error(s)\n", static_cast<int>(report.errors.size()));
}

// Stage 7 on the demo, whose invoices are paid straight in the ledger: payments that
// the automatic lettering settles by each of its rules, one short, one over its
// tolerance, one of a client who owes nothing, and a statement of unknown payers.
// Returns the client whose page shows lettered and open entries.
qint64 prepareCollect(pc::app::Workspace& ws, pc::app::ClientService& clients, const QDir& tmp)
{
    using pc::core::Money;
    using pc::core::PaymentMethod;
    pc::app::SharedSettings shared(ws);
    pc::app::CollectPolicy policy = shared.collectPolicy();
    policy.lettering.writeOffTolerance = Money::fromEuros(1);
    policy.methodBySegment = {{"TPE", PaymentMethod::SepaDirectDebit},
                              {"PME", PaymentMethod::SepaDirectDebit},
                              {"Grands comptes", PaymentMethod::Transfer},
                              {"Revendeurs", PaymentMethod::Lcr}};
    if (!shared.setCollectPolicy(policy))
        std::fprintf(stderr, "cannot set the demo collect policy\n");

    std::vector<std::pair<qint64, std::vector<pc::app::LedgerLine>>> owing;
    qint64 owesNothing = 0;
    for (const auto& s : clients.list()) {
        if (s.status != QLatin1String("active"))
            continue;
        auto debits = openDebits(ws, s.id);
        if (debits.empty() && owesNothing == 0)
            owesNothing = s.id;
        else if (!debits.empty())
            owing.emplace_back(s.id, std::move(debits));
    }
    // The most open debits first: the page's client keeps some open after the run.
    std::stable_sort(owing.begin(), owing.end(),
                     [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
    if (owing.size() < 6)
        return owing.empty() ? 0 : owing.front().first;
    const auto piece = [](const pc::app::LedgerLine& l) { return l.entry.piece; };
    // Reference: a transfer naming the oldest invoice of the page's client.
    const auto& [shown, shownDebits] = owing[0];
    pay(ws, shown, shownDebits[0].open, 6, PaymentMethod::Transfer, "VIR-20261117-0041",
        "Virement reçu — règlement " + piece(shownDebits[0]));
    // Amount: the exact amount of an invoice, no reference.
    pay(ws, owing[1].first, owing[1].second[0].open, 5, PaymentMethod::Cheque, "CHQ 0004417", "Chèque reçu");
    // Combination: two invoices in one transfer.
    if (owing[2].second.size() >= 2)
        pay(ws, owing[2].first, owing[2].second[0].open + owing[2].second[1].open, 4, PaymentMethod::Transfer,
            "VIR-20261119-0007", "Virement reçu");
    // Within the tolerance: 0,40 € short, written off.
    pay(ws, owing[3].first, owing[3].second[0].open - Money::fromCents(40), 3, PaymentMethod::Transfer,
        "VIR-20261120-0013", "Virement " + piece(owing[3].second[0]));
    // Short beyond the tolerance: left for review.
    pay(ws, owing[4].first, owing[4].second[0].open - Money::fromEuros(35), 3, PaymentMethod::Transfer,
        "VIR-20261120-0019", "Règlement " + piece(owing[4].second[0]));
    // Partial: less than any invoice, naming none.
    pay(ws, owing[5].first, Money::fromEuros(150), 2, PaymentMethod::Cheque, "CHQ 0008120", "Chèque reçu");
    // A client who owes nothing pays: an unapplied payment.
    if (owesNothing != 0)
        pay(ws, owesNothing, Money::fromCents(48'000), 2, PaymentMethod::Transfer, "VIR-20261121-0002",
            "Virement reçu");
    importDemoStatement(ws, tmp);
    return shown;
}

// The client of a promise or a dispute with the longest dunning history: its tab on
// stage 8 shows every part.
qint64 pickForRecovery(pc::app::Workspace& ws)
{
    std::set<qint64> candidates;
    for (const auto& p : pc::app::PromiseService(ws).promises(std::nullopt, ws.clock().today()))
        candidates.insert(p.record.companyId);
    for (const auto& d : pc::app::DisputeService(ws).disputes(std::nullopt))
        candidates.insert(d.companyId);
    qint64 best = 0;
    std::size_t longest = 0;
    for (const qint64 id : candidates)
        if (const std::size_t actions = pc::app::DunningService(ws).history(id).size(); actions > longest) {
            best = id;
            longest = actions;
        }
    return best;
}

// Stage 8 in a window of its own: the demo left the last week's actions in the
// worklist. The worklist's first action is chosen, then that client's history shown.
// The documents go to a scratch folder, not to the user's.
void saveRecovery(pc::app::Workspace& ws, const pc::app::Settings& settings, const QString& outputFolder,
                  const QDir& folder, const QString& suffix)
{
    {
        pc::ui::MainWindow window(ws, settings);
        window.resize(1360, 860);
        window.show();
        pc::ui::RecoveryPage* recovery = window.recoveryPage();
        recovery->session().setOutputFolder(outputFolder);
        window.showPage(pc::ui::Page::Recover);
        QTableView* worklist = recovery->worklistTab()->planView();
        if (worklist->model()->rowCount() > 0)
            worklist->selectRow(0);
        worklist->setFocus();
        recovery->findChild<QToolButton*>(QStringLiteral("heldToggle"))->setChecked(true);
        save(window, folder, QStringLiteral("recovery%1.png").arg(suffix));
        recovery->setClient(pickForRecovery(ws));
        recovery->showTab(pc::ui::RecoveryPage::Tab::Client);
        save(window, folder, QStringLiteral("recovery-client%1.png").arg(suffix));
    }
}

// Stage 9, one picture per tab, and the dashboard once its worker has delivered.
void saveImpact(pc::ui::MainWindow& window, const QDir& folder, const QString& suffix)
{
    using Tab = pc::ui::ImpactPage::Tab;
    window.showPage(pc::ui::Page::Impact);
    const std::pair<Tab, const char*> tabs[] = {{Tab::Aging, "aging"}, {Tab::Kpi, "kpi"},
                                                {Tab::Provisions, "provisions"}, {Tab::Profitability, "profitability"},
                                                {Tab::Forecast, "forecast"}};
    for (const auto& [tab, name] : tabs) {
        window.impactPage()->showTab(tab);
        save(window, folder, QStringLiteral("impact-%1%2.png").arg(QLatin1String(name), suffix));
    }
    window.showPage(pc::ui::Page::Dashboard);
    pc::ui::DashboardPage* dashboard = window.dashboardPage();
    QSignalSpy loaded(dashboard, &pc::ui::DashboardPage::loaded);
    dashboard->refresh();
    if (!loaded.wait(60000))
        std::fprintf(stderr, "the dashboard did not load\n");
    save(window, folder, QStringLiteral("dashboard%1.png").arg(suffix));
}

// The impact report of the year to the demo day, its first page rendered by pdftoppm
// (poppler-utils) as a director would see it.
void saveImpactReport(pc::app::Workspace& ws, const QDir& folder, const QString& suffix)
{
    const pc::core::Date asOf = ws.clock().today();
    auto summary = pc::app::ImpactReport::compose(ws, *pc::core::Date::fromYmd(asOf.year(), 1, 1), asOf, asOf);
    QTemporaryDir tmp;
    const QString pdf = QDir(tmp.path()).filePath(QStringLiteral("impact.pdf"));
    if (!summary || !pc::app::writeImpactReport(*summary, pdf)) {
        std::fprintf(stderr, "the impact report could not be written\n");
        return;
    }
    const QString stem = folder.filePath(QStringLiteral("impact-report%1").arg(suffix));
    if (QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-f"),
                           QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, stem})
        != 0)
        std::fprintf(stderr, "pdftoppm failed on the impact report\n");
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

    window.showPage(pc::ui::Page::Portfolio);
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

    // Stage 7: the automatic lettering's report, then the page of a client whose
    // account has lettered entries and open ones, an invoice and a new payment picked.
    const qint64 collectClient = prepareCollect(**ws, clients, QDir(dir.path()));
    window.openClient(collectClient, pc::ui::Page::Collect);
    if (auto report = pc::app::LetteringService(**ws).letterAutomatically(std::nullopt, (*ws)->clock().today())) {
        pc::ui::LetteringReportDialog dialog(*report, &window);
        dialog.show();
        save(dialog, folder, QStringLiteral("lettering-report%1.png").arg(suffix));
    } else {
        std::fprintf(stderr, "the demo lettering failed\n");
    }
    // A cheque for the two latest open invoices, picked with them: the gap is nil.
    pc::ui::CollectPage* collect = window.collectPage();
    auto debits = openDebits(**ws, collectClient);
    std::vector<qint64> picked;
    pc::core::Money chequeAmount = pc::core::Money::fromEuros(600);
    if (debits.size() >= 2) {
        std::sort(debits.begin(), debits.end(), [](const auto& a, const auto& b) { return a.entry.date > b.entry.date; });
        chequeAmount = debits[0].open + debits[1].open;
        picked = {debits[0].entry.id, debits[1].entry.id};
    }
    if (const auto cheque = pay(**ws, collectClient, chequeAmount, 1, pc::core::PaymentMethod::Cheque, "CHQ 0012093",
                                "Chèque reçu"))
        picked.push_back(*cheque);
    collect->ledgerView()->clearSelection();
    collect->selectEntries(picked);
    collect->ledgerView()->scrollToBottom();
    collect->ledgerView()->setFocus();
    save(window, folder, QStringLiteral("collect%1.png").arg(suffix));
    saveRecovery(**ws, settings, QDir(dir.path()).filePath(QStringLiteral("relances")), folder, suffix);
    saveImpact(window, folder, suffix);
    saveImpactReport(**ws, folder, suffix);
    pc::ui::CompanySettingsDialog settingsDialog(**ws, &window);
    settingsDialog.show();
    save(settingsDialog, folder, QStringLiteral("company-settings%1.png").arg(suffix));
    return 0;
}
