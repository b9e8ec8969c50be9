// Stage 8 driven offscreen, as a collector would: read the day's worklist, confirm a
// reminder with Ctrl+Entrée and find it in the client's history with its document on
// disk; confirm a call, note its outcome with a promise and see the client held; open
// a dispute through its dialog and read the statistics; send the automatic batch off
// the GUI thread; preview a letter; edit a template, undo; prepare an injonction.

#include "app/ClientService.h"
#include "app/DunningService.h"
#include "app/Labels.h"
#include "app/PromiseService.h"
#include "app/RecoveryLetter.h"
#include "app/Settings.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "core/Siren.h"
#include "store/LedgerRepository.h"
#include "support/CatchCompat.h"
#include "support/TestSupport.h"
#include "ui/CycleNavigator.h"
#include "ui/DisputesTab.h"
#include "ui/DunningPlanModel.h"
#include "ui/DunningWorklistTab.h"
#include "ui/FieldFeedback.h"
#include "ui/LegalFilesTab.h"
#include "ui/MainWindow.h"
#include "ui/PromisesTab.h"
#include "ui/RecoveryClientTab.h"
#include "ui/RecoveryDocumentDialog.h"
#include "ui/RecoveryPage.h"
#include "ui/RecoverySession.h"
#include "ui/TemplateEditorTab.h"
#include "ui/WidgetDriving.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace pc::core;
using pc::app::Labels;
using pc::ui::DunningPlanModel;
using pc::ui::MainWindow;
using pc::ui::Page;
using pc::ui::RecoveryPage;

using pc::test::child;
using pc::test::typeInto;

namespace {

// On 23/11/2026, with the standard scenario: Dupré's invoice is 18 days late (the
// second reminder, a letter to confirm), Rhône's 27 days (the call), Vidal's 8 days
// (the first reminder, an automatic e-mail).
struct Fixture {
    pc::test::TempWorkspace t;
    pc::app::Settings settings;
    std::unique_ptr<MainWindow> window;
    qint64 dupre = 0;
    qint64 rhone = 0;
    qint64 vidal = 0;
    QString folder;

    Fixture()
    {
        // The creditor every letter names.
        pc::core::SellerIdentity seller;
        seller.name = "Négoce Durand Emballages";
        seller.siren = *pc::core::Siren::parse("443061841");
        seller.address = {"18 rue de l'Industrie", "", "69007", "Lyon", "FR"};
        REQUIRE(pc::app::SharedSettings(t.ws()).setSeller(seller).ok());
        dupre = addClient("73282932", "Boulangerie Dupré");
        rhone = addClient("55208131", "Électricité du Rhône");
        vidal = addClient("40483304", "Transports Vidal");
        addInvoice(dupre, "FA000201", Money::fromEuros(1440), pc::test::date("2026-11-05"));
        addInvoice(rhone, "FA000202", Money::fromEuros(2400), pc::test::date("2026-10-27"));
        addInvoice(vidal, "FA000203", Money::fromEuros(600), pc::test::date("2026-11-15"));

        window = std::make_unique<MainWindow>(t.ws(), settings);
        window->resize(1360, 860);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        folder = QDir(t.folder()).filePath(QStringLiteral("relances"));
        page()->session().setOutputFolder(folder);
        window->showPage(Page::Recover);
        REQUIRE(window->currentPage() == Page::Recover);
    }

    qint64 addClient(const std::string& sirenPayload, const std::string& name)
    {
        auto id = pc::app::ClientService(t.ws()).create(pc::test::completeClient(sirenPayload, name));
        REQUIRE(id.ok());
        REQUIRE(pc::app::ClientService(t.ws()).open(*id).ok());
        return *id;
    }

    void addInvoice(qint64 clientId, const std::string& piece, Money amount, Date dueDate)
    {
        pc::receivables::LedgerEntry entry;
        entry.kind = pc::receivables::EntryKind::Invoice;
        entry.journal = "VE";
        entry.date = dueDate.addDays(-30);
        entry.dueDate = dueDate;
        entry.piece = piece;
        entry.label = "Facture " + piece;
        entry.debit = amount;
        REQUIRE(pc::store::LedgerRepository(t.ws().db()).addEntry(clientId, entry, {}, t->stamp()).ok());
    }

