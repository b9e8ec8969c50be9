#pragma once

#include "app/LetteringService.h"
#include "ui/RecordTableModel.h"

#include <QDialog>

#include <utility>

class QTableView;

namespace pc::ui {

// What an automatic lettering run did: groups by rule with the amounts set against
// each other, payment differences written off, what stays open, and the items a
// person should look at, each with its client and why it was left. Double-clicking
// an item asks for its client.
class LetteringReportDialog : public QDialog {
    Q_OBJECT

public:
    explicit LetteringReportDialog(const app::LetteringReport& report, QWidget* parent = nullptr);

    QTableView* reviewView() const { return m_reviewView; }

signals:
    void clientRequested(qint64 clientId);

private:
    struct RuleRow {
        receivables::LetteringRule rule;
        int groups = 0;
        core::Money amount;
    };

    void openSelected();

    RecordTableModel<RuleRow>* m_rules;
    RecordTableModel<app::ItemForReview>* m_review;
    QTableView* m_reviewView = nullptr;
};

} // namespace pc::ui
