#include "ui/AccountOpeningPage.h"

#include "app/ClientService.h"
#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/Workspace.h"
#include "ui/AccountForm.h"
#include "ui/ChecklistView.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pc::ui {

using namespace pc::core;

AccountOpeningPage::AccountOpeningPage(app::Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : ClientPageBase(workspace, undo, parent),
      m_account(new AccountForm([this] { return stored() ? stored()->company.address : Address{}; }, this)),
      m_payables(new PayablesContactForm(this)),
      m_checklist(new ChecklistView(this)),
      m_activate(new QPushButton(tr("Activer le compte"), this))
{
    m_activate->setObjectName(QStringLiteral("activateButton"));
    m_checklist->setObjectName(QStringLiteral("openingChecklist"));

    auto* accountBox = new QGroupBox(tr("Dossier d'ouverture de compte"), this);
    auto* accountLayout = new QVBoxLayout(accountBox);
    accountLayout->addWidget(m_account);
    auto* payablesBox = new QGroupBox(tr("Contact comptabilité fournisseurs du client"), this);
    auto* payablesLayout = new QVBoxLayout(payablesBox);
    payablesLayout->addWidget(m_payables);

    auto* forms = new QWidget(this);
    auto* formsLayout = new QVBoxLayout(forms);
    formsLayout->setContentsMargins(0, 0, 0, 0);
    formsLayout->addWidget(accountBox);
    formsLayout->addWidget(payablesBox);
    formsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(forms);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* checklistBox = new QGroupBox(tr("Liste de contrôle"), this);
    auto* checklistLayout = new QVBoxLayout(checklistBox);
    checklistLayout->addWidget(m_checklist, 1);
    checklistLayout->addWidget(m_activate);

    auto* columns = new QHBoxLayout;
    columns->addWidget(scroll, 3);
    columns->addWidget(checklistBox, 2);
    body()->addLayout(columns);

    const auto edited = [this] {
        markDirty();
        refreshChecklist();
    };
    connect(m_account, &AccountForm::edited, this, edited);
    connect(m_payables, &PayablesContactForm::edited, this, edited);
    connect(m_activate, &QPushButton::clicked, this, &AccountOpeningPage::activate);
}

void AccountOpeningPage::loadForms(const ClientFile& file)
{
    m_account->load(file.account);
    m_payables->load(file.contacts);
}

void AccountOpeningPage::applyForms(ClientFile& file, FormErrors& errors) const
{
    m_account->apply(file.account, errors);
    m_payables->apply(file.contacts, errors);
}

void AccountOpeningPage::clientLoaded()
{
    m_account->setChoices(service().segments(), service().salesReps());
    refreshChecklist();
}

void AccountOpeningPage::refreshChecklist()
{
    if (!stored())
        return;
    const OpeningChecklist checklist = service().checklist(draft());
    m_checklist->show(checklist);
    const AccountStatus status = stored()->account.status;
    const bool openable = status == AccountStatus::Prospect || status == AccountStatus::Pending;
    m_activate->setEnabled(openable && checklist.isComplete());
    m_activate->setToolTip(openable ? QString()
                                    : tr("Le compte est « %1 » : il n'est pas à ouvrir.")
                                          .arg(app::Labels::accountStatus(status)));
}

bool AccountOpeningPage::activate()
{
    if (!stored() || !save())
        return false;
    const qint64 id = stored()->id;
    auto outcome = service().open(id);
    if (!outcome) {
        QMessageBox::warning(this, tr("Ouverture du compte"), app::ErrorText::describe(outcome.error()));
        return false;
    }
    reload();
    if (outcome->activated) {
        emit statusMessage(tr("Compte %1 activé").arg(QString::fromStdString(stored()->account.number)));
        emit accountActivated(id);
    }
    return outcome->activated;
}

} // namespace pc::ui
