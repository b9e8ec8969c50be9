#pragma once

#include "app/ProvisionService.h"
#include "ui/ImpactTab.h"

#include <vector>

class QDateEdit;
class QLabel;
class QPushButton;

namespace pc::ui {

// Stage 9, "Provisions": the review of doubtful receivables on a day (the provision
// each one calls for and the movement to book), booking it, the user's rate for one
// receivable, write-offs, and the journal of the period with its FEC export.
class ImpactProvisionsTab : public ImpactTab {
    Q_OBJECT

public:
    // One line of a journal entry, as the journal table lists it.
    struct JournalRow {
        core::Date date;
        QString number;
        QString kind;
        QString piece;
        QString account;
        QString client;
        core::Money debit;
        core::Money credit;
    };

    explicit ImpactProvisionsTab(app::Workspace& workspace, QWidget* parent = nullptr);

    // Writes the journal of the period's fields as an FEC; false, the error shown, on failure.
    bool exportJournal(const QString& path);

    QTableView* reviewView() const { return m_reviewView; }
    QTableView* journalView() const { return m_journalView; }

protected:
    void recompute() override;

private:
    void setUpReviewColumns();
    void setUpJournalColumns();
    void showReview(const app::ProvisionReview& review);
    void showJournal();
    void updateButtons();
    // The review row selected; none when no row is.
    const app::ProvisionRow* selectedRow() const;

    void book();
    void askRate();
    void askWriteOff();
    void askJournalExport();

    core::Date asOf() const;

    QDateEdit* m_asOf;
    QLabel* m_summary;
    ImpactTableModel<app::ProvisionRow>* m_review;
    QTableView* m_reviewView;
    QPushButton* m_book;
    QPushButton* m_rate;
    QPushButton* m_writeOff;
    QDateEdit* m_from;
    QDateEdit* m_to;
    ImpactTableModel<JournalRow>* m_journal;
    QTableView* m_journalView;
};

} // namespace pc::ui
