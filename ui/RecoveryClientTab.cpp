#include "ui/RecoveryClientTab.h"

#include "app/ClientService.h"
#include "app/DisputeService.h"
#include "app/DunningService.h"
#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/PromiseService.h"
#include "app/Workspace.h"
#include "ui/ClientHeader.h"
#include "ui/DisputeDialogs.h"
#include "ui/DunningCallDialog.h"
#include "ui/PromiseDialog.h"
#include "ui/RecoveryDocumentDialog.h"
#include "app/RecoveryLabels.h"
#include "ui/RecoveryFormat.h"
#include "ui/RecoverySession.h"
#include "ui/SalesWidgets.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace pc::ui {

using core::Money;
using store::ActionRecord;

namespace {

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

QGroupBox* boxWith(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

RecoveryClientTab::RecoveryClientTab(RecoverySession& session, QWidget* parent)
    : RecoveryTab(session, parent),
      m_history(new RecordTableModel<ActionRecord>(
          {{tr("Date"), [](const ActionRecord& a) { return app::Labels::date(a.doneOn.value_or(a.plannedOn)); }},
           {tr("Étape"), [](const ActionRecord& a) { return app::RecoveryLabels::stepCode(a.stepCode); }},
           {tr("Canal"), [](const ActionRecord& a) { return app::RecoveryLabels::channelCode(a.channel); }},
           {tr("Statut"), [](const ActionRecord& a) { return app::RecoveryLabels::actionStatus(a.status); }},
           {tr("Montant"),
            [](const ActionRecord& a) { return a.amount.isZero() ? QString() : app::Labels::money(a.amount); }},
           {tr("Résultat"),
            [](const ActionRecord& a) {
                return a.outcome.empty() ? QString() : app::RecoveryLabels::callOutcomeCode(a.outcome);
            }},
           {tr("Note"), [](const ActionRecord& a) { return QString::fromStdString(a.note); }},
           {tr("Prochaine action"), [](const ActionRecord& a) { return app::Labels::date(a.nextActionOn); }},
           {tr("Document"),
            [](const ActionRecord& a) { return QFileInfo(QString::fromStdString(a.document)).fileName(); }}},
          this)),
      m_promises(RecoveryColumns::promiseModel(session, false, this)),
      m_disputes(RecoveryColumns::disputeModel(session, false, this)),
      m_penalties(new RecordTableModel<app::InvoicePenaltyRow>(
          {{tr("Facture"), [](const app::InvoicePenaltyRow& r) { return QString::fromStdString(r.piece); }},
           {tr("Échéance"), [](const app::InvoicePenaltyRow& r) { return app::Labels::date(r.dueDate); }},
           {tr("Reste dû"), [](const app::InvoicePenaltyRow& r) { return app::Labels::money(r.open); }},
           {tr("En litige"),
            [](const app::InvoicePenaltyRow& r) {
                return r.disputed.isZero() ? QString() : app::Labels::money(r.disputed);
            }},
           {tr("Retard"), [](const app::InvoicePenaltyRow& r) { return tr("%n j", nullptr, r.penalty.daysLate); }},
           {tr("Taux"), [](const app::InvoicePenaltyRow& r) { return RecoveryFormat::rate(r.penalty.rate); }},
           {tr("Pénalités"), [](const app::InvoicePenaltyRow& r) { return app::Labels::money(r.penalty.penalty); }},
           {tr("Indemnité"),
            [](const app::InvoicePenaltyRow& r) { return app::Labels::money(r.penalty.indemnity); }}},
          this))
{
    setObjectName(QStringLiteral("recoveryClientTab"));
    m_history->setRoleProvider([](const ActionRecord& a, int column, int role) -> QVariant {
        if (role == Qt::TextAlignmentRole && column == 4)
            return rightAligned();
        if (role == Qt::ToolTipRole && column == 8 && !a.document.empty())
            return tr("%1\nDouble-cliquez pour l'ouvrir.").arg(QString::fromStdString(a.document));
        if (role == Qt::ToolTipRole && column == 6 && !a.note.empty())
            return QString::fromStdString(a.note);
        return {};
    });
    m_penalties->setRoleProvider([](const app::InvoicePenaltyRow& r, int column, int role) -> QVariant {
        if (role == Qt::TextAlignmentRole && column >= 2)
            return rightAligned();
        if (role == Qt::ToolTipRole && column == 5 && r.penalty.periods.size() > 1)
            return tr("Le retard court sur %n semestre(s), chacun à son taux.", nullptr,
                      static_cast<int>(r.penalty.periods.size()));
        return {};
    });

    m_header = new ClientHeader(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("clientRecoverySummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_empty = new QLabel(tr("Choisissez un client dans le plan du jour, ou tapez son SIREN ou son nom dans la "
                            "recherche (Ctrl+F)."),
                         this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_content = new QWidget(this);
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_header);
    content->addWidget(m_summary);
    content->addWidget(makeButtons());
    content->addWidget(makeHistoryBox(), 2);
    content->addWidget(makeSideBoxes(), 1);
    content->addWidget(makePenaltiesBox(), 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_empty, 1);
}

QWidget* RecoveryClientTab::makeButtons()
{
    auto* row = new QWidget(this);
    QPushButton* call = button(tr("&Noter un appel…"), "clientNoteCallButton", row);
    QPushButton* promise = button(tr("Nouvelle prome&sse…"), "clientNewPromiseButton", row);
    QPushButton* dispute = button(tr("Nouveau liti&ge…"), "clientNewDisputeButton", row);
    QPushButton* statement = button(tr("&Relevé de compte…"), "clientStatementButton", row);
    statement->setToolTip(tr("Aperçu du relevé des pièces ouvertes du client, à imprimer ou envoyer"));
    QPushButton* ledger = button(tr("Voir le compte (étape 7)"), "clientLedgerButton", row);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* b : {call, promise, dispute, statement})
        layout->addWidget(b);
    layout->addStretch(1);
    layout->addWidget(ledger);
    connect(call, &QPushButton::clicked, this, &RecoveryClientTab::noteCall);
    connect(promise, &QPushButton::clicked, this, &RecoveryClientTab::newPromise);
    connect(dispute, &QPushButton::clicked, this, &RecoveryClientTab::newDispute);
    connect(statement, &QPushButton::clicked, this, &RecoveryClientTab::previewStatement);
    connect(ledger, &QPushButton::clicked, this, [this] {
        if (session().client())
            emit ledgerRequested(*session().client());
    });
    return row;
}

QWidget* RecoveryClientTab::makeHistoryBox()
{
    m_historyView = makeDocumentView(m_history, "historyView", this);
    m_historyView->horizontalHeader()->setStretchLastSection(false);
    m_historyView->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    connect(m_historyView, &QTableView::activated, this, [this](const QModelIndex& index) { openDocument(index.row()); });
    return boxWith(tr("Historique des relances"), m_historyView, this);
}

QWidget* RecoveryClientTab::makeSideBoxes()
{
    auto* row = new QWidget(this);
    QTableView* promises = makeDocumentView(m_promises, "clientPromisesView", row);
    QTableView* disputes = makeDocumentView(m_disputes, "clientDisputesView", row);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(boxWith(tr("Promesses de paiement"), promises, row), 1);
    layout->addWidget(boxWith(tr("Litiges"), disputes, row), 1);
    return row;
}

QWidget* RecoveryClientTab::makePenaltiesBox()
{
    auto* box = new QGroupBox(tr("Pénalités de retard et indemnités forfaitaires (L441-10, D441-5)"), this);
    QTableView* view = makeDocumentView(m_penalties, "penaltiesView", box);
    // Amounts stay next to each other rather than the last one pushed to the far right.
    view->horizontalHeader()->setStretchLastSection(false);
    m_penaltyTotals = new QLabel(box);
    m_penaltyTotals->setObjectName(QStringLiteral("penaltyTotalsLabel"));
    m_penaltyTotals->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(view, 1);
    layout->addWidget(m_penaltyTotals);
    return box;
}

void RecoveryClientTab::refresh()
{
    const std::optional<qint64> client = session().client();
    const auto file = client ? app::ClientService(session().workspace()).byId(*client) : std::nullopt;
    m_content->setVisible(file.has_value());
    m_empty->setVisible(!file);
    m_header->showClient(file ? &*file : nullptr);
    if (!file) {
        m_history->setRecords({});
        m_promises->setRecords({});
        m_disputes->setRecords({});
        m_penalties->setRecords({});
        return;
    }
    app::Workspace& ws = session().workspace();
    m_history->setRecords(app::DunningService(ws).history(file->id));
    m_promises->setRecords(app::PromiseService(ws).promises(file->id, session().asOf()));
    m_disputes->setRecords(app::DisputeService(ws).disputes(file->id));
    showPenalties(file->id);
    updateSummary();
}

void RecoveryClientTab::showPenalties(qint64 clientId)
{
    auto penalties = app::PenaltyService(session().workspace()).penaltiesOf(clientId, session().asOf());
    if (!penalties) {
        m_totals.reset();
        m_penalties->setRecords({});
        m_penaltyTotals->setText(tr("<span style='color:#c0392b'>Pénalités non calculées : %1</span>")
                                     .arg(app::ErrorText::describe(penalties.error()).toHtmlEscaped()));
        return;
    }
    m_totals = *penalties;
    m_penalties->setRecords(penalties->invoices);
    m_penaltyTotals->setText(tr("Principal en retard <b>%1</b> — pénalités <b>%2</b> — indemnités <b>%3</b> — "
                                "total réclamable <b>%4</b>")
                                 .arg(app::Labels::money(penalties->principal), app::Labels::money(penalties->penalties),
                                      app::Labels::money(penalties->indemnities),
                                      app::Labels::money(penalties->principal + penalties->penalties
                                                         + penalties->indemnities)));
}

void RecoveryClientTab::updateSummary()
{
    int pending = 0;
    for (const app::PromiseView& p : m_promises->records())
        pending += p.status.state == receivables::PromiseState::Pending ? 1 : 0;
    int active = 0;
    Money disputed;
    for (const store::DisputeRecord& d : m_disputes->records())
        if (d.dispute.activeOn(session().asOf())) {
            ++active;
            disputed += d.dispute.amount;
        }
    QStringList parts;
    if (m_totals)
        parts << tr("En retard au %1 : <b>%2</b>").arg(app::Labels::date(session().asOf()),
                                                      app::Labels::money(m_totals->principal));
    parts << tr("%n action(s) de relance", nullptr, m_history->rowCount());
    parts << tr("%n promesse(s) en attente", nullptr, pending);
    parts << tr("%n litige(s) en cours (%1)", nullptr, active).arg(app::Labels::money(disputed));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

bool RecoveryClientTab::openDocument(int row)
{
    if (row < 0 || row >= m_history->rowCount())
        return false;
    const QString path = QString::fromStdString(m_history->records()[static_cast<std::size_t>(row)].document);
    if (path.isEmpty()) {
        emit statusMessage(tr("Cette action n'a pas de document."));
        return false;
    }
    if (!QFileInfo::exists(path)) {
        showError(tr("Document introuvable"), tr("%1 n'existe plus : il a été déplacé ou supprimé.").arg(path));
        return false;
    }
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void RecoveryClientTab::noteCall()
{
    const std::optional<qint64> client = session().client();
    if (!client)
        return;
    Money owed = m_totals ? m_totals->principal : Money();
    DunningCallDialog dialog(session().workspace(),
                             {*client, session().clientName(*client), session().clientKey(*client), std::nullopt, owed},
                             this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Appel noté pour %1.").arg(session().clientName(*client)));
}

void RecoveryClientTab::newPromise()
{
    PromiseDialog dialog(session().workspace(), session().client(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Promesse enregistrée : les relances du client attendent son échéance."));
}

void RecoveryClientTab::newDispute()
{
    DisputeDialog dialog(session().workspace(), session().client(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Litige ouvert : son montant sort des relances jusqu'à sa résolution."));
}

void RecoveryClientTab::previewStatement()
{
    const std::optional<qint64> client = session().client();
    if (!client)
        return;
    auto dialog = RecoveryDocumentDialog::create(session().workspace(), *client, "statement", session().asOf(),
                                                 tr("relevé").toStdString(), std::nullopt, this);
    if (!dialog) {
        showError(tr("Relevé impossible"), dialog.error());
        return;
    }
    (*dialog)->setAttribute(Qt::WA_DeleteOnClose);
    (*dialog)->open();
}

} // namespace pc::ui
