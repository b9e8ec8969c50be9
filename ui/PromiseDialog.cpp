#include "ui/PromiseDialog.h"

#include "app/Clock.h"
#include "app/ErrorText.h"
#include "app/PromiseService.h"
#include "app/Workspace.h"
#include "ui/FieldFeedback.h"
#include "ui/ClientSearchBox.h"
#include "ui/RecoveryClientPicker.h"
#include "ui/SalesWidgets.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pc::ui {

namespace {

// What a client usually asks for.
constexpr int kPromiseDays = 7;

} // namespace

PromiseDialog::PromiseDialog(app::Workspace& workspace, std::optional<qint64> clientId, QWidget* parent)
    : QDialog(parent),
      m_ws(workspace),
      m_client(new RecoveryClientPicker(workspace, this)),
      m_amount(new QLineEdit(this)),
      m_date(makeDateEdit(this)),
      m_contact(new QLineEdit(this)),
      m_note(new QLineEdit(this)),
      m_problem(makeProblemLabel("promiseProblemLabel", this))
{
    setObjectName(QStringLiteral("promiseDialog"));
    setWindowTitle(tr("Nouvelle promesse de paiement"));
    const core::Date today = workspace.clock().today();
    m_amount->setObjectName(QStringLiteral("promiseAmountEdit"));
    m_amount->setPlaceholderText(tr("ex. 1 234,56"));
    m_date->setObjectName(QStringLiteral("promiseDateEdit"));
    m_date->setMinimumDate(app::toQDate(today));
    m_date->setDate(app::toQDate(today.addDays(kPromiseDays)));
    m_contact->setObjectName(QStringLiteral("promiseContactEdit"));
    m_contact->setPlaceholderText(tr("qui s'est engagé"));
    m_note->setObjectName(QStringLiteral("promiseNoteEdit"));

    auto* hint = makeHintLabel(this);
    hint->setText(tr("Tant qu'elle court, les relances du client attendent ; non tenue, elles reprennent une étape "
                     "plus haut."));
    auto* form = new QFormLayout;
    form->addRow(tr("C&lient :"), m_client);
    form->addRow(tr("&Montant :"), m_amount);
    form->addRow(tr("Payé &le :"), m_date);
    form->addRow(tr("&Interlocuteur :"), m_contact);
    form->addRow(tr("&Note :"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enregistrer la promesse"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("savePromiseButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PromiseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_client->setClient(clientId);
    m_amount->setFocus();
}

void PromiseDialog::accept()
{
    for (QWidget* field : {static_cast<QWidget*>(m_amount), static_cast<QWidget*>(m_date)})
        markValid(field);
    if (!m_client->clientId())
        return refuse(m_client->searchBox(), tr("Choisissez le client."));
    const auto amount = core::Money::parse(m_amount->text().trimmed().toStdString());
    if (!amount)
        return refuse(m_amount, app::ErrorText::message(amount.error()));
    app::PromiseInput input;
    input.client = m_client->clientKey();
    input.amount = *amount;
    input.promisedFor = app::fromQDate(m_date->date());
    input.contact = m_contact->text().trimmed().toStdString();
    input.note = m_note->text().trimmed().toStdString();
    if (auto id = app::PromiseService(m_ws).add(input); !id) {
        const std::string& field = id.error().where.field;
        return refuse(field == "amount" ? static_cast<QWidget*>(m_amount)
                                        : field == "date" ? static_cast<QWidget*>(m_date) : nullptr,
                      app::ErrorText::describe(id.error()));
    }
    QDialog::accept();
}

void PromiseDialog::refuse(QWidget* field, const QString& message)
{
    if (field) {
        markInvalid(field, message);
        field->setFocus();
    }
    showProblem(m_problem, message);
}

} // namespace pc::ui
