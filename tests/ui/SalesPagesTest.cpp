// Stages 4 to 6 driven offscreen, as a credit manager would: type and confirm an order
// within the limit, force a second one past it, see the delivery blocked, override it
// with a reason, and invoice what was delivered.

#include "app/ClientService.h"
#include "app/CreditCheckService.h"
#include "app/CreditService.h"
#include "app/DeliveryService.h"
#include "app/InvoiceService.h"
#include "app/Labels.h"
#include "app/OrderService.h"
#include "app/Settings.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "store/AuditLog.h"
#include "support/CatchCompat.h"
#include "support/TestSupport.h"
#include "ui/CheckApprovalDialog.h"
#include "ui/CheckDecisionView.h"
#include "ui/DeliverPage.h"
#include "ui/InvoicePage.h"
#include "ui/MainWindow.h"
#include "ui/OrderLinesModel.h"
#include "ui/OrderPage.h"
#include "ui/WidgetDriving.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace pc::core;
using pc::app::Labels;
using pc::ui::CheckApprovalDialog;
using pc::ui::MainWindow;
using pc::ui::OrderLinesModel;
using pc::ui::Page;

using pc::test::child;
using pc::test::typeInto;
using pc::test::typeText;

namespace {

const QString kOrderOverride = QStringLiteral("Commande stratégique, accord de la direction");
const QString kDeliveryOverride = QStringLiteral("Livraison urgente accordée par C. Durand");

// Opens the cell's editor as a user would, types the text and commits it.
void typeCell(QTableView* view, int row, int column, const QString& text)
{
    const QModelIndex index = view->model()->index(row, column);
    view->setCurrentIndex(index);
    view->edit(index);
    auto* editor = qobject_cast<QLineEdit*>(view->indexWidget(index));
    REQUIRE(editor != nullptr);
    editor->selectAll();
    typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the editor's text through a queued call.
    QCoreApplication::processEvents();
    REQUIRE(index.data(Qt::EditRole).toString() == text);
}

void typeLine(QTableView* view, int row, const QString& description, const QString& quantity, const QString& price)
{
    typeCell(view, row, OrderLinesModel::Description, description);
    typeCell(view, row, OrderLinesModel::QuantityColumn, quantity);
    typeCell(view, row, OrderLinesModel::UnitPrice, price);
}

// Runs `answer` on the approval dialog once it is on screen; `seen` tells it was.
void whenApprovalAsked(bool& seen, std::function<void(CheckApprovalDialog*)> answer)
{
    QTimer::singleShot(0, [&seen, answer] {
        auto* dialog = qobject_cast<CheckApprovalDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        seen = true;
        answer(dialog);
    });
}

const pc::store::AuditEntry* findAudit(const std::vector<pc::store::AuditEntry>& entries, const QString& action,
                                       const QString& reason)
{
    const auto found = std::find_if(entries.begin(), entries.end(), [&](const pc::store::AuditEntry& e) {
        return e.action == action && e.reason == reason;
    });
    return found == entries.end() ? nullptr : &*found;
}

SellerIdentity seller()
{
    SellerIdentity s;
    s.name = "Fournitures Rhône-Alpes";
    s.legalForm = "SAS";
    s.shareCapital = "150 000 €";
    s.siren = Siren::parse("552100554").value();
    s.rcsCity = "RCS Lyon";
    s.address.line1 = "12 rue de la République";
    s.address.postalCode = "69002";
    s.address.city = "Lyon";
    return s;
}

struct Fixture {
    pc::test::TempWorkspace t;
    pc::app::Settings settings;
    std::unique_ptr<MainWindow> window;
    qint64 clientId = 0;

