// Stage 6 and the quick credit check driven offscreen, as a credit manager and a sales
// rep would: invoice a delivery, read the client's ledger, credit part of the invoice,
// and ask whether a client may take more.

#include "app/ClientService.h"
#include "app/CreditService.h"
#include "app/DeliveryService.h"
#include "app/InvoiceService.h"
#include "app/Labels.h"
#include "app/OrderService.h"
#include "app/SalesLabels.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "support/CatchCompat.h"
#include "support/TestSupport.h"
#include "ui/InvoicePage.h"
#include "ui/QuickCheckDialog.h"
#include "ui/WidgetDriving.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace pc::core;
using pc::app::Labels;
using pc::risk::CheckDecision;
using pc::test::child;
using pc::test::typeInto;

namespace {

template <class T>
T valid(const Result<T>& result)
{
    REQUIRE(result.ok());
    return *result;
}

SellerIdentity seller()
{
    SellerIdentity s;
    s.name = "Fournitures Rhône-Alpes";
    s.legalForm = "SAS";
    s.siren = valid(Siren::parse("552100554"));
    s.address = Address{"12 rue de la République", "", "69002", "Lyon", "FR"};
    return s;
}

// 10 units at 120 € excluding VAT, 20 %: 1 440 € including VAT.
const Money kDeliveryGross = Money::fromEuros(1'440);
const Money kLimit = Money::fromEuros(10'000);

// An active client with a limit, an order confirmed and delivered in full, not invoiced.
struct Fixture {
    pc::test::TempWorkspace t;
    qint64 clientId = 0;
    std::string siren;

    explicit Fixture(bool withSeller = true)
    {
        if (withSeller)
            REQUIRE(pc::app::SharedSettings(t.ws()).setSeller(seller()).ok());
        pc::app::ClientService clients(t.ws());
        clientId = valid(clients.create(pc::test::completeClient("73282932", "Câblerie du Forez")));
        REQUIRE(valid(clients.open(clientId)).activated);
        siren = clients.byId(clientId)->company.siren->str();
        const Date today = t->clock().today();
        REQUIRE(pc::app::CreditService(t.ws())
                    .setLimit(clientId, {kLimit, QStringLiteral("Claire Durand"), QStringLiteral("Client suivi"),
                                         today.addMonths(12)})
                    .ok());
        pc::app::OrderDraft draft;
        draft.clientId = clientId;
        draft.lines = {DocumentLine{"Câble cuivre 3G2,5 (touret)", Quantity::units(10), Money::fromEuros(120),
                                    Rate::fromBasisPoints(2000)}};
        const auto order = valid(pc::app::OrderService(t.ws()).add(draft, true, {true, {}}));
        pc::app::DeliveryRequest request;
        request.orderId = order.order.id;
        REQUIRE(pc::app::DeliveryService(t.ws()).deliver(request, {true, {}}).ok());
    }
};

struct ShownPage {
    pc::ui::InvoicePage page;

    ShownPage(Fixture& f) : page(f.t.ws())
    {
        page.resize(1280, 820);
        page.setClient(f.clientId);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
    }
};

// Ticks a box of the table with the keyboard, as a user would.
void tick(QTableView* view, int row)
{
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
    QTest::keyClick(view, Qt::Key_Space);
}

QString cell(QTableView* view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

// Fills the credit note dialog once it is on screen: first without a reason (refused
// and kept open), then with one.
void answerCreditNote(const QString& amount, const QString& reason, bool* refusedFirst)
{
    QTimer::singleShot(0, [=] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        REQUIRE(dialog->objectName() == QStringLiteral("creditNoteDialog"));
        typeInto(child<QLineEdit>(dialog, "creditAmountEdit"), amount);
        CHECK(child<QRadioButton>(dialog, "partialCreditRadio")->isChecked());
        auto* ok = child<QPushButton>(dialog, "createCreditNoteButton");
        QTest::mouseClick(ok, Qt::LeftButton);
        *refusedFirst = dialog->isVisible() && child<QLabel>(dialog, "creditProblemLabel")->isVisible();
        typeInto(child<QLineEdit>(dialog, "creditReasonEdit"), reason);
        QTest::mouseClick(ok, Qt::LeftButton);
    });
}

} // namespace

TEST_CASE("ui: stage 6 invoices a delivery, posts it to the ledger and credits part of it", "[ui][invoice]")
{
    Fixture f;
    ShownPage shown(f);
    pc::ui::InvoicePage& page = shown.page;
    CHECK_FALSE(child<QLabel>(&page, "sellerWarningLabel")->isVisible());

    auto* deliveries = child<QTableView>(&page, "deliveriesView");
    REQUIRE(deliveries->model()->rowCount() == 1);
    CHECK(cell(deliveries, 0, 0) == QStringLiteral("BL000001"));
    CHECK(cell(deliveries, 0, 3) == Labels::money(kDeliveryGross));
    auto* create = child<QPushButton>(&page, "createInvoiceButton");
    CHECK_FALSE(create->isEnabled());

    tick(deliveries, 0);
    CHECK(deliveries->model()->index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked);
    REQUIRE(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    CHECK_FALSE(child<QLabel>(&page, "invoiceProblemLabel")->isVisible());

    pc::app::InvoiceService invoices(f.t.ws());
    const Invoice invoice = valid(invoices.find(QStringLiteral("FA000001"))).invoice;
    CHECK(invoice.totals.gross == kDeliveryGross);
    CHECK(invoice.deliveryNumbers == std::vector<std::string>{"BL000001"});
    CHECK(deliveries->model()->rowCount() == 0);

    auto* list = child<QTableView>(&page, "invoicesView");
    REQUIRE(list->model()->rowCount() == 1);
    CHECK(cell(list, 0, 0) == QStringLiteral("FA000001"));
    CHECK(cell(list, 0, 6) == Labels::money(kDeliveryGross));
    CHECK(cell(list, 0, 7) == Labels::money(kDeliveryGross));
    CHECK(page.selectedInvoice() == QStringLiteral("FA000001"));

    auto* ledger = child<QTableView>(&page, "ledgerView");
    REQUIRE(ledger->model()->rowCount() == 1);
    CHECK(cell(ledger, 0, 2) == QStringLiteral("FA000001"));
    CHECK(cell(ledger, 0, 4) == Labels::money(kDeliveryGross));
    CHECK(cell(ledger, 0, 7) == Labels::money(kDeliveryGross));
    CHECK(child<QLabel>(&page, "balanceLabel")->text().contains(Labels::money(kDeliveryGross)));

    // A partial credit note of 150 € through the dialog.
    const Money credited = Money::fromEuros(150);
    bool refusedWithoutReason = false;
    answerCreditNote(QStringLiteral("150,00"), QStringLiteral("Remise commerciale sur le touret"), &refusedWithoutReason);
    QTest::mouseClick(child<QPushButton>(&page, "creditNoteButton"), Qt::LeftButton);
    CHECK(refusedWithoutReason);

    const Invoice note = valid(invoices.find(QStringLiteral("FA000002"))).invoice;
    CHECK(note.kind == InvoiceKind::CreditNote);
    CHECK(note.creditedInvoice == "FA000001");
    CHECK(note.totals.gross == credited);
    CHECK(invoices.openAmount(invoice) == kDeliveryGross - credited);

    REQUIRE(list->model()->rowCount() == 2);
    const int invoiceRow = cell(list, 0, 0) == QStringLiteral("FA000001") ? 0 : 1;
    CHECK(cell(list, invoiceRow, 7) == Labels::money(kDeliveryGross - credited));
    CHECK(cell(list, 1 - invoiceRow, 1) == pc::app::SalesLabels::invoiceKind(InvoiceKind::CreditNote));
    CHECK(cell(list, 1 - invoiceRow, 8) == QStringLiteral("FA000001"));
    REQUIRE(ledger->model()->rowCount() == 2);
    CHECK(cell(ledger, 0, 7) == Labels::money(kDeliveryGross - credited));
    CHECK(cell(ledger, 1, 5) == Labels::money(credited));
    CHECK(child<QLabel>(&page, "balanceLabel")->text().contains(Labels::money(kDeliveryGross - credited)));
}

TEST_CASE("ui: stage 6 asks for the seller's identity before any invoice", "[ui][invoice]")
{
    Fixture f(false);
    ShownPage shown(f);
    auto* warning = child<QLabel>(&shown.page, "sellerWarningLabel");
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("Paramètres")));
    tick(child<QTableView>(&shown.page, "deliveriesView"), 0);
    CHECK_FALSE(child<QPushButton>(&shown.page, "createInvoiceButton")->isEnabled());
    CHECK(pc::app::InvoiceService(f.t.ws()).invoicesOf(f.clientId).empty());
}

TEST_CASE("ui: the quick check answers OK within the limit and BLOCK beyond it", "[ui][check]")
{
    Fixture f;
    pc::ui::QuickCheckDialog dialog(f.t.ws());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* search = child<QLineEdit>(&dialog, "quickCheckSearch");
    CHECK(dialog.focusWidget() == search);

    dialog.setQuery(QString::fromStdString(f.siren));
    REQUIRE(dialog.outcome().has_value());
    CHECK(dialog.decision() == CheckDecision::Ok);
    CHECK(dialog.decisionText().contains(pc::app::SalesLabels::decision(CheckDecision::Ok)));
    CHECK(dialog.outcome()->result.amount == Money());
    CHECK(child<QLabel>(&dialog, "limitValue")->text() == Labels::money(kLimit));
    CHECK(child<QLabel>(&dialog, "deliveredNotInvoicedValue")->text() == Labels::money(kDeliveryGross));

    // Enter checks what is typed: beyond the limit and its tolerance, BLOCK.
    auto* amount = child<QLineEdit>(&dialog, "quickCheckAmount");
    typeInto(amount, QStringLiteral("20 000"));
    QTest::keyClick(amount, Qt::Key_Return);
    CHECK(dialog.decision() == CheckDecision::Block);
    CHECK(dialog.decisionText().contains(pc::app::SalesLabels::decision(CheckDecision::Block)));
    CHECK(dialog.outcome()->result.reason("limit_exceeded") != nullptr);
    CHECK(dialog.isVisible());

    // A small amount, checked by itself once typing pauses.
    typeInto(amount, QStringLiteral("100,00"));
    CHECK(QTest::qWaitFor([&] { return dialog.decision() == CheckDecision::Ok; }, 3000));
    CHECK(dialog.outcome()->result.amount == Money::fromEuros(100));

    // A name works too; a name that matches no one says so.
    dialog.setQuery(QStringLiteral("Câblerie"));
    CHECK(dialog.outcome()->client.id == f.clientId);
    dialog.setQuery(QStringLiteral("Zzyzx"));
    CHECK_FALSE(dialog.outcome().has_value());
    CHECK_FALSE(dialog.message().isEmpty());

    // Esc closes.
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
}
