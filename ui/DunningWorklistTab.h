#pragma once

#include "app/DunningService.h"
#include "store/RecoveryRepository.h"
#include "ui/RecordTableModel.h"
#include "ui/RecoveryTab.h"

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QProgressDialog;
class QPushButton;
class QTableView;
class QToolButton;

namespace pc::ui {

class DunningJobRunner;
class DunningPlanModel;

// The collector's day (stage 8, first tab): the actions the scenarios propose for the
// day, ranked by amount at risk and age, to confirm one by one (Ctrl+Entrée) after a
// look at the document (Ctrl+D); the automatic batch sent off the GUI thread; the
// calls to make, whose outcome is noted (Ctrl+T) with the promise obtained; and the
// clients left alone today, with the reason.
class DunningWorklistTab : public RecoveryTab {
    Q_OBJECT

public:
    // A call or hand-over left for a person, with its client.
    struct TaskRow {
        store::ActionRecord action;
        QString name;
        QString siren;
    };

    explicit DunningWorklistTab(RecoverySession& session, QWidget* parent = nullptr);
    ~DunningWorklistTab() override;

    DunningPlanModel* planModel() const { return m_plan; }
    QTableView* planView() const { return m_planView; }
    RecordTableModel<TaskRow>* tasksModel() const { return m_tasks; }
    QTableView* tasksView() const { return m_tasksView; }
    RecordTableModel<app::HeldClient>* heldModel() const { return m_held; }

    // Selects the client's action, when it has one today.
    void selectClient(qint64 companyId);
    // Carries out the selected action: its document is written to the output folder, or
    // its call joins the tasks. False, with the reason shown, when nothing was done.
    bool confirmSelected();
    // Sends the documents that need no confirmation, off the GUI thread; false while a
    // batch runs.
    bool sendAutomaticBatch();
    // Asks the outcome of the selected call (or of a call to the selected client) and
    // records it.
    void noteCall();
    // Shows the selected action's document as it would go out.
    void previewSelected();

signals:
    // The report of an automatic batch is in.
    void batchFinished();

protected:
    void refresh() override;

private:
    QWidget* makePlanBox();
    QWidget* makeTasksBox();
    QWidget* makeHeldBox();
    QAction* addShortcut(const QString& text, const QKeySequence& keys, const char* name);
    void planSelectionChanged();
    void taskSelectionChanged();
    void updateButtons();
    void updateSummary();
    void askAutomaticBatch();
    void startProgress();
    void finishProgress();
    void batchDone(const core::Result<app::DunningRunReport>& outcome);
    void showDocuments(const QStringList& paths);
    std::optional<qint64> selectedTask() const;

    std::unique_ptr<DunningJobRunner> m_runner;
    DunningPlanModel* m_plan;
    RecordTableModel<TaskRow>* m_tasks;
    RecordTableModel<app::HeldClient>* m_held;

    QLabel* m_summary = nullptr;
    QTableView* m_planView = nullptr;
    QTableView* m_tasksView = nullptr;
    QTableView* m_heldView = nullptr;
    QLabel* m_tasksTitle = nullptr;
    QToolButton* m_heldToggle = nullptr;
    QPushButton* m_confirmButton = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_callButton = nullptr;
    QPushButton* m_batchButton = nullptr;
    QAction* m_confirmAction = nullptr;
    QAction* m_previewAction = nullptr;
    QAction* m_callAction = nullptr;
    QLabel* m_documents = nullptr;
    QProgressDialog* m_progress = nullptr;
};

} // namespace pc::ui