    Fixture()
    {
        REQUIRE(pc::app::SharedSettings(t.ws()).setSeller(seller()).ok());
        auto id = pc::app::ClientService(t.ws()).create(pc::test::completeClient("73282932", "Câblerie du Forez"));
        REQUIRE(id.ok());
        clientId = *id;
        REQUIRE(pc::app::ClientService(t.ws()).open(clientId).ok());
        const pc::app::LimitDecisionInput limit{Money::fromEuros(10'000), QStringLiteral("Claire Durand"),
                                                QStringLiteral("Limite d'ouverture"), t->clock().today().addMonths(12)};
        REQUIRE(pc::app::CreditService(t.ws()).setLimit(clientId, limit).ok());
        window = std::make_unique<MainWindow>(t.ws(), settings);
        window->resize(1360, 860);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    Order order(const QString& number) { return pc::app::OrderService(t.ws()).find(number).value(); }
    std::size_t orderCount() { return pc::app::OrderService(t.ws()).ordersOf(clientId).size(); }
    std::vector<Delivery> deliveries() { return pc::app::DeliveryService(t.ws()).deliveriesOf(clientId); }
};

} // namespace

TEST_CASE("ui: orders, a blocked delivery overridden with a reason, and its invoice", "[ui][sales]")
{
    Fixture f;
    // Nothing but the limit could stop the first order: the check says OK.
    const auto before = pc::app::CreditCheckService(f.t.ws()).check(f.clientId, Money::fromCents(52'200));
    REQUIRE(before.ok());
    REQUIRE(before->result.decision == pc::risk::CheckDecision::Ok);

    // Stage 4: an order typed in the form, in French, confirmed without a question.
    f.window->openClient(f.clientId, Page::Order);
    REQUIRE(f.window->currentPage() == Page::Order);
    pc::ui::OrderPage* orders = f.window->orderPage();
    CHECK_FALSE(child<QLineEdit>(orders, "orderTermsEdit")->text().isEmpty());
    typeInto(child<QLineEdit>(orders, "clientReferenceEdit"), QStringLiteral("PO-2026-117"));
    auto* lines = child<QTableView>(orders, "orderLinesView");
    typeLine(lines, 0, QStringLiteral("Ramette papier A4 80 g"), QStringLiteral("100"), QStringLiteral("4,35"));
    CHECK(lines->model()->index(0, OrderLinesModel::Net).data().toString() == Labels::money(Money::fromCents(43'500)));
    CHECK(child<QLabel>(orders, "orderTotalsLabel")->text().contains(Labels::money(Money::fromCents(52'200))));
    QTest::mouseClick(child<QPushButton>(orders, "confirmOrderButton"), Qt::LeftButton);
    CHECK_FALSE(child<QLabel>(orders, "orderProblemLabel")->isVisible());
    REQUIRE(f.orderCount() == 1);
    CHECK(f.order(QStringLiteral("CMD000001")).status == OrderStatus::Confirmed);
    CHECK(f.order(QStringLiteral("CMD000001")).clientReference == "PO-2026-117");
    auto* ordersView = child<QTableView>(orders, "ordersView");
    REQUIRE(ordersView->model()->rowCount() == 1);
    CHECK(ordersView->model()->index(0, 3).data().toString() == QStringLiteral("confirmée"));

    // A cell that does not read is flagged and nothing is saved.
    typeLine(lines, 0, QStringLiteral("Imprimante laser XR-200"), QStringLiteral("8"), QStringLiteral("1 249,0,0"));
    CHECK_FALSE(lines->model()->index(0, OrderLinesModel::UnitPrice).data(Qt::ToolTipRole).toString().isEmpty());
    QTest::mouseClick(child<QPushButton>(orders, "confirmOrderButton"), Qt::LeftButton);
    CHECK(child<QLabel>(orders, "orderProblemLabel")->isVisible());
    CHECK(f.orderCount() == 1);

    // A second order of 11 990,40 € TTC takes the exposure past the limit and its
    // tolerance: BLOCK, confirmed only with the reason of the override.
    typeCell(lines, 0, OrderLinesModel::UnitPrice, QStringLiteral("1 249,00"));
    bool asked = false;
    whenApprovalAsked(asked, [](CheckApprovalDialog* dialog) {
        CHECK(dialog->decisionView()->decision() == pc::risk::CheckDecision::Block);
        CHECK_FALSE(dialog->proceedButton()->isEnabled());
        typeInto(dialog->reasonEdit(), kOrderOverride);
        REQUIRE(dialog->proceedButton()->isEnabled());
        dialog->proceedButton()->click();
    });
    QTest::mouseClick(child<QPushButton>(orders, "confirmOrderButton"), Qt::LeftButton);
    CHECK(asked);
    REQUIRE(f.orderCount() == 2);
    const Order second = f.order(QStringLiteral("CMD000002"));
    CHECK(second.status == OrderStatus::Confirmed);
    CHECK(second.totals().gross == Money::fromCents(1'199'040));

    // Stage 5: delivering the first order meets the same BLOCK, shown before delivering.
    f.window->showPage(Page::Deliver);
    REQUIRE(f.window->currentPage() == Page::Deliver);
    pc::ui::DeliverPage* deliver = f.window->deliverPage();
    REQUIRE(deliver->selectOrder(QStringLiteral("CMD000001")));
    CHECK(child<QTableView>(deliver, "deliveryQuantitiesView")->model()->rowCount() == 1);
    REQUIRE(deliver->preview()->decision() == pc::risk::CheckDecision::Block);
    CHECK(child<QLabel>(deliver->preview(), "decisionBanner")->text().contains(QStringLiteral("Bloqué")));

    // A user without the right may not go ahead: the dialog says so and nothing is delivered.
    REQUIRE(pc::app::SharedSettings(f.t.ws()).setOverrideUsers({QStringLiteral("c.durand")}).ok());
    asked = false;
    whenApprovalAsked(asked, [](CheckApprovalDialog* dialog) {
        CHECK_FALSE(dialog->reasonEdit()->isVisible());
        CHECK_FALSE(dialog->proceedButton()->isEnabled());
        CHECK(child<QLabel>(dialog, "approvalExplanation")->text().contains(QStringLiteral("tester")));
        dialog->cancelButton()->click();
    });
    QTest::mouseClick(child<QPushButton>(deliver, "deliverButton"), Qt::LeftButton);
    CHECK(asked);
    CHECK(f.deliveries().empty());
    // The service refuses the same: without a reason, then a reason from a user without the right.
    pc::app::DeliveryService service(f.t.ws());
    const pc::app::DeliveryRequest request{f.order(QStringLiteral("CMD000001")).id, std::nullopt, {}, std::nullopt, {}};
    const auto blocked = service.deliver(request, {});
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().code == ErrorCode::CreditBlocked);
    const auto forbidden = service.deliver(request, {true, kDeliveryOverride});
    REQUIRE_FALSE(forbidden.ok());
    CHECK(forbidden.error().code == ErrorCode::NotAllowed);
    CHECK(f.deliveries().empty());

    // The credit manager overrides it with a reason: delivered, and the audit log says why.
    REQUIRE(pc::app::SharedSettings(f.t.ws()).setOverrideUsers({QStringLiteral("tester")}).ok());
    asked = false;
    whenApprovalAsked(asked, [](CheckApprovalDialog* dialog) {
        REQUIRE(dialog->reasonEdit()->isVisible());
        CHECK_FALSE(dialog->proceedButton()->isEnabled());
        typeInto(dialog->reasonEdit(), kDeliveryOverride);
        dialog->proceedButton()->click();
    });
    QTest::mouseClick(child<QPushButton>(deliver, "deliverButton"), Qt::LeftButton);
    CHECK(asked);
    const auto delivered = f.deliveries();
    REQUIRE(delivered.size() == 1);
    CHECK(delivered[0].number == "BL000001");
    CHECK(delivered[0].overrideReason == kDeliveryOverride.toStdString());
    CHECK(delivered[0].lines.size() == 1);
    CHECK(delivered[0].lines[0].quantity == Quantity::units(100));
    CHECK(f.order(QStringLiteral("CMD000001")).status == OrderStatus::Delivered);
    const auto audit = pc::store::AuditLog(f.t->db()).recent();
    CHECK(findAudit(audit, QStringLiteral("credit.override"), kDeliveryOverride) != nullptr);
    CHECK(findAudit(audit, QStringLiteral("credit.override"), kOrderOverride) != nullptr);
    auto* deliveriesView = child<QTableView>(deliver, "deliveriesView");
    REQUIRE(deliveriesView->model()->rowCount() == 1);
    CHECK(deliveriesView->model()->index(0, 2).data().toString() == QStringLiteral("CMD000001"));
    // The delivered order leaves the list of orders to deliver.
    CHECK_FALSE(deliver->selectOrder(QStringLiteral("CMD000001")));

    // Stage 6: the delivery, ticked and invoiced, gets the first number of the series.
    f.window->showPage(Page::Invoice);
    REQUIRE(f.window->currentPage() == Page::Invoice);
    pc::ui::InvoicePage* invoice = f.window->invoicePage();
    auto* toInvoice = child<QTableView>(invoice, "deliveriesView")->model();
    REQUIRE(toInvoice->rowCount() == 1);
    REQUIRE(toInvoice->setData(toInvoice->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    // The button may lie below the fold of the page's scroll area: clicked as a key press would.
    child<QPushButton>(invoice, "createInvoiceButton")->click();
    CHECK_FALSE(child<QLabel>(invoice, "invoiceProblemLabel")->isVisible());
    const auto invoices = pc::app::InvoiceService(f.t.ws()).invoicesOf(f.clientId);
    REQUIRE(invoices.size() == 1);
    CHECK(invoices[0].number == "FA000001");
    CHECK(invoices[0].totals.gross == Money::fromCents(52'200));
    CHECK(f.deliveries()[0].invoiceId.has_value());
}

TEST_CASE("ui: an account that is not active cannot take an order", "[ui][sales]")
{
    pc::test::TempWorkspace t;
    pc::app::Settings settings;
    auto id = pc::app::ClientService(t.ws()).create(pc::test::completeClient("73282932", "Câblerie du Forez"));
    REQUIRE(id.ok());
    MainWindow window(t.ws(), settings);
    window.show();
    window.openClient(*id, Page::Order);
    pc::ui::OrderPage* orders = window.orderPage();
    CHECK(child<QLabel>(orders, "inactiveAccountLabel")->isVisible());
    CHECK_FALSE(child<QPushButton>(orders, "confirmOrderButton")->isEnabled());
    CHECK(pc::app::OrderService(t.ws()).ordersOf(*id).empty());
}
