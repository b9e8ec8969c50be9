#include "ui/DisputeDialogs.h"

#include "app/Clock.h"
#include "app/DisputeService.h"
#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/LetteringService.h"
#include "app/Workspace.h"
#include "ui/FieldFeedback.h"
#include "ui/ClientSearchBox.h"
#include "ui/RecoveryClientPicker.h"
#include "app/RecoveryLabels.h"
#include "ui/SalesWidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pc::ui {

using receivables::DisputeReason;
using receivables::DisputeStatus;

namespace {

QDialogButtonBox* okCancel(QDialog* dialog, const QString& ok, const char* okName)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(ok);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QString::fromLatin1(okName));
    buttons->button(QDialogButtonBox::Cancel)->setText(QCoreApplication::translate("pc::ui::DisputeDialog", "Annuler"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

// An empty field means "all of it": the service takes the whole amount.
std::optional<core::Result<core::Money>> optionalMoney(const QLineEdit* edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    return core::Money::parse(text.toStdString());
}

} // namespace

DisputeDialog::DisputeDialog(app::Workspace& workspace, std::optional<qint64> clientId, QWidget* parent)
    : QDialog(parent),
      m_ws(workspace),
      m_client(new RecoveryClientPicker(workspace, this)),
      m_invoice(new QComboBox(this)),
      m_amount(new QLineEdit(this)),
      m_reason(new QComboBox(this)),
      m_owner(new QLineEdit(workspace.actor(), this)),
      m_note(new QLineEdit(this)),
      m_problem(makeProblemLabel("disputeProblemLabel", this))
{
    setObjectName(QStringLiteral("disputeDialog"));
    setWindowTitle(tr("Nouveau litige"));
    m_invoice->setObjectName(QStringLiteral("disputeInvoiceCombo"));
    m_amount->setObjectName(QStringLiteral("disputeAmountEdit"));
    m_amount->setPlaceholderText(tr("vide : tout le montant ouvert"));
    m_reason->setObjectName(QStringLiteral("disputeReasonCombo"));
    for (const DisputeReason r : {DisputeReason::Price, DisputeReason::Quantity, DisputeReason::Quality,
                                  DisputeReason::Delivery, DisputeReason::BillingError, DisputeReason::Duplicate,
                                  DisputeReason::Other})
        m_reason->addItem(app::RecoveryLabels::disputeReason(r), static_cast<int>(r));
    m_owner->setObjectName(QStringLiteral("disputeOwnerEdit"));
    m_owner->setToolTip(tr("Qui instruit le litige : le commercial, la logistique, la comptabilité…"));
    m_note->setObjectName(QStringLiteral("disputeNoteEdit"));
    m_note->setPlaceholderText(tr("ce que le client conteste"));

    auto* hint = makeHintLabel(this);
    hint->setText(tr("Le montant en litige sort des relances et apparaît à part dans l'encours jusqu'à sa résolution."));
    auto* form = new QFormLayout;
    form->addRow(tr("C&lient :"), m_client);
    form->addRow(tr("&Facture :"), m_invoice);
    form->addRow(tr("&Montant contesté :"), m_amount);
    form->addRow(tr("Mo&tif :"), m_reason);
    form->addRow(tr("&Responsable :"), m_owner);
    form->addRow(tr("&Note :"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(okCancel(this, tr("Ouvrir le litige"), "saveDisputeButton"));
    setMinimumWidth(520);

    connect(m_client, &RecoveryClientPicker::clientChanged, this, &DisputeDialog::loadInvoices);
    m_client->setClient(clientId);
    m_invoice->setFocus();
}

void DisputeDialog::loadInvoices()
{
    m_invoice->clear();
    if (!m_client->clientId())
        return;
    const auto lines = app::LetteringService(m_ws).ledgerOf(*m_client->clientId(), m_ws.clock().today(), true);
    for (const app::LedgerLine& line : lines) {
        if (!line.entry.isDebit() || !line.open.isPositive())
            continue;
        const QString piece = QString::fromStdString(line.entry.piece);
        m_invoice->addItem(tr("%1 — %2 ouverts, échéance %3")
                               .arg(piece, app::Labels::money(line.open), app::Labels::date(line.entry.dueDate)),
                           piece);
    }
}

void DisputeDialog::accept()
{
    for (QWidget* field : {static_cast<QWidget*>(m_invoice), static_cast<QWidget*>(m_amount)})
        markValid(field);
    if (!m_client->clientId())
        return refuse(m_client->searchBox(), tr("Choisissez le client."));
    app::DisputeInput input;
    input.client = m_client->clientKey();
    input.invoice = m_invoice->currentData().toString();
    if (const auto amount = optionalMoney(m_amount)) {
        if (!*amount)
            return refuse(m_amount, app::ErrorText::message(amount->error()));
        input.amount = **amount;
    }
    input.reason = static_cast<DisputeReason>(m_reason->currentData().toInt());
    input.owner = m_owner->text().trimmed().toStdString();
    input.note = m_note->text().trimmed().toStdString();
    if (auto id = app::DisputeService(m_ws).open(input); !id)
        return refuse(fieldOf(id.error()), app::ErrorText::describe(id.error()));
    QDialog::accept();
}

QWidget* DisputeDialog::fieldOf(const core::Error& error) const
{
    if (error.where.field == "invoice")
        return m_invoice;
    if (error.where.field == "amount" || error.code == core::ErrorCode::TotalMismatch)
        return m_amount;
    if (error.where.field == "client")
        return m_client->searchBox();
    return nullptr;
}

void DisputeDialog::refuse(QWidget* field, const QString& message)
{
    if (field) {
        markInvalid(field, message);
        field->setFocus();
    }
    showProblem(m_problem, message);
}

DisputeResolutionDialog::DisputeResolutionDialog(app::Workspace& workspace, const store::DisputeRecord& record,
                                                 const QString& clientName, QWidget* parent)
    : QDialog(parent),
      m_ws(workspace),
      m_record(record),
      m_status(new QComboBox(this)),
      m_amount(new QLineEdit(this)),
      m_note(new QLineEdit(this)),
      m_problem(makeProblemLabel("resolveProblemLabel", this))
{
    setObjectName(QStringLiteral("disputeResolutionDialog"));
    setWindowTitle(tr("Résoudre le litige"));
    m_status->setObjectName(QStringLiteral("resolutionCombo"));
    m_status->addItem(tr("Avoir du montant contesté"), static_cast<int>(DisputeStatus::ResolvedCreditNote));
    m_status->addItem(tr("Rejeté : la facture est due"), static_cast<int>(DisputeStatus::ResolvedRejected));
    m_status->addItem(tr("Avoir partiel"), static_cast<int>(DisputeStatus::ResolvedPartially));
    m_amount->setObjectName(QStringLiteral("resolutionAmountEdit"));
    m_note->setObjectName(QStringLiteral("resolutionNoteEdit"));
    m_note->setPlaceholderText(tr("ce qui a été décidé, avec qui"));

    auto* intro = new QLabel(tr("Litige sur la facture <b>%1</b> de <b>%2</b> : %3 contestés (%4).")
                                 .arg(QString::fromStdString(m_record.piece).toHtmlEscaped(),
                                      clientName.toHtmlEscaped(), app::Labels::money(m_record.dispute.amount),
                                      app::RecoveryLabels::disputeReason(m_record.dispute.reason).toLower()),
                             this);
    intro->setWordWrap(true);
    auto* hint = makeHintLabel(this);
    hint->setText(tr("Un avoir s'émet sur la série des factures (étape 6) et s'inscrit au compte du client."));
    auto* form = new QFormLayout;
    form->addRow(tr("&Décision :"), m_status);
    form->addRow(tr("Montant de l'&avoir TTC :"), m_amount);
    form->addRow(tr("&Note :"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(okCancel(this, tr("Résoudre"), "saveResolutionButton"));
    setMinimumWidth(480);
    connect(m_status, &QComboBox::currentIndexChanged, this, &DisputeResolutionDialog::statusChanged);
    statusChanged();
}

void DisputeResolutionDialog::statusChanged()
{
    const auto status = static_cast<DisputeStatus>(m_status->currentData().toInt());
    m_amount->setEnabled(status != DisputeStatus::ResolvedRejected);
    m_amount->setPlaceholderText(status == DisputeStatus::ResolvedCreditNote
                                     ? tr("vide : %1").arg(app::Labels::money(m_record.dispute.amount))
                                     : status == DisputeStatus::ResolvedPartially ? tr("obligatoire") : QString());
}

void DisputeResolutionDialog::accept()
{
    markValid(m_amount);
    app::DisputeResolution resolution;
    resolution.status = static_cast<DisputeStatus>(m_status->currentData().toInt());
    resolution.note = m_note->text().trimmed().toStdString();
    if (m_amount->isEnabled()) {
        if (const auto amount = optionalMoney(m_amount)) {
            if (!*amount)
                return refuse(m_amount, app::ErrorText::message(amount->error()));
            resolution.creditAmount = **amount;
        }
    }
    if (auto status = app::DisputeService(m_ws).resolve(m_record.dispute.id, resolution); !status)
        return refuse(status.error().where.field == "amount" ? m_amount : nullptr,
                      app::ErrorText::describe(status.error()));
    QDialog::accept();
}

void DisputeResolutionDialog::refuse(QWidget* field, const QString& message)
{
    if (field) {
        markInvalid(field, message);
        field->setFocus();
    }
    showProblem(m_problem, message);
}

} // namespace pc::ui
