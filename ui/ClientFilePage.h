#pragma once

#include "ui/ClientPageBase.h"
#include "ui/RecordTableModel.h"

#include <functional>

class QAbstractItemModel;
class QTabWidget;
class QTableView;

namespace pc::app {
class AuditLogModel;
}

namespace pc::ui {

class AccountForm;
class CompanyForm;

// The client file (fiche client): identity (stage 1), establishments, account
// (stage 3), contacts and the audit history of one client, editable and saved as one.
class ClientFilePage : public ClientPageBase {
    Q_OBJECT

public:
    enum Tab { IdentityTab, EstablishmentsTab, AccountTab, ContactsTab, HistoryTab };

    ClientFilePage(app::Workspace& workspace, QUndoStack& undo, QWidget* parent = nullptr);
    void showTab(Tab tab);

protected:
    void loadForms(const core::ClientFile& file) override;
    void applyForms(core::ClientFile& file, FormErrors& errors) const override;
    void clientLoaded() override;

private:
    // A table of records with Add, Edit and Remove buttons; edit(-1) adds.
    QWidget* makeRecordTab(QTableView*& view, QAbstractItemModel* model, std::function<void(int)> edit,
                           std::function<void(int)> remove);
    QWidget* makeHistoryTab();
    void editEstablishment(int row);
    void editContact(int row);

    QTabWidget* m_tabs;
    CompanyForm* m_company;
    AccountForm* m_account;
    RecordTableModel<core::Establishment>* m_establishments;
    RecordTableModel<core::Contact>* m_contacts;
    QTableView* m_establishmentsView = nullptr;
    QTableView* m_contactsView = nullptr;
    app::AuditLogModel* m_history;
};

} // namespace pc::ui
