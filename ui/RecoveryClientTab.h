#pragma once

#include "app/PenaltyService.h"
#include "store/RecoveryRepository.h"
#include "ui/RecordTableModel.h"
#include "ui/RecoveryColumns.h"
#include "ui/RecoveryTab.h"

class QLabel;
class QPushButton;
class QTableView;

namespace pc::ui {

class ClientHeader;

// One client's recovery (stage 8, second tab), for the client chosen in the worklist
// or with the search: every action taken (documents, calls, notes) with its outcome
// and the document written, opened by a double click; its promises, its disputes, and
// what its late invoices owe in penalties and indemnities.
class RecoveryClientTab : public RecoveryTab {
    Q_OBJECT

public:
    explicit RecoveryClientTab(RecoverySession& session, QWidget* parent = nullptr);

    RecordTableModel<store::ActionRecord>* historyModel() const { return m_history; }
    RecordTableModel<app::InvoicePenaltyRow>* penaltiesModel() const { return m_penalties; }

    // Opens the document of the history row in the desktop's viewer; false when it has
    // none or the file is gone.
    bool openDocument(int row);

signals:
    // The user asked for the client's ledger (stage 7).
    void ledgerRequested(qint64 clientId);

protected:
    void refresh() override;

private:
    QWidget* makeButtons();
    QWidget* makeHistoryBox();
    QWidget* makeSideBoxes();
    QWidget* makePenaltiesBox();
    void showPenalties(qint64 clientId);
    void updateSummary();
    void noteCall();
    void newPromise();
    void newDispute();
    void previewStatement();

    RecordTableModel<store::ActionRecord>* m_history;
    PromiseModel* m_promises;
    DisputeModel* m_disputes;
    RecordTableModel<app::InvoicePenaltyRow>* m_penalties;
    ClientHeader* m_header = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_content = nullptr;
    QTableView* m_historyView = nullptr;
    QLabel* m_penaltyTotals = nullptr;
    std::optional<app::ClientPenalties> m_totals;
};

} // namespace pc::ui
