#include "ui/ClientFilePage.h"

#include "app/AuditLogModel.h"
#include "app/ClientService.h"
#include "app/Labels.h"
#include "app/Workspace.h"
#include "core/ContactPoints.h"
#include "store/AuditLog.h"
#include "ui/AccountForm.h"
#include "ui/CompanyForm.h"
#include "ui/RecordDialogs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pc::ui {

using namespace pc::core;

namespace {

QString addressLine(const Address& a)
{
    QStringList parts;
    for (const std::string& part : {a.line1, a.line2, a.postalCode + " " + a.city}) {
        const QString text = QString::fromStdString(part).trimmed();
        if (!text.isEmpty())
            parts << text;
    }
    return parts.join(QStringLiteral(", "));
}

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    return view;
}

QScrollArea* scrolled(QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

int selectedRow(QTableView* view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

} // namespace

ClientFilePage::ClientFilePage(app::Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : ClientPageBase(workspace, undo, parent),
      m_tabs(new QTabWidget(this)),
      m_company(new CompanyForm(this)),
      m_account(new AccountForm([this] {
          FormErrors ignored;
          Company company;
          m_company->apply(company, ignored);
          return company.address;
      }, this)),
      m_establishments(new RecordTableModel<Establishment>(
          {{tr("SIRET"), [](const Establishment& e) { return QString::fromStdString(e.siret.formatted()); }},
           {tr("Siège"), [](const Establishment& e) { return e.headOffice ? tr("oui") : QString(); }},
           {tr("Enseigne"), [](const Establishment& e) { return QString::fromStdString(e.name); }},
           {tr("Adresse"), [](const Establishment& e) { return addressLine(e.address); }},
           {tr("État"), [](const Establishment& e) { return e.closed ? tr("fermé") : tr("ouvert"); }}},
          this)),
      m_contacts(new RecordTableModel<Contact>(
          {{tr("Rôle"), [](const Contact& c) { return app::Labels::contactRole(c.role); }},
           {tr("Nom"), [](const Contact& c) { return QString::fromStdString(c.name); }},
           {tr("Téléphone"), [](const Contact& c) { return QString::fromStdString(formatPhoneNumber(c.phone)); }},
           {tr("E-mail"), [](const Contact& c) { return QString::fromStdString(c.email); }}},
          this)),
      m_history(new app::AuditLogModel(this))
{
    m_tabs->setObjectName(QStringLiteral("clientFileTabs"));
    m_tabs->addTab(scrolled(m_company, this), tr("Identité"));
    m_tabs->addTab(makeRecordTab(
                       m_establishmentsView, m_establishments, [this](int row) { editEstablishment(row); },
                       [this](int row) { m_establishments->removeRecord(row); }),
                   tr("Établissements"));
    m_tabs->addTab(scrolled(m_account, this), tr("Compte"));
    m_tabs->addTab(makeRecordTab(
                       m_contactsView, m_contacts, [this](int row) { editContact(row); },
                       [this](int row) { m_contacts->removeRecord(row); }),
                   tr("Contacts"));
    m_tabs->addTab(makeHistoryTab(), tr("Historique"));
    body()->addWidget(m_tabs);

    connect(m_company, &CompanyForm::edited, this, &ClientFilePage::markDirty);
    connect(m_account, &AccountForm::edited, this, &ClientFilePage::markDirty);
}

QWidget* ClientFilePage::makeRecordTab(QTableView*& view, QAbstractItemModel* model, std::function<void(int)> edit,
                                      std::function<void(int)> remove)
{
    auto* tab = new QWidget(this);
    view = makeTable(model, tab);
    auto* addButton = new QPushButton(tr("Ajouter…"), tab);
    auto* editButton = new QPushButton(tr("Modifier…"), tab);
    auto* removeButton = new QPushButton(tr("Retirer"), tab);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(editButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(view);
    layout->addLayout(buttons);
    QTableView* table = view;
    connect(addButton, &QPushButton::clicked, this, [edit] { edit(-1); });
    connect(editButton, &QPushButton::clicked, this, [edit, table] { edit(selectedRow(table)); });
    connect(table, &QTableView::doubleClicked, this, [edit](const QModelIndex& index) { edit(index.row()); });
    connect(removeButton, &QPushButton::clicked, this, [this, remove, table] {
        if (const int row = selectedRow(table); row >= 0) {
            remove(row);
            markDirty();
        }
    });
    return tab;
}

QWidget* ClientFilePage::makeHistoryTab()
{
    auto* view = makeTable(m_history, this);
    view->setWordWrap(false);
    return view;
}

void ClientFilePage::editEstablishment(int row)
{
    FormErrors ignored;
    Company company;
    m_company->apply(company, ignored);
    EstablishmentDialog dialog(company.siren, this);
    auto records = m_establishments->records();
    if (row >= 0 && row < static_cast<int>(records.size()))
        dialog.load(records[static_cast<std::size_t>(row)]);
    else
        row = -1;
    if (dialog.exec() != QDialog::Accepted || !dialog.establishment())
        return;
    Establishment e = *dialog.establishment();
    if (e.headOffice) {
        for (Establishment& other : records)
            other.headOffice = false;
    }
    if (row < 0)
        records.push_back(e);
    else
        records[static_cast<std::size_t>(row)] = e;
    m_establishments->setRecords(records);
    markDirty();
}

void ClientFilePage::editContact(int row)
{
    ContactDialog dialog(this);
    auto records = m_contacts->records();
    if (row >= 0 && row < static_cast<int>(records.size()))
        dialog.load(records[static_cast<std::size_t>(row)]);
    else
        row = -1;
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (row < 0)
        records.push_back(dialog.contact());
    else
        records[static_cast<std::size_t>(row)] = dialog.contact();
    m_contacts->setRecords(records);
    markDirty();
}

void ClientFilePage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void ClientFilePage::loadForms(const ClientFile& file)
{
    m_company->load(file.company);
    m_account->load(file.account);
    m_establishments->setRecords(file.establishments);
    m_contacts->setRecords(file.contacts);
}

void ClientFilePage::applyForms(ClientFile& file, FormErrors& errors) const
{
    m_company->apply(file.company, errors);
    m_account->apply(file.account, errors);
    file.establishments = m_establishments->records();
    file.contacts = m_contacts->records();
    if (file.company.siren) {
        for (const Establishment& e : file.establishments) {
            if (e.siret.siren() != *file.company.siren)
                errors.add(m_establishmentsView, tr("Établissements"),
                           tr("le SIRET %1 n'appartient pas au SIREN %2")
                               .arg(QString::fromStdString(e.siret.formatted()),
                                    QString::fromStdString(file.company.siren->formatted())));
        }
    }
}

void ClientFilePage::clientLoaded()
{
    const auto& file = stored();
    if (!file) {
        m_history->setLoader({});
        return;
    }
    const QString key = QString::fromStdString(file->company.siren ? file->company.siren->str() : file->account.number);
    m_history->setLoader([this, key] {
        return store::AuditLog(workspace().db()).entriesFor(QStringLiteral("client"), key);
    });
    m_account->setChoices(service().segments(), service().salesReps());
}

} // namespace pc::ui
