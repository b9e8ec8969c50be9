#include "ui/DunningCallDialog.h"

#include "app/Clock.h"
#include "app/DunningService.h"
#include "app/ErrorText.h"
#include "app/PromiseService.h"
#include "app/Workspace.h"
#include "ui/FieldFeedback.h"
#include "app/RecoveryLabels.h"
#include "ui/SalesWidgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pc::ui {

namespace {

// A week is what a client usually asks for to pay what it promises on the phone.
constexpr int kPromiseDays = 7;

} // namespace

DunningCallDialog::DunningCallDialog(app::Workspace& workspace, CallTarget target, QWidget* parent)
    : QDialog(parent),
      m_ws(workspace),
      m_target(std::move(target)),
      m_outcome(new QComboBox(this)),
      m_note(new QLineEdit(this)),
      m_next(makeOptionalDateEdit(this)),
      m_promiseBox(new QGroupBox(tr("Promesse de paiement"), this)),
      m_amount(new QLineEdit(m_promiseBox)),
      m_promisedFor(makeDateEdit(m_promiseBox)),
      m_contact(new QLineEdit(m_promiseBox)),
      m_problem(makeProblemLabel("callProblemLabel", this))
{
    setObjectName(QStringLiteral("dunningCallDialog"));
    setWindowTitle(tr("Noter l'appel"));
    const core::Date today = workspace.clock().today();
    m_outcome->setObjectName(QStringLiteral("callOutcomeCombo"));
    for (const app::CallOutcome o : {app::CallOutcome::Reached, app::CallOutcome::NoAnswer, app::CallOutcome::Promise,
                                     app::CallOutcome::Dispute, app::CallOutcome::WrongContact, app::CallOutcome::Refused})
        m_outcome->addItem(app::RecoveryLabels::callOutcome(o), QString::fromLatin1(app::toCode(o).data()));
    m_note->setObjectName(QStringLiteral("callNoteEdit"));
    m_note->setPlaceholderText(tr("ce que le client a dit, à qui vous avez parlé"));
    m_next->setObjectName(QStringLiteral("callNextDateEdit"));
    m_next->setToolTip(tr("Le jour où rappeler ou agir ; vide si rien n'est prévu."));
    m_promiseBox->setObjectName(QStringLiteral("callPromiseBox"));
    m_promiseBox->setCheckable(true);
    m_promiseBox->setChecked(false);
    m_amount->setObjectName(QStringLiteral("callPromiseAmountEdit"));
    m_amount->setText(moneyEditText(m_target.owed));
    m_promisedFor->setObjectName(QStringLiteral("callPromiseDateEdit"));
    m_promisedFor->setMinimumDate(app::toQDate(today));
    m_promisedFor->setDate(app::toQDate(today.addDays(kPromiseDays)));
    m_contact->setObjectName(QStringLiteral("callPromiseContactEdit"));
    m_contact->setPlaceholderText(tr("qui s'est engagé"));

    auto* promiseForm = new QFormLayout(m_promiseBox);
    promiseForm->addRow(tr("&Montant :"), m_amount);
    promiseForm->addRow(tr("Payé &le :"), m_promisedFor);
    promiseForm->addRow(tr("&Interlocuteur :"), m_contact);

    const QString intro = m_target.taskId
        ? tr("Appel de relance à <b>%1</b> : son résultat clôt la tâche.")
        : tr("Appel à <b>%1</b>, en dehors du scénario de relance.");
    auto* introLabel = new QLabel(intro.arg(m_target.clientName.toHtmlEscaped()), this);
    introLabel->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Résultat :"), m_outcome);
    form->addRow(tr("&Note :"), m_note);
    form->addRow(tr("&Prochaine action le :"), m_next);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enregistrer l'appel"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveCallButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DunningCallDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A promise is what the call obtained: choosing the outcome opens its fields.
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        if (m_outcome->currentData().toString() == QLatin1String("promise"))
            m_promiseBox->setChecked(true);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_promiseBox);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_outcome->setFocus();
}

void DunningCallDialog::accept()
{
    for (QWidget* field : {static_cast<QWidget*>(m_amount), static_cast<QWidget*>(m_promisedFor)})
        markValid(field);
    // A promise already recorded on a first try is not recorded twice.
    if (m_promiseBox->isChecked() && !m_promise && !recordPromise())
        return;
    if (!recordCall())
        return;
    QDialog::accept();
}

bool DunningCallDialog::recordPromise()
{
    const auto amount = core::Money::parse(m_amount->text().trimmed().toStdString());
    if (!amount) {
        refuse(m_amount, app::ErrorText::message(amount.error()));
        return false;
    }
    app::PromiseInput input;
    input.client = m_target.clientKey;
    input.amount = *amount;
    input.promisedFor = app::fromQDate(m_promisedFor->date());
    input.contact = m_contact->text().trimmed().toStdString();
    input.note = m_note->text().trimmed().toStdString();
    auto id = app::PromiseService(m_ws).add(input);
    if (!id) {
        const std::string& field = id.error().where.field;
        refuse(field == "amount" ? static_cast<QWidget*>(m_amount)
                                 : field == "date" ? static_cast<QWidget*>(m_promisedFor) : nullptr,
               app::ErrorText::describe(id.error()));
        return false;
    }
    m_promise = *id;
    m_promiseBox->setEnabled(false);
    return true;
}

bool DunningCallDialog::recordCall()
{
    const auto outcome = app::callOutcomeFromCode(m_outcome->currentData().toString().toStdString());
    const std::string note = m_note->text().trimmed().toStdString();
    const auto next = optionalDate(m_next);
    app::DunningService service(m_ws);
    core::Status status;
    if (m_target.taskId)
        status = service.completeTask(*m_target.taskId, *outcome, note, next);
    else if (auto id = service.noteCall(m_target.companyId, *outcome, note, next); !id)
        status = id.error();
    if (!status) {
        refuse(nullptr, tr("L'appel n'a pas été enregistré : %1").arg(app::ErrorText::describe(status.error())));
        return false;
    }
    return true;
}

void DunningCallDialog::refuse(QWidget* field, const QString& message)
{
    if (field) {
        markInvalid(field, message);
        field->setFocus();
    }
    showProblem(m_problem, message);
}

} // namespace pc::ui