    RecoveryPage* page() { return window->recoveryPage(); }
    pc::ui::DunningWorklistTab* worklist() { return page()->worklistTab(); }
    DunningPlanModel* plan() { return worklist()->planModel(); }

    QString planCell(qint64 clientId, int column)
    {
        const int row = plan()->rowOf(clientId);
        REQUIRE(row >= 0);
        return plan()->index(row, column).data().toString();
    }

    // The worklist's row of the client, chosen from the keyboard's point of view.
    void selectAction(qint64 clientId)
    {
        const int row = plan()->rowOf(clientId);
        REQUIRE(row >= 0);
        worklist()->planView()->setFocus();
        worklist()->planView()->selectRow(row);
    }

    const pc::app::HeldClient* held(qint64 clientId)
    {
        for (const pc::app::HeldClient& h : worklist()->heldModel()->records())
            if (h.hold.companyId == clientId)
                return &h;
        return nullptr;
    }
};

// Runs `answer` on the modal dialog once it is on screen; `seen` tells it was.
void whenAsked(bool& seen, std::function<void(QWidget*)> answer)
{
    QTimer::singleShot(0, [&seen, answer] {
        QWidget* modal = QApplication::activeModalWidget();
        REQUIRE(modal != nullptr);
        seen = true;
        answer(modal);
    });
}

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("ui: stage 8 is enabled and shows the day's worklist, ranked", "[ui][recovery]")
{
    Fixture f;
    CHECK(f.window->navigator()->isPageEnabled(Page::Recover));
    REQUIRE(f.plan()->rowCount() == 3);
    // Amount at risk weighted by age: Rhône first, then Dupré, then Vidal.
    CHECK(f.plan()->action(0).companyId == f.rhone);
    CHECK(f.plan()->action(2).companyId == f.vidal);
    CHECK(f.planCell(f.dupre, DunningPlanModel::StepColumn) == QStringLiteral("2e relance"));
    CHECK(f.planCell(f.dupre, DunningPlanModel::ChannelColumn) == QStringLiteral("Courrier"));
    CHECK(f.planCell(f.dupre, DunningPlanModel::SendingColumn) == QStringLiteral("à confirmer"));
    CHECK(f.planCell(f.dupre, DunningPlanModel::AmountColumn) == Labels::money(Money::fromEuros(1440)));
    CHECK(f.planCell(f.dupre, DunningPlanModel::DaysLateColumn) == QStringLiteral("18 j"));
    CHECK(f.planCell(f.dupre, DunningPlanModel::SirenColumn) == QStringLiteral("732 829 320"));
    CHECK(f.planCell(f.dupre, DunningPlanModel::SalesRepColumn) == QStringLiteral("Julie Marchand"));
    CHECK(f.planCell(f.rhone, DunningPlanModel::StepColumn) == QStringLiteral("Appel téléphonique"));
    CHECK(f.planCell(f.vidal, DunningPlanModel::StepColumn) == QStringLiteral("1re relance"));
    CHECK(f.planCell(f.vidal, DunningPlanModel::SendingColumn) == QStringLiteral("automatique"));
    CHECK(child<QLabel>(f.page(), "worklistSummaryLabel")->text().contains(QStringLiteral("3 action(s)")));
}

TEST_CASE("ui: a reminder confirmed with Ctrl+Entrée leaves the worklist for the history, its letter on disk",
          "[ui][recovery]")
{
    Fixture f;
    f.selectAction(f.dupre);
    QTest::keyClick(f.worklist()->planView(), Qt::Key_Return, Qt::ControlModifier);

    CHECK(f.plan()->rowOf(f.dupre) < 0);
    CHECK(f.plan()->rowCount() == 2);
    const auto history = pc::app::DunningService(f.t.ws()).history(f.dupre);
    REQUIRE(history.size() == 1);
    CHECK(history.front().stepCode == "reminder_2");
    CHECK(history.front().status == "done");
    const QString document = QString::fromStdString(history.front().document);
    REQUIRE(QFileInfo::exists(document));
    CHECK(QFileInfo(document).absolutePath() == QFileInfo(f.folder).absoluteFilePath());
    CHECK(child<QLabel>(f.page(), "lastDocumentsLabel")->text().contains(QFileInfo(document).fileName()));
    // Nothing more is due for Dupré today: its next step is the call, at due date + 25.
    CHECK(f.held(f.dupre) == nullptr);
    CHECK(f.plan()->plan().nextStepOn.at(f.dupre) == pc::test::date("2026-11-30"));

    // Its history, on the client tab.
    f.page()->setClient(f.dupre);
    f.page()->showTab(RecoveryPage::Tab::Client);
    auto* history_ = f.page()->clientTab()->historyModel();
    REQUIRE(history_->rowCount() == 1);
    CHECK(history_->index(0, 1).data().toString() == QStringLiteral("2e relance"));
    CHECK(history_->index(0, 3).data().toString() == QStringLiteral("Fait"));
    CHECK(history_->index(0, 8).data().toString() == QFileInfo(document).fileName());
    // The invoice is 18 days late: penalties and the 40 € indemnity are counted.
    auto* penalties = f.page()->clientTab()->penaltiesModel();
    REQUIRE(penalties->rowCount() == 1);
    CHECK(penalties->records().front().penalty.daysLate == 18);
    CHECK(penalties->records().front().penalty.indemnity == Money::fromEuros(40));
}

TEST_CASE("ui: a call confirmed joins the tasks; its outcome noted with a promise holds the client", "[ui][recovery]")
{
    Fixture f;
    f.selectAction(f.rhone);
    REQUIRE(f.worklist()->confirmSelected());
    REQUIRE(f.worklist()->tasksModel()->rowCount() == 1);
    CHECK(f.worklist()->tasksModel()->records().front().action.companyId == f.rhone);
    CHECK(f.plan()->rowOf(f.rhone) < 0);

    f.worklist()->tasksView()->setFocus();
    f.worklist()->tasksView()->selectRow(0);
    bool asked = false;
    whenAsked(asked, [](QWidget* modal) {
        REQUIRE(modal->objectName() == QStringLiteral("dunningCallDialog"));
        choose(child<QComboBox>(modal, "callOutcomeCombo"), QStringLiteral("promise"));
        // Choosing a promise opens its fields, the amount due proposed.
        REQUIRE(child<QGroupBox>(modal, "callPromiseBox")->isChecked());
        CHECK(child<QLineEdit>(modal, "callPromiseAmountEdit")->text() == pc::ui::moneyEditText(Money::fromEuros(2400)));
        typeInto(child<QLineEdit>(modal, "callPromiseContactEdit"), QStringLiteral("M. Caron"));
        typeInto(child<QLineEdit>(modal, "callNoteEdit"), QStringLiteral("Virement promis pour lundi"));
        child<QPushButton>(modal, "saveCallButton")->click();
    });
    QTest::keyClick(f.worklist()->tasksView(), Qt::Key_T, Qt::ControlModifier);
    REQUIRE(asked);

    CHECK(f.worklist()->tasksModel()->rowCount() == 0);
    const auto promises = pc::app::PromiseService(f.t.ws()).promises(f.rhone, f.t->clock().today());
    REQUIRE(promises.size() == 1);
    CHECK(promises.front().record.promise.amount == Money::fromEuros(2400));
    CHECK(promises.front().record.contact == "M. Caron");
    CHECK(promises.front().status.state == pc::receivables::PromiseState::Pending);
    const pc::app::HeldClient* held = f.held(f.rhone);
    REQUIRE(held != nullptr);
    CHECK(held->hold.reason == "promise_pending");
    const int heldRow = [&] {
        const auto& records = f.worklist()->heldModel()->records();
        for (std::size_t row = 0; row < records.size(); ++row)
            if (records[row].hold.companyId == f.rhone)
                return static_cast<int>(row);
        return -1;
    }();
    CHECK(f.worklist()->heldModel()->index(heldRow, 2).data().toString().startsWith(
        QStringLiteral("Promesse de paiement en attente")));
    const auto history = pc::app::DunningService(f.t.ws()).history(f.rhone);
    REQUIRE(history.size() == 1);
    CHECK(history.front().status == "done");
    CHECK(history.front().outcome == "promise");

    // Every promise, on its tab.
    f.page()->showTab(RecoveryPage::Tab::Promises);
    auto* model = f.page()->promisesTab()->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 1).data().toString() == QStringLiteral("Électricité du Rhône"));
    CHECK(model->index(0, 6).data().toString() == QStringLiteral("En attente"));
}

