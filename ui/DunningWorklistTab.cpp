#include "ui/DunningWorklistTab.h"

#include "app/Labels.h"
#include "app/Workspace.h"
#include "ui/DunningCallDialog.h"
#include "ui/DunningJobRunner.h"
#include "ui/DunningPlanModel.h"
#include "ui/RecoveryDocumentDialog.h"
#include "app/RecoveryLabels.h"
#include "ui/RecoveryFormat.h"
#include "ui/RecoverySession.h"
#include "ui/SalesWidgets.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::ui {

using core::Money;

namespace {

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

// The reasons that call for a look first: a promise to follow, a dispute to settle.
int holdRank(const std::string& reason)
{
    static const std::string order[] = {"promise_pending", "disputed", "paused", "below_minimum"};
    return static_cast<int>(std::find(std::begin(order), std::end(order), reason) - std::begin(order));
}

// As high as its rows, between two and `most`: the worklist above keeps the room.
void fitRows(QTableView* view, int rows, int most)
{
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height()
                         + std::clamp(rows, 2, most) * view->verticalHeader()->defaultSectionSize()
                         + 2 * view->frameWidth());
}

QString fileLink(const QString& path)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QUrl::fromLocalFile(path).toString().toHtmlEscaped(), QFileInfo(path).fileName().toHtmlEscaped());
}

} // namespace

