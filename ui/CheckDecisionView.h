#pragma once

#include "app/CreditCheckService.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;

namespace pc::ui {

// The answer of the credit check in one glance: a coloured banner with the decision,
// the figures it rests on (limit, exposure by category, what is asked, what remains
// available, overdue, risk class, disputes) and every reason as a sentence. Used
// before confirming an order, before delivering, and by the quick check.
class CheckDecisionView : public QWidget {
    Q_OBJECT

public:
    explicit CheckDecisionView(QWidget* parent = nullptr);

    // Named so as not to hide QWidget::show().
    void showOutcome(const app::CreditCheckOutcome& outcome);
    // Back to "no check yet": an empty banner and no figures.
    void clear();
    // The decision shown, none after clear().
    std::optional<risk::CheckDecision> decision() const { return m_decision; }

private:
    QLabel* addFigure(QGridLayout* grid, int row, int column, const QString& label, const char* name);
    void showFigures(const risk::CreditCheckResult& result);
    void showReasons(const risk::CreditCheckResult& result);

    std::optional<risk::CheckDecision> m_decision;
    QLabel* m_banner;
    QWidget* m_figures;
    QLabel* m_limit = nullptr;
    QLabel* m_receivables = nullptr;
    QLabel* m_deliveredNotInvoiced = nullptr;
    QLabel* m_openOrders = nullptr;
    QLabel* m_deposits = nullptr;
    QLabel* m_exposure = nullptr;
    QLabel* m_amount = nullptr;
    QLabel* m_projected = nullptr;
    QLabel* m_available = nullptr;
    QLabel* m_overdue = nullptr;
    QLabel* m_riskClass = nullptr;
    QLabel* m_disputes = nullptr;
    QLabel* m_reasons;
};

} // namespace pc::ui