TEST_CASE("ui: a dispute opened through its dialog, refused first, counts in the statistics", "[ui][recovery]")
{
    Fixture f;
    f.page()->setClient(f.dupre);
    f.page()->showTab(RecoveryPage::Tab::Disputes);
    auto* stats = child<QLabel>(f.page(), "disputeStatsLabel");
    CHECK(stats->text().contains(QStringLiteral("0 litige(s) en cours")));

    bool asked = false;
    whenAsked(asked, [](QWidget* modal) {
        REQUIRE(modal->objectName() == QStringLiteral("disputeDialog"));
        auto* invoice = child<QComboBox>(modal, "disputeInvoiceCombo");
        REQUIRE(invoice->count() == 1);
        CHECK(invoice->currentData().toString() == QStringLiteral("FA000201"));
        choose(child<QComboBox>(modal, "disputeReasonCombo"), static_cast<int>(pc::receivables::DisputeReason::Quality));
        typeInto(child<QLineEdit>(modal, "disputeNoteEdit"), QStringLiteral("Pains livrés brûlés"));
        // More than is open: refused, the typing kept.
        typeInto(child<QLineEdit>(modal, "disputeAmountEdit"), QStringLiteral("5000"));
        child<QPushButton>(modal, "saveDisputeButton")->click();
        REQUIRE(modal->isVisible());
        CHECK(child<QLabel>(modal, "disputeProblemLabel")->isVisible());
        CHECK(child<QLineEdit>(modal, "disputeNoteEdit")->text() == QStringLiteral("Pains livrés brûlés"));
        typeInto(child<QLineEdit>(modal, "disputeAmountEdit"), QStringLiteral("200"));
        child<QPushButton>(modal, "saveDisputeButton")->click();
    });
    child<QPushButton>(f.page(), "newDisputeButton")->click();
    REQUIRE(asked);

    auto* disputes = f.page()->disputesTab()->model();
    REQUIRE(disputes->rowCount() == 1);
    CHECK(disputes->records().front().dispute.amount == Money::fromEuros(200));
    CHECK(disputes->records().front().dispute.reason == pc::receivables::DisputeReason::Quality);
    CHECK(stats->text().contains(QStringLiteral("1 litige(s) en cours")));
    CHECK(stats->text().contains(Labels::money(Money::fromEuros(200))));
    // The disputed part leaves the dunning: what is claimed from Dupré drops.
    f.page()->showTab(RecoveryPage::Tab::Worklist);
    CHECK(f.planCell(f.dupre, DunningPlanModel::AmountColumn) == Labels::money(Money::fromEuros(1240)));

    // Investigated by the current user.
    f.page()->showTab(RecoveryPage::Tab::Disputes);
    f.page()->disputesTab()->view()->selectRow(0);
    child<QPushButton>(f.page(), "investigateDisputeButton")->click();
    REQUIRE(disputes->rowCount() == 1);
    CHECK(disputes->records().front().dispute.status == pc::receivables::DisputeStatus::Investigating);
    CHECK(disputes->records().front().dispute.owner == "tester");
}

