#pragma once

#include "app/CreditCheckService.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pc::app {
class Workspace;
}

namespace pc::ui {

class CheckDecisionView;

// Asked before confirming an order or delivering when the credit check is not a plain
// OK: a WARN asks to go ahead despite the warnings; a BLOCK asks for the reason of the
// override, from a user who has the right (SharedSettings::mayOverride), and explains
// to the others that they may not go ahead.
class CheckApprovalDialog : public QDialog {
    Q_OBJECT

public:
    // `operation`: what is about to be done, "Livrer la commande CMD000012".
    CheckApprovalDialog(app::Workspace& workspace, const app::CreditCheckOutcome& outcome, const QString& operation,
                        QWidget* parent = nullptr);

    // The approval to go ahead with: none when the user stops. An OK needs no dialog.
    static std::optional<app::CheckApproval> ask(app::Workspace& workspace, const app::CreditCheckOutcome& outcome,
                                                 const QString& operation, QWidget* parent);

    // What the user accepted, once the dialog is accepted.
    app::CheckApproval approval() const;

    CheckDecisionView* decisionView() const { return m_view; }
    // The override reason of a BLOCK; hidden for a WARN or a user without the right.
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* proceedButton() const { return m_proceed; }
    QPushButton* cancelButton() const { return m_cancel; }

private:
    void updateProceed();

    risk::CheckDecision m_decision;
    bool m_mayOverride;
    CheckDecisionView* m_view;
    QLabel* m_explanation;
    QLineEdit* m_reason;
    QPushButton* m_proceed;
    QPushButton* m_cancel;
};

} // namespace pc::ui
