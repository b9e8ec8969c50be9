// Stage 7 driven offscreen, as an accountant would: pick an invoice and its payment
// with the keyboard, read the running sum, letter them with Ctrl+L, undo and redo;
// enter a payment by hand and letter it partially; import a bank statement and give
// a movement nobody was recognised in to the client; run the automatic lettering.

#include "app/ClientService.h"
#include "app/Labels.h"
#include "app/LetteringLabels.h"
#include "app/LetteringService.h"
#include "app/PaymentService.h"
#include "app/Settings.h"
#include "app/Workspace.h"
#include "store/LedgerRepository.h"
#include "support/CatchCompat.h"
#include "support/TestSupport.h"
#include "ui/BankLinesModel.h"
#include "ui/CollectJobRunner.h"
#include "ui/CollectPage.h"
#include "ui/LedgerTableModel.h"
#include "ui/LetteringReportDialog.h"
#include "ui/MainWindow.h"
#include "ui/WidgetDriving.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace pc::core;
using pc::app::Labels;
using pc::ui::CollectPage;
using pc::ui::LedgerTableModel;
using pc::ui::MainWindow;
using pc::ui::Page;

using pc::test::child;
using pc::test::typeInto;

namespace {

struct Fixture {
    pc::test::TempWorkspace t;
    pc::app::Settings settings;
    std::unique_ptr<MainWindow> window;
    qint64 clientId = 0;
    qint64 invoice = 0;      // FA000123, 1 440,00 €
    qint64 otherInvoice = 0; // FA000124, 300,00 €
    qint64 payment = 0;      // 1 440,00 € received

    Fixture()
    {
        // SIREN 732829320: the debtor of tests/data/bank/camt053_fr.xml.
        auto id = pc::app::ClientService(t.ws()).create(pc::test::completeClient("73282932", "Boulangerie Dupré"));
        REQUIRE(id.ok());
        clientId = *id;
        REQUIRE(pc::app::ClientService(t.ws()).open(clientId).ok());
        invoice = addInvoice("FA000123", Money::fromEuros(1440), pc::test::date("2026-10-01"));
        otherInvoice = addInvoice("FA000124", Money::fromEuros(300), pc::test::date("2026-10-15"));
        pc::app::PaymentInput input;
        input.companyId = clientId;
        input.date = pc::test::date("2026-11-18");
        input.amount = Money::fromEuros(1440);
        input.method = PaymentMethod::Transfer;
        input.reference = "VIR-0001";
        input.label = "Virement reçu";
        auto paid = pc::app::PaymentService(t.ws()).record(input);
        REQUIRE(paid.ok());
        payment = *paid;

        window = std::make_unique<MainWindow>(t.ws(), settings);
        window->resize(1360, 860);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        window->openClient(clientId, Page::Collect);
        REQUIRE(window->currentPage() == Page::Collect);
    }

    qint64 addInvoice(const std::string& piece, Money amount, Date date)
    {
        pc::receivables::LedgerEntry entry;
        entry.kind = pc::receivables::EntryKind::Invoice;
        entry.journal = "VE";
        entry.date = date;
        entry.dueDate = date.addDays(30);
        entry.piece = piece;
        entry.label = "Facture " + piece;
        entry.debit = amount;
        auto id = pc::store::LedgerRepository(t.ws().db()).addEntry(clientId, entry, {}, t->stamp());
        REQUIRE(id.ok());
        return *id;
    }

    CollectPage* page() { return window->collectPage(); }
    QTableView* view() { return page()->ledgerView(); }
    LedgerTableModel* model() { return page()->ledgerModel(); }

    // What is open on the entry today, as the service reads it.
    Money open(qint64 entryId)
    {
        for (const auto& line : pc::app::LetteringService(t.ws()).ledgerOf(clientId, t->clock().today(), false))
            if (line.entry.id == entryId)
                return line.open;
        FAIL("no entry " << entryId);
        return {};
    }

    QString letterShown(qint64 entryId)
    {
        const int row = model()->rowOf(entryId);
        REQUIRE(row >= 0);
        return model()->index(row, LedgerTableModel::LetterColumn).data().toString();
    }