TEST_CASE("ui: the automatic batch runs off the GUI thread and leaves what needs a person", "[ui][recovery]")
{
    Fixture f;
    QSignalSpy finished(f.worklist(), &pc::ui::DunningWorklistTab::batchFinished);
    REQUIRE(f.worklist()->sendAutomaticBatch());
    REQUIRE(finished.wait(20000));

    CHECK(f.plan()->rowOf(f.vidal) < 0);
    CHECK(f.plan()->rowOf(f.dupre) >= 0);
    CHECK(f.plan()->rowOf(f.rhone) >= 0);
    const auto history = pc::app::DunningService(f.t.ws()).history(f.vidal);
    REQUIRE(history.size() == 1);
    CHECK(history.front().stepCode == "reminder_1");
    const QFileInfo pdf(QString::fromStdString(history.front().document));
    REQUIRE(pdf.exists());
    // An e-mail step leaves the message to send beside its PDF.
    CHECK(QFileInfo::exists(pdf.absolutePath() + QLatin1Char('/') + pdf.completeBaseName() + QStringLiteral(".eml")));
    auto* box = f.worklist()->findChild<QMessageBox*>(QStringLiteral("dunningBatchReportBox"));
    REQUIRE(box != nullptr);
    CHECK(box->text().contains(QStringLiteral("1 action(s)")));
    box->close();
}