DunningWorklistTab::DunningWorklistTab(RecoverySession& session, QWidget* parent)
    : RecoveryTab(session, parent),
      m_runner(std::make_unique<DunningJobRunner>(session.workspace().db().location(),
                                                  session.workspace().sharedClock(), session.workspace().actor())),
      m_plan(new DunningPlanModel(this)),
      m_tasks(new RecordTableModel<TaskRow>(
          {{tr("Prévue le"), [](const TaskRow& t) { return app::Labels::date(t.action.plannedOn); }},
           {tr("Client"), [](const TaskRow& t) { return t.name; }},
           {tr("SIREN"), [](const TaskRow& t) { return RecoveryFormat::siren(t.siren.toStdString()); }},
           {tr("Tâche"), [](const TaskRow& t) { return app::RecoveryLabels::stepCode(t.action.stepCode); }},
           {tr("Canal"), [](const TaskRow& t) { return app::RecoveryLabels::channelCode(t.action.channel); }},
           {tr("Montant"), [](const TaskRow& t) { return app::Labels::money(t.action.amount); }},
           {tr("Pièces"), [](const TaskRow& t) { return QString::number(t.action.items.size()); }}},
          this)),
      m_held(new RecordTableModel<app::HeldClient>(
          {{tr("Client"), [](const app::HeldClient& h) { return QString::fromStdString(h.name); }},
           {tr("SIREN"), [](const app::HeldClient& h) { return RecoveryFormat::siren(h.siren); }},
           {tr("Motif"),
            [](const app::HeldClient& h) { return app::RecoveryLabels::holdReason(h.hold); }}},
          this))
{
    setObjectName(QStringLiteral("dunningWorklistTab"));
    m_tasks->setRoleProvider([](const TaskRow& t, int column, int role) -> QVariant {
        if (role == Qt::TextAlignmentRole && (column == 5 || column == 6))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole) {
            QStringList pieces;
            for (const store::ActionItem& item : t.action.items)
                pieces << QStringLiteral("%1 — %2").arg(QString::fromStdString(item.piece),
                                                        app::Labels::money(item.amount));
            return pieces.join(QLatin1Char('\n'));
        }
        return {};
    });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("worklistSummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_documents = new QLabel(this);
    m_documents->setObjectName(QStringLiteral("lastDocumentsLabel"));
    m_documents->setTextFormat(Qt::RichText);
    m_documents->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_documents->setWordWrap(true);
    m_documents->hide();
    connect(m_documents, &QLabel::linkActivated, this, [](const QString& link) { QDesktopServices::openUrl(QUrl(link)); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makePlanBox(), 3);
    layout->addWidget(makeTasksBox());
    layout->addWidget(makeHeldBox());
    layout->addWidget(m_documents);

    m_confirmAction = addShortcut(tr("Confirmer et envoyer"), QKeySequence(tr("Ctrl+Return")), "confirmAction");
    m_previewAction = addShortcut(tr("Aperçu du document"), QKeySequence(tr("Ctrl+D")), "previewAction");
    m_callAction = addShortcut(tr("Noter l'appel"), QKeySequence(tr("Ctrl+T")), "noteCallAction");
    connect(m_confirmAction, &QAction::triggered, this, &DunningWorklistTab::confirmSelected);
    connect(m_previewAction, &QAction::triggered, this, &DunningWorklistTab::previewSelected);
    connect(m_callAction, &QAction::triggered, this, &DunningWorklistTab::noteCall);
    const auto withKeys = [](const QString& text, const QAction* action) {
        return QStringLiteral("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText));
    };
    m_confirmButton->setToolTip(withKeys(tr("Écrit le document de l'action choisie dans le dossier des relances, ou "
                                            "ajoute l'appel aux tâches"),
                                         m_confirmAction));
    m_previewButton->setToolTip(withKeys(tr("Montre le document tel qu'il partira"), m_previewAction));
    m_callButton->setToolTip(withKeys(tr("Note le résultat de l'appel choisi, ou d'un appel au client choisi"),
                                      m_callAction));

    connect(m_runner.get(), &DunningJobRunner::finished, this, &DunningWorklistTab::batchDone);
    updateButtons();
}

DunningWorklistTab::~DunningWorklistTab() = default;

QAction* DunningWorklistTab::addShortcut(const QString& text, const QKeySequence& keys, const char* name)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

QWidget* DunningWorklistTab::makePlanBox()
{
    auto* box = new QGroupBox(tr("Actions du jour"), this);
    m_batchButton = button(tr("Envoyer le lot automati&que…"), "sendBatchButton", box);
    m_batchButton->setToolTip(tr("Écrit, hors de l'interface, les documents des étapes qui ne demandent pas de "
                                 "confirmation"));
    m_planView = makeDocumentView(m_plan, "worklistView", box);
    m_planView->setTabKeyNavigation(false);
    QHeaderView* header = m_planView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DunningPlanModel::ClientColumn, QHeaderView::Stretch);
    m_confirmButton = button(tr("Confirmer et envo&yer"), "confirmActionButton", box);
    m_previewButton = button(tr("Aperçu du d&ocument"), "previewDocumentButton", box);
    m_callButton = button(tr("&Noter l'appel…"), "noteCallButton", box);
    auto* hint = makeHintLabel(box);
    hint->setWordWrap(false);
    hint->setText(tr("Entrée ouvre l'aperçu ; un double-clic sur une tâche note l'appel."));

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_batchButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_confirmButton);
    bottom->addWidget(m_previewButton);
    bottom->addWidget(m_callButton);
    bottom->addSpacing(12);
    bottom->addWidget(hint, 1);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(top);
    layout->addWidget(m_planView, 1);
    layout->addLayout(bottom);

    connect(m_planView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DunningWorklistTab::planSelectionChanged);
    connect(m_planView, &QTableView::activated, this, &DunningWorklistTab::previewSelected);
    connect(m_confirmButton, &QPushButton::clicked, this, &DunningWorklistTab::confirmSelected);
    connect(m_previewButton, &QPushButton::clicked, this, &DunningWorklistTab::previewSelected);
    connect(m_callButton, &QPushButton::clicked, this, &DunningWorklistTab::noteCall);
    connect(m_batchButton, &QPushButton::clicked, this, &DunningWorklistTab::askAutomaticBatch);
    return box;
}

QWidget* DunningWorklistTab::makeTasksBox()
{
    auto* box = new QWidget(this);
    m_tasksTitle = new QLabel(box);
    m_tasksTitle->setObjectName(QStringLiteral("tasksTitle"));
    m_tasksTitle->setTextFormat(Qt::RichText);
    m_tasksView = makeDocumentView(m_tasks, "tasksView", box);
    m_tasksView->horizontalHeader()->setStretchLastSection(false);
    m_tasksView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tasksTitle);
    layout->addWidget(m_tasksView);
    connect(m_tasksView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DunningWorklistTab::taskSelectionChanged);
    connect(m_tasksView, &QTableView::activated, this, &DunningWorklistTab::noteCall);
    return box;
}

