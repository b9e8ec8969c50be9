#pragma once

#include "ui/RecoveryColumns.h"
#include "ui/RecoveryTab.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace pc::ui {

// Every client's disputes (stage 8, third tab), the active ones or all, with what they
// weigh: how many are open and for how much, how old they are, and how long a
// resolution takes. A dispute is opened on an invoice, investigated, then resolved
// by a credit note, rejected, or partly credited.
class DisputesTab : public RecoveryTab {
    Q_OBJECT

public:
    explicit DisputesTab(RecoverySession& session, QWidget* parent = nullptr);

    DisputeModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    // Opens the "Nouveau litige" dialog for the session's client.
    void newDispute();
    // The selected dispute passes to "being investigated", by the current user.
    bool investigateSelected();
    void resolveSelected();

protected:
    void refresh() override;

private:
    void updateStats();
    void updateButtons();
    const store::DisputeRecord* selected() const;

    DisputeModel* m_model;
    QLabel* m_stats;
    QComboBox* m_filter;
    QTableView* m_view;
    QPushButton* m_investigate;
    QPushButton* m_resolve;
};

} // namespace pc::ui
