#include "ui/CheckApprovalDialog.h"

#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "ui/CheckDecisionView.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pc::ui {

using risk::CheckDecision;

CheckApprovalDialog::CheckApprovalDialog(app::Workspace& workspace, const app::CreditCheckOutcome& outcome,
                                         const QString& operation, QWidget* parent)
    : QDialog(parent),
      m_decision(outcome.result.decision),
      m_mayOverride(app::SharedSettings(workspace).mayOverride(workspace.actor())),
      m_view(new CheckDecisionView(this)),
      m_explanation(new QLabel(this)),
      m_reason(new QLineEdit(this)),
      m_proceed(new QPushButton(this)),
      m_cancel(new QPushButton(tr("Ne pas continuer"), this))
{
    setObjectName(QStringLiteral("checkApprovalDialog"));
    setWindowTitle(tr("Contrôle de crédit — %1").arg(operation));
    m_view->showOutcome(outcome);
    m_explanation->setObjectName(QStringLiteral("approvalExplanation"));
    m_explanation->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_reason->setPlaceholderText(tr("pourquoi passer outre, et qui l'a décidé"));
    m_proceed->setObjectName(QStringLiteral("proceedButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    const bool block = m_decision == CheckDecision::Block;
    if (!block) {
        m_explanation->setText(tr("Le contrôle signale des alertes. Vérifiez-les avant de continuer."));
        m_proceed->setText(tr("Confirmer malgré les alertes"));
    } else if (m_mayOverride) {
        m_explanation->setText(tr("Le contrôle bloque l'opération. Vous pouvez passer outre en indiquant le motif, "
                                  "qui sera inscrit au journal d'audit."));
        m_proceed->setText(tr("Passer outre le blocage"));
    } else {
        m_explanation->setText(tr("Le contrôle bloque l'opération et l'utilisateur « %1 » n'a pas le droit de passer "
                                  "outre. Demandez à un responsable du crédit.")
                                   .arg(workspace.actor()));
        m_explanation->setStyleSheet(QStringLiteral("color:#c0392b"));
        m_proceed->setText(tr("Passer outre le blocage"));
    }

    auto* form = new QFormLayout;
    form->addRow(tr("Motif de la dérogation :"), m_reason);
    const bool askReason = block && m_mayOverride;
    m_reason->setVisible(askReason);
    form->labelForField(m_reason)->setVisible(askReason);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_proceed, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    m_cancel->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(640);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &CheckApprovalDialog::updateProceed);
    updateProceed();
}

void CheckApprovalDialog::updateProceed()
{
    const bool block = m_decision == CheckDecision::Block;
    m_proceed->setEnabled(!block || (m_mayOverride && !m_reason->text().trimmed().isEmpty()));
}

app::CheckApproval CheckApprovalDialog::approval() const
{
    app::CheckApproval approval;
    approval.acceptWarnings = true;
    if (m_decision == CheckDecision::Block)
        approval.overrideReason = m_reason->text().trimmed();
    return approval;
}

std::optional<app::CheckApproval> CheckApprovalDialog::ask(app::Workspace& workspace,
                                                           const app::CreditCheckOutcome& outcome,
                                                           const QString& operation, QWidget* parent)
{
    if (outcome.result.decision == CheckDecision::Ok)
        return app::CheckApproval{};
    CheckApprovalDialog dialog(workspace, outcome, operation, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.approval();
}

} // namespace pc::ui