    // Moves to the entry's row with the keyboard's current index and presses Space.
    void toggle(qint64 entryId)
    {
        const int row = model()->rowOf(entryId);
        REQUIRE(row >= 0);
        view()->setFocus();
        view()->selectionModel()->setCurrentIndex(model()->index(row, 0), QItemSelectionModel::NoUpdate);
        QTest::keyClick(view(), Qt::Key_Space);
    }

    QString sumText() { return child<QLabel>(page(), "selectionSumLabel")->text(); }
};

// The running sum under the ledger; the gap is green when the selection balances.
QString sum(Money debit, Money credit, Money gap, const char* colour)
{
    return QStringLiteral("Débit sélectionné : <b>%1</b> — Crédit sélectionné : <b>%2</b> — Écart : "
                          "<b><span style='color:%3'>%4</span></b>")
        .arg(Labels::money(debit), Labels::money(credit), QString::fromLatin1(colour), Labels::money(gap));
}

// Runs `answer` on the modal box once it is on screen; `seen` tells it was.
void whenAsked(bool& seen, std::function<void(QWidget*)> answer)
{
    QTimer::singleShot(0, [&seen, answer] {
        QWidget* modal = QApplication::activeModalWidget();
        REQUIRE(modal != nullptr);
        seen = true;
        answer(modal);
    });
}

void clickAccept(QWidget* modal)
{
    auto* box = qobject_cast<QMessageBox*>(modal);
    REQUIRE(box != nullptr);
    for (QAbstractButton* b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::AcceptRole) {
            b->click();
            return;
        }
    FAIL("no accept button");
}

} // namespace