QWidget* DunningWorklistTab::makeHeldBox()
{
    auto* box = new QWidget(this);
    m_heldToggle = new QToolButton(box);
    m_heldToggle->setObjectName(QStringLiteral("heldToggle"));
    m_heldToggle->setCheckable(true);
    m_heldToggle->setAutoRaise(true);
    m_heldToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_heldToggle->setArrowType(Qt::RightArrow);
    m_heldView = makeDocumentView(m_held, "heldView", box);
    m_heldView->hide();
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heldToggle);
    layout->addWidget(m_heldView);
    connect(m_heldToggle, &QToolButton::toggled, this, [this](bool open) {
        m_heldToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_heldView->setVisible(open);
    });
    connect(m_heldView, &QTableView::activated, this, [this](const QModelIndex& index) {
        session().setClient(m_held->records()[static_cast<std::size_t>(index.row())].hold.companyId);
    });
    return box;
}

void DunningWorklistTab::refresh()
{
    const int row = selectedRow(m_planView);
    const qint64 selected = row >= 0 ? m_plan->action(row).companyId : 0;
    app::DunningService service(session().workspace());
    app::DunningPlanView plan = service.plan(session().asOf());
    std::vector<app::HeldClient> held = plan.held;
    std::stable_sort(held.begin(), held.end(),
                     [](const auto& a, const auto& b) { return holdRank(a.hold.reason) < holdRank(b.hold.reason); });
    m_plan->setPlan(std::move(plan));
    m_held->setRecords(std::move(held));

    std::vector<TaskRow> tasks;
    for (store::ActionRecord& action : service.openTasks(session().asOf())) {
        const qint64 id = action.companyId;
        tasks.push_back({std::move(action), session().clientName(id), session().clientSiren(id)});
    }
    m_tasks->setRecords(std::move(tasks));

    // The client chosen stays chosen; once its action is done, the next one in the list is.
    int again = m_plan->rowOf(selected);
    if (again < 0 && row >= 0)
        again = std::min(row, m_plan->rowCount() - 1);
    if (again >= 0)
        m_planView->selectRow(again);
    updateSummary();
    updateButtons();
}

void DunningWorklistTab::updateSummary()
{
    const app::DunningPlanView& plan = m_plan->plan();
    Money total;
    int toConfirm = 0;
    for (const app::WorklistAction& a : plan.actions) {
        total += a.planned.amount;
        if (a.needsConfirmation)
            ++toConfirm;
    }
    const int count = m_plan->rowCount();
    m_summary->setText(count == 0
                           ? tr("<b>Aucune action</b> au %1 : chaque client est à jour de son scénario.")
                                 .arg(app::Labels::date(plan.asOf))
                           : tr("<b>%n action(s)</b> au %1 pour %2 — %3 à confirmer, %4 automatique(s)", nullptr, count)
                                 .arg(app::Labels::date(plan.asOf), app::Labels::money(total))
                                 .arg(toConfirm)
                                 .arg(count - toConfirm));
    const int tasks = m_tasks->rowCount();
    m_tasksTitle->setText(tasks == 0 ? tr("<b>Tâches à faire</b> : aucune.")
                                     : tr("<b>Tâches à faire</b> : %n appel(s) ou transmission(s) en attente", nullptr,
                                          tasks));
    fitRows(m_tasksView, tasks, 5);
    fitRows(m_heldView, m_held->rowCount(), 6);
    m_heldToggle->setText(tr("Clients en attente (%1) : promesse, litige, procédure ou montant sous le minimum")
                              .arg(m_held->rowCount()));
}

void DunningWorklistTab::planSelectionChanged()
{
    const int row = selectedRow(m_planView);
    if (row >= 0) {
        m_tasksView->clearSelection();
        session().setClient(m_plan->action(row).companyId);
    }
    updateButtons();
}