TEST_CASE("ui: a letter previewed before it goes, and saved as an e-mail draft", "[ui][recovery]")
{
    Fixture f;
    f.selectAction(f.dupre);
    QTest::keyClick(f.worklist()->planView(), Qt::Key_D, Qt::ControlModifier);
    auto* dialog = f.worklist()->findChild<pc::ui::RecoveryDocumentDialog*>(QStringLiteral("recoveryDocumentDialog"));
    REQUIRE(dialog != nullptr);
    const QString text = dialog->browser()->toPlainText();
    CHECK(text.contains(QStringLiteral("Boulangerie Dupré")));
    CHECK(text.contains(QStringLiteral("FA000201")));
    auto eml = dialog->writeEmail(f.t.folder());
    REQUIRE(eml.ok());
    QFile file(*eml);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray message = file.readAll();
    CHECK(message.contains("To: "));
    CHECK(message.contains("compta@example.fr"));
    CHECK(message.contains("application/pdf"));
    // Nothing was recorded by looking.
    CHECK(pc::app::DunningService(f.t.ws()).history(f.dupre).empty());
    dialog->close();
}

TEST_CASE("ui: a template edited with a live preview, refused when broken, saved, undone", "[ui][recovery]")
{
    Fixture f;
    f.page()->showTab(RecoveryPage::Tab::Documents);
    pc::ui::TemplateEditorTab* editor = f.page()->templatesTab();
    editor->selectTemplate(QStringLiteral("reminder"), QStringLiteral("fr"));
    const QString builtIn = editor->bodyEdit()->toPlainText();
    REQUIRE_FALSE(builtIn.isEmpty());
    pc::app::DocumentTemplates templates(f.t.ws());
    REQUIRE_FALSE(templates.isEdited(QStringLiteral("reminder"), QStringLiteral("fr")));

    // An unclosed section does not parse: refused with the parser's message.
    editor->bodyEdit()->setPlainText(builtIn + QStringLiteral("{{#overdue}}"));
    CHECK_FALSE(editor->save());
    CHECK(child<QLabel>(editor, "templateProblemLabel")->isVisible());
    CHECK_FALSE(templates.isEdited(QStringLiteral("reminder"), QStringLiteral("fr")));

    editor->bodyEdit()->setPlainText(builtIn + QStringLiteral("<p>Merci de votre confiance.</p>"));
    editor->renderPreview();
    CHECK(editor->preview()->toPlainText().contains(QStringLiteral("Merci de votre confiance.")));
    REQUIRE(editor->save());
    CHECK(templates.isEdited(QStringLiteral("reminder"), QStringLiteral("fr")));
    CHECK(templates.effective(QStringLiteral("reminder"), QStringLiteral("fr")).body.contains(QStringLiteral("Merci")));

    // Ctrl+Z gives the built-in template back; redo the team's version.
    f.window->undoStack()->undo();
    CHECK_FALSE(templates.isEdited(QStringLiteral("reminder"), QStringLiteral("fr")));
    CHECK(editor->bodyEdit()->toPlainText() == builtIn);
    f.window->undoStack()->redo();
    CHECK(templates.isEdited(QStringLiteral("reminder"), QStringLiteral("fr")));
    CHECK(editor->bodyEdit()->toPlainText().contains(QStringLiteral("Merci de votre confiance.")));
}

TEST_CASE("ui: an injonction de payer request prepared as a PDF stops the client's dunning", "[ui][recovery]")
{
    Fixture f;
    f.page()->setClient(f.rhone);
    f.page()->showTab(RecoveryPage::Tab::Legal);
    pc::ui::LegalFilesTab* legal = f.page()->legalTab();
    REQUIRE(legal->prepareInjonction());
    REQUIRE(legal->filesModel()->rowCount() == 1);
    const pc::app::LegalFileView& file = legal->filesModel()->records().front();
    CHECK(file.record.companyId == f.rhone);
    CHECK(file.record.principal == Money::fromEuros(2400));
    CHECK(QFileInfo::exists(QString::fromStdString(file.record.document)));
    CHECK(legal->filesModel()->index(0, 3).data().toString() == QStringLiteral("Injonction de payer"));
    // A client in legal recovery gets no reminder.
    f.page()->showTab(RecoveryPage::Tab::Worklist);
    CHECK(f.plan()->rowOf(f.rhone) < 0);
    const pc::app::HeldClient* held = f.held(f.rhone);
    REQUIRE(held != nullptr);
    CHECK(held->hold.reason == "paused");
}