TEST_CASE("ui: manual lettering from the keyboard, undone and redone", "[ui][collect]")
{
    Fixture f;
    REQUIRE(f.model()->rowCount() == 3);
    REQUIRE(f.open(f.invoice) == Money::fromEuros(1440));
    auto* letter = child<QPushButton>(f.page(), "letterButton");
    REQUIRE_FALSE(letter->isEnabled());

    // Space on the invoice, then on the payment: the running sum follows.
    CHECK(f.sumText() == sum(Money(), Money(), Money(), "inherit"));
    f.toggle(f.invoice);
    CHECK(f.sumText() == sum(Money::fromEuros(1440), Money(), Money::fromEuros(1440), "#c0392b"));
    CHECK_FALSE(letter->isEnabled());
    f.toggle(f.payment);
    CHECK(f.sumText() == sum(Money::fromEuros(1440), Money::fromEuros(1440), Money(), "#1e8449"));
    CHECK(f.page()->selectedEntries() == std::vector<qint64>{f.invoice, f.payment});
    REQUIRE(letter->isEnabled());
    // Space again takes a row back out, and in again.
    f.toggle(f.otherInvoice);
    CHECK(f.sumText().contains(QStringLiteral("Débit sélectionné : <b>%1</b>").arg(Labels::money(Money::fromEuros(1740)))));
    f.toggle(f.otherInvoice);
    CHECK(f.sumText().contains(QStringLiteral("Débit sélectionné : <b>%1</b>").arg(Labels::money(Money::fromEuros(1440)))));

    // Ctrl+L letters them: one code on both, nothing open.
    QTest::keyClick(f.view(), Qt::Key_L, Qt::ControlModifier);
    const QString code = f.letterShown(f.invoice);
    REQUIRE_FALSE(code.isEmpty());
    CHECK(f.letterShown(f.payment) == code);
    CHECK(f.letterShown(f.otherInvoice).isEmpty());
    CHECK(f.open(f.invoice).isZero());
    CHECK(f.open(f.payment).isZero());
    CHECK(f.page()->selectedEntries().empty());
    REQUIRE(f.window->undoStack()->count() == 1);

    // Ctrl+Z: open again; Ctrl+Y: lettered again.
    QTest::keyClick(f.view(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.open(f.invoice) == Money::fromEuros(1440));
    CHECK(f.open(f.payment) == Money::fromEuros(1440));
    CHECK(f.letterShown(f.invoice).isEmpty());
    QTest::keyClick(f.view(), Qt::Key_Y, Qt::ControlModifier);
    CHECK(f.open(f.invoice).isZero());
    const QString again = f.letterShown(f.invoice);
    CHECK_FALSE(again.isEmpty());
    CHECK(f.letterShown(f.payment) == again);

    // Ctrl+Shift+L on the lettered invoice unletters its group; Ctrl+Z letters it again.
    f.toggle(f.invoice);
    REQUIRE(child<QPushButton>(f.page(), "unletterButton")->isEnabled());
    QTest::keyClick(f.view(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.open(f.invoice) == Money::fromEuros(1440));
    CHECK(f.letterShown(f.payment).isEmpty());
    QTest::keyClick(f.view(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.open(f.invoice).isZero());
    CHECK_FALSE(f.letterShown(f.payment).isEmpty());
    // And undoing the lettering itself still finds the group under its new code.
    QTest::keyClick(f.view(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.open(f.invoice) == Money::fromEuros(1440));
    CHECK(f.open(f.payment) == Money::fromEuros(1440));
    CHECK_FALSE(f.window->undoStack()->canUndo());
}

TEST_CASE("ui: a payment entered by hand, lettered partially after a question", "[ui][collect]")
{
    Fixture f;
    bool asked = false;
    whenAsked(asked, [](QWidget* modal) {
        REQUIRE(modal->objectName() == QStringLiteral("paymentDialog"));
        typeInto(child<QLineEdit>(modal, "paymentAmountEdit"), QStringLiteral("100,00"));
        typeInto(child<QLineEdit>(modal, "paymentReferenceEdit"), QStringLiteral("CHQ 7781"));
        auto* method = child<QComboBox>(modal, "paymentMethodCombo");
        REQUIRE(method->count() == 6);
        method->setCurrentIndex(method->findText(Labels::paymentMethod(PaymentMethod::Cheque)));
        child<QPushButton>(modal, "savePaymentButton")->click();
    });
    child<QPushButton>(f.page(), "recordPaymentButton")->click();
    REQUIRE(asked);
    REQUIRE(f.model()->rowCount() == 4);
    // The new payment is selected, ready to be set against its invoice.
    const std::vector<qint64> picked = f.page()->selectedEntries();
    REQUIRE(picked.size() == 1);
    const qint64 cheque = picked.front();
    CHECK(f.open(cheque) == Money::fromEuros(100));
    const int row = f.model()->rowOf(cheque);
    CHECK(f.model()->index(row, LedgerTableModel::PieceColumn).data().toString() == QStringLiteral("CHQ 7781"));
    CHECK(f.model()->index(row, LedgerTableModel::CreditColumn).data().toString() == Labels::money(Money::fromEuros(100)));

    f.toggle(f.otherInvoice);
    CHECK(f.sumText() == sum(Money::fromEuros(300), Money::fromEuros(100), Money::fromEuros(200), "#c0392b"));
    asked = false;
    whenAsked(asked, [](QWidget* modal) {
        REQUIRE(modal->objectName() == QStringLiteral("unbalancedLetteringBox"));
        clickAccept(modal);
    });
    REQUIRE(f.page()->letterSelected());
    REQUIRE(asked);
    CHECK(f.open(f.otherInvoice) == Money::fromEuros(200));
    CHECK(f.open(cheque).isZero());
    CHECK(f.letterShown(f.otherInvoice).isEmpty());

    // Undo gives the cheque back whole.
    f.window->undoStack()->undo();
    CHECK(f.open(f.otherInvoice) == Money::fromEuros(300));
    CHECK(f.open(cheque) == Money::fromEuros(100));
}

TEST_CASE("ui: a bank statement imported off the GUI thread, a movement given to the client", "[ui][collect]")
{
    Fixture f;
    auto* bank = f.page()->bankLinesModel();
    REQUIRE(bank->rowCount() == 0);
    QSignalSpy imported(f.page()->runner(), &pc::ui::CollectJobRunner::bankStatementImported);
    f.page()->importBankStatement(pc::test::testDataPath(QStringLiteral("bank/camt053_fr.xml")));
    REQUIRE(imported.wait(20000));
    const auto report = imported.front().front().value<pc::app::BankImportReport>();
    INFO((report.errors.empty() ? std::string() : report.errors.front().arg(0)));
    REQUIRE(report.ok());
    CHECK(report.payments >= 1);

    // The transfer of the client, recognised by its SIREN, is on its account…
    bool found = false;
    for (int row = 0; row < f.model()->rowCount(); ++row) {
        const auto& entry = f.model()->line(row).entry;
        if (entry.journal == "BQ" && entry.id != f.payment && entry.credit == Money::fromEuros(1440))
            found = true;
    }
    CHECK(found);
    // …the movements of unknown payers wait to be given out.
    REQUIRE(bank->rowCount() == report.unmatched);
    REQUIRE(bank->rowCount() >= 1);
    CHECK(child<QLabel>(f.page(), "bankLinesTitle")->text().contains(QStringLiteral("Mouvements à attribuer")));
    auto* box = f.page()->findChild<QMessageBox*>(QStringLiteral("bankImportReportBox"));
    REQUIRE(box != nullptr);
    CHECK(box->informativeText().contains(Labels::money(report.paid)));
    box->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Given to the client shown, the first one becomes its payment.
    const int rowsBefore = f.model()->rowCount();
    const qint64 lineId = bank->line(0).id;
    const Money amount = bank->line(0).amount;
    f.page()->bankLinesView()->selectRow(0);
    REQUIRE(child<QPushButton>(f.page(), "assignBankLineButton")->isEnabled());
    bool asked = false;
    whenAsked(asked, [](QWidget* modal) {
        REQUIRE(modal->objectName() == QStringLiteral("assignBankLineBox"));
        clickAccept(modal);
    });
    child<QPushButton>(f.page(), "assignBankLineButton")->click();
    REQUIRE(asked);
    CHECK(f.model()->rowCount() == rowsBefore + 1);
    CHECK(bank->rowCount() == report.unmatched - 1);
    for (int row = 0; row < bank->rowCount(); ++row)
        CHECK(bank->line(row).id != lineId);
    const std::vector<qint64> picked = f.page()->selectedEntries();
    REQUIRE(picked.size() == 1);
    CHECK(f.open(picked.front()) == amount);

    // The same file twice is refused, and says so.
    imported.clear();
    f.page()->importBankStatement(pc::test::testDataPath(QStringLiteral("bank/camt053_fr.xml")));
    REQUIRE(imported.wait(20000));
    CHECK_FALSE(imported.front().front().value<pc::app::BankImportReport>().ok());
    auto* refused = f.page()->findChild<QMessageBox*>(QStringLiteral("bankImportReportBox"));
    REQUIRE(refused != nullptr);
    CHECK(refused->icon() == QMessageBox::Warning);
    refused->close();
}

TEST_CASE("ui: the automatic lettering runs off the GUI thread and reports by rule", "[ui][collect]")
{
    Fixture f;
    QSignalSpy shown(f.page(), &CollectPage::letteringReportShown);
    f.page()->letterAutomatically();
    REQUIRE(shown.wait(20000));
    auto* dialog = f.page()->findChild<pc::ui::LetteringReportDialog*>(QStringLiteral("letteringReportDialog"));
    REQUIRE(dialog != nullptr);
    // The payment names no invoice but has the amount of FA000123.
    CHECK(f.open(f.invoice).isZero());
    CHECK(f.open(f.otherInvoice) == Money::fromEuros(300));
    CHECK_FALSE(f.letterShown(f.invoice).isEmpty());
    const QString summary = child<QLabel>(dialog, "letteringSummaryLabel")->text();
    CHECK(summary.contains(QStringLiteral("1 groupe(s) lettré(s)")));
    auto* rules = child<QTableView>(dialog, "letteringRulesView");
    bool amountRule = false;
    for (int row = 0; row < rules->model()->rowCount(); ++row)
        if (rules->model()->index(row, 0).data().toString() == pc::app::LetteringLabels::rule(pc::receivables::LetteringRule::Amount))
            amountRule = rules->model()->index(row, 1).data().toString() == QStringLiteral("1");
    CHECK(amountRule);
    dialog->close();
}
