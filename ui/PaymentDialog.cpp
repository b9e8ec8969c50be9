#include "ui/PaymentDialog.h"

#include "app/Clock.h"
#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/PaymentService.h"
#include "app/Workspace.h"
#include "core/Money.h"
#include "ui/FieldFeedback.h"
#include "ui/SalesWidgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pc::ui {

PaymentDialog::PaymentDialog(app::Workspace& workspace, qint64 clientId, const QString& clientName,
                             std::optional<core::PaymentMethod> method, QWidget* parent)
    : QDialog(parent),
      m_ws(workspace),
      m_client(clientId),
      m_date(makeDateEdit(this)),
      m_amount(new QLineEdit(this)),
      m_method(new QComboBox(this)),
      m_reference(new QLineEdit(this)),
      m_label(new QLineEdit(this)),
      m_problem(makeProblemLabel("paymentProblemLabel", this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Saisir un règlement"));
    m_date->setObjectName(QStringLiteral("paymentDateEdit"));
    m_date->setDate(app::toQDate(workspace.clock().today()));
    m_date->setMaximumDate(app::toQDate(workspace.clock().today()));
    m_amount->setObjectName(QStringLiteral("paymentAmountEdit"));
    m_amount->setPlaceholderText(tr("ex. 1 234,56"));
    m_method->setObjectName(QStringLiteral("paymentMethodCombo"));
    for (const core::PaymentMethod m : core::allPaymentMethods())
        m_method->addItem(app::Labels::paymentMethod(m), static_cast<int>(m));
    if (method)
        m_method->setCurrentIndex(m_method->findData(static_cast<int>(*method)));
    m_reference->setObjectName(QStringLiteral("paymentReferenceEdit"));
    m_reference->setPlaceholderText(tr("n° de chèque, référence du virement"));
    m_label->setObjectName(QStringLiteral("paymentLabelEdit"));
    m_label->setPlaceholderText(tr("factures réglées, p. ex. « FA000123 FA000131 »"));
    m_label->setToolTip(tr("Les numéros de facture cités ici guident le lettrage automatique."));

    auto* intro = new QLabel(tr("Règlement reçu de <b>%1</b> : il s'inscrit au crédit de son compte, puis se lettre "
                                "avec les factures qu'il solde.")
                                 .arg(clientName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Date :"), m_date);
    form->addRow(tr("&Montant :"), m_amount);
    form->addRow(tr("Mode de &règlement :"), m_method);
    form->addRow(tr("Ré&férence :"), m_reference);
    form->addRow(tr("&Libellé :"), m_label);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enregistrer le règlement"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("savePaymentButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_amount->setFocus();
}

void PaymentDialog::accept()
{
    for (QWidget* field : {static_cast<QWidget*>(m_amount), static_cast<QWidget*>(m_date)})
        markValid(field);
    const auto amount = core::Money::parse(m_amount->text().trimmed().toStdString());
    if (!amount)
        return refuse(m_amount, app::ErrorText::message(amount.error()));
    app::PaymentInput payment;
    payment.companyId = m_client;
    payment.date = app::fromQDate(m_date->date());
    payment.amount = *amount;
    payment.method = static_cast<core::PaymentMethod>(m_method->currentData().toInt());
    payment.reference = m_reference->text().trimmed().toStdString();
    const QString label = m_label->text().trimmed();
    payment.label = (label.isEmpty() ? tr("Règlement reçu — %1").arg(m_method->currentText()) : label).toStdString();
    auto recorded = app::PaymentService(m_ws).record(payment);
    if (!recorded)
        return refuse(fieldOf(recorded.error()), app::ErrorText::describe(recorded.error()));
    m_recorded = *recorded;
    QDialog::accept();
}

QWidget* PaymentDialog::fieldOf(const core::Error& error) const
{
    if (error.where.field == "amount")
        return m_amount;
    if (error.where.field == "date")
        return m_date;
    return nullptr;
}

void PaymentDialog::refuse(QWidget* field, const QString& message)
{
    if (field) {
        markInvalid(field, message);
        field->setFocus();
    }
    showProblem(m_problem, message);
}

} // namespace pc::ui
