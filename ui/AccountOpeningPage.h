#pragma once

#include "ui/ClientPageBase.h"

class QPushButton;

namespace pc::ui {

class AccountForm;
class ChecklistView;
class PayablesContactForm;

// Stage 3, opening the account: the opening form beside its completeness checklist,
// which follows every keystroke. "Activer le compte" saves and activates, and is
// only possible when nothing is missing.
class AccountOpeningPage : public ClientPageBase {
    Q_OBJECT

public:
    AccountOpeningPage(app::Workspace& workspace, QUndoStack& undo, QWidget* parent = nullptr);

    // Saves the form, then runs the opening: active when complete.
    bool activate();

signals:
    void accountActivated(qint64 clientId);

protected:
    void loadForms(const core::ClientFile& file) override;
    void applyForms(core::ClientFile& file, FormErrors& errors) const override;
    void clientLoaded() override;

private:
    void refreshChecklist();

    AccountForm* m_account;
    PayablesContactForm* m_payables;
    ChecklistView* m_checklist;
    QPushButton* m_activate;
};

} // namespace pc::ui
