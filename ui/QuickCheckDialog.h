#pragma once

#include "app/CreditCheckService.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QModelIndex;
class QTimer;

namespace pc::app {
class ClientSearchModel;
class Workspace;
} // namespace pc::app

namespace pc::ui {

class CheckDecisionView;

// The sales rep's one-glance check: a client (SIREN, SIRET, account number or name)
// and an amount including VAT, and the credit check's answer at once, with the figures
// and reasons behind it. Nothing is written: it is the same check an order will meet.
// Keyboard first: the search has the focus, Enter checks, Esc closes; the check runs
// again by itself shortly after the client or the amount changes.
class QuickCheckDialog : public QDialog {
    Q_OBJECT

public:
    explicit QuickCheckDialog(app::Workspace& workspace, QWidget* parent = nullptr);

    // Fills the search with `text` and checks at once.
    void setQuery(const QString& text);
    // Checks what is typed now; false, with the reason shown, when the client is not
    // found, is ambiguous, or the amount cannot be read.
    bool runCheck();

    // The last answer shown, none while the client or amount cannot be read.
    const std::optional<app::CreditCheckOutcome>& outcome() const { return m_outcome; }
    std::optional<risk::CheckDecision> decision() const;
    // The text of the decision banner.
    QString decisionText() const;
    // Why no answer is shown ("Aucun client ne correspond…"), empty when one is.
    QString message() const;

private:
    // `asked`: Enter or the button, rather than the pause after typing; only then does
    // an ambiguous name open the list of suggestions.
    bool check(bool asked);
    std::optional<qint64> resolveClient(bool asked);
    std::optional<core::Money> readAmount();
    void chooseSuggestion(const QModelIndex& index);
    void searchEdited(const QString& text);
    void showMessage(const QString& text);

    app::Workspace& m_ws;
    app::ClientSearchModel* m_suggestions;
    QLineEdit* m_search;
    QLineEdit* m_amount;
    QLabel* m_message;
    CheckDecisionView* m_view;
    QTimer* m_debounce;
    // The suggestion picked from the list, until the search is typed into again.
    std::optional<qint64> m_chosen;
    std::optional<app::CreditCheckOutcome> m_outcome;
};

} // namespace pc::ui