void DunningWorklistTab::taskSelectionChanged()
{
    const int row = selectedRow(m_tasksView);
    if (row >= 0) {
        m_planView->clearSelection();
        session().setClient(m_tasks->records()[static_cast<std::size_t>(row)].action.companyId);
    }
    updateButtons();
}

void DunningWorklistTab::updateButtons()
{
    const int row = selectedRow(m_planView);
    const bool action = row >= 0;
    const bool document = action && !m_plan->action(row).planned.step.templateCode.empty();
    const bool idle = !m_runner->isRunning();
    m_confirmButton->setEnabled(action && idle);
    m_confirmAction->setEnabled(action && idle);
    m_previewButton->setEnabled(document);
    m_previewAction->setEnabled(document);
    const bool call = action || selectedTask().has_value();
    m_callButton->setEnabled(call);
    m_callAction->setEnabled(call);
    m_batchButton->setEnabled(idle);
}

std::optional<qint64> DunningWorklistTab::selectedTask() const
{
    const int row = selectedRow(m_tasksView);
    if (row < 0)
        return std::nullopt;
    return m_tasks->records()[static_cast<std::size_t>(row)].action.id;
}

void DunningWorklistTab::selectClient(qint64 companyId)
{
    const int row = m_plan->rowOf(companyId);
    if (row >= 0 && row != selectedRow(m_planView))
        m_planView->selectRow(row);
}

bool DunningWorklistTab::confirmSelected()
{
    const int row = selectedRow(m_planView);
    if (row < 0 || m_runner->isRunning())
        return false;
    // A copy: the service's notice reads the plan again while it returns.
    const app::WorklistAction action = m_plan->action(row);
    auto done = app::DunningService(session().workspace()).carryOut(action, session().asOf(), session().outputFolder());
    if (!done) {
        showError(tr("Action non réalisée"), done.error());
        return false;
    }
    const QString name = QString::fromStdString(action.name);
    const QString step = app::RecoveryLabels::step(action.planned.step);
    if (done->task)
        emit statusMessage(tr("%1 — %2 : ajouté aux tâches à faire.").arg(name, step));
    else
        emit statusMessage(tr("%1 — %2 : document écrit, %3.").arg(name, step, app::Labels::money(done->amount)));
    if (!done->documents.isEmpty())
        showDocuments(done->documents);
    m_planView->setFocus();
    return true;
}

void DunningWorklistTab::showDocuments(const QStringList& paths)
{
    QStringList links;
    for (const QString& path : paths)
        links << fileLink(path);
    m_documents->setText(tr("Écrit(s) dans %1 : %2")
                             .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                                      .arg(QUrl::fromLocalFile(session().outputFolder()).toString().toHtmlEscaped(),
                                           QDir::toNativeSeparators(session().outputFolder()).toHtmlEscaped()),
                                  links.join(QStringLiteral(", "))));
    m_documents->show();
}

void DunningWorklistTab::previewSelected()
{
    const int row = selectedRow(m_planView);
    if (row < 0)
        return;
    const app::WorklistAction& action = m_plan->action(row);
    if (action.planned.step.templateCode.empty()) {
        emit statusMessage(tr("Un appel n'a pas de document : confirmez-le pour l'ajouter aux tâches."));
        return;
    }
    const std::set<qint64> only(action.planned.entryIds.begin(), action.planned.entryIds.end());
    auto dialog = RecoveryDocumentDialog::create(session().workspace(), action.companyId,
                                                 action.planned.step.templateCode, session().asOf(),
                                                 tr("aperçu").toStdString(), only, this);
    if (!dialog) {
        showError(tr("Aperçu impossible"), dialog.error());
        return;
    }
    (*dialog)->setAttribute(Qt::WA_DeleteOnClose);
    (*dialog)->open();
}

