#pragma once

#include "ui/RecoveryColumns.h"
#include "ui/RecoveryTab.h"

class QCheckBox;
class QLabel;
class QTableView;

namespace pc::ui {

// Every client's promises to pay (stage 8, fourth tab), newest first, with where each
// stands on the session's day: pending (dunning waits), kept, or broken (the client
// moves up its scenario).
class PromisesTab : public RecoveryTab {
    Q_OBJECT

public:
    explicit PromisesTab(RecoverySession& session, QWidget* parent = nullptr);

    PromiseModel* model() const { return m_model; }

    // Opens the "Nouvelle promesse" dialog for the session's client.
    void newPromise();

protected:
    void refresh() override;

private:
    // Counts every promise, whatever the filter shows.
    void updateSummary(const std::vector<app::PromiseView>& promises);

    PromiseModel* m_model;
    QLabel* m_summary;
    QCheckBox* m_pendingOnly;
    QTableView* m_view;
};

} // namespace pc::ui