void DunningWorklistTab::noteCall()
{
    CallTarget target;
    if (const auto task = selectedTask()) {
        const TaskRow& t = m_tasks->records()[static_cast<std::size_t>(selectedRow(m_tasksView))];
        target = {t.action.companyId, t.name, session().clientKey(t.action.companyId), task, t.action.amount};
    } else if (const int row = selectedRow(m_planView); row >= 0) {
        const app::WorklistAction& a = m_plan->action(row);
        target = {a.companyId, QString::fromStdString(a.name), session().clientKey(a.companyId), std::nullopt,
                  a.planned.amount};
    } else {
        return;
    }
    DunningCallDialog dialog(session().workspace(), target, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(dialog.promise() ? tr("Appel noté pour %1, avec sa promesse de paiement : les relances "
                                             "attendent son échéance.")
                                              .arg(target.clientName)
                                        : tr("Appel noté pour %1.").arg(target.clientName));
}

void DunningWorklistTab::askAutomaticBatch()
{
    int automatic = 0;
    for (const app::WorklistAction& a : m_plan->plan().actions)
        automatic += a.needsConfirmation || a.planned.step.templateCode.empty() ? 0 : 1;
    QMessageBox box(QMessageBox::Question, tr("Lot automatique"),
                    tr("Envoyer les %n document(s) automatique(s) du %1 ?", nullptr, automatic)
                        .arg(app::Labels::date(session().asOf())),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("automaticBatchBox"));
    box.setInformativeText(tr("Ils seront écrits dans %1. Les actions à confirmer restent dans la liste.")
                               .arg(QDir::toNativeSeparators(session().outputFolder())));
    QPushButton* go = box.addButton(tr("&Envoyer"), QMessageBox::AcceptRole);
    box.button(QMessageBox::Cancel)->setText(tr("Annuler"));
    box.setDefaultButton(go);
    box.exec();
    if (box.clickedButton() == go)
        sendAutomaticBatch();
}

bool DunningWorklistTab::sendAutomaticBatch()
{
    if (!m_runner->sendAutomatic(session().asOf(), session().outputFolder()))
        return false;
    startProgress();
    return true;
}

void DunningWorklistTab::startProgress()
{
    delete m_progress;
    m_progress = new QProgressDialog(tr("Envoi du lot automatique du %1…").arg(app::Labels::date(session().asOf())),
                                     tr("Annuler"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("dunningProgress"));
    m_progress->setWindowTitle(tr("Recouvrer"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_runner.get(), &DunningJobRunner::cancel);
    connect(m_runner.get(), &DunningJobRunner::progress, m_progress, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    updateButtons();
}

void DunningWorklistTab::finishProgress()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    updateButtons();
}

void DunningWorklistTab::batchDone(const core::Result<app::DunningRunReport>& outcome)
{
    finishProgress();
    if (!outcome) {
        if (outcome.error().code == core::ErrorCode::Cancelled)
            emit statusMessage(tr("Lot automatique annulé : rien n'a été envoyé."));
        else
            showError(tr("Lot automatique refusé, rien n'a été envoyé"), outcome.error());
        emit batchFinished();
        return;
    }
    // The worker's workspace told its own notifier: the pages of this one must hear it.
    emit session().workspace().notifier().ledgerChanged();
    QStringList files;
    for (const app::DoneAction& done : outcome->done)
        files << done.documents;
    const QString summary = tr("Lot automatique du %1 : %n action(s) réalisée(s).", nullptr,
                               static_cast<int>(outcome->done.size()))
                                .arg(app::Labels::date(outcome->asOf));
    emit statusMessage(summary);
    if (!files.isEmpty())
        showDocuments(files);
    if (isVisible()) {
        auto* box = new QMessageBox(QMessageBox::Information, tr("Lot automatique"), summary, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("dunningBatchReportBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(tr("%n document(s) écrit(s) dans %1.\n", nullptr, static_cast<int>(files.size()))
                                    .arg(QDir::toNativeSeparators(session().outputFolder()))
                                + tr("%n action(s) attendent votre confirmation.", nullptr,
                                     outcome->waitingConfirmation));
        if (!files.isEmpty())
            box->setDetailedText(files.join(QLatin1Char('\n')));
        box->open();
    }
    emit batchFinished();
}

} // namespace pc::ui
