#pragma once

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QTabWidget;
class QUndoStack;

namespace pc::app {
class Workspace;
}

namespace pc::ui {

class DisputesTab;
class DunningWorklistTab;
class LegalFilesTab;
class PromisesTab;
class RecoveryClientTab;
class RecoverySession;
class RecoveryTab;
class TemplateEditorTab;

// Stage 8, recovering: the collector's day. Above the tabs, the day worked on ("Au",
// today by default) and the folder the documents go to. The tabs: the worklist of
// the day (actions to confirm, the automatic batch, calls to make, clients on hold),
// one client's history with its promises, disputes and penalties, every dispute with
// their statistics, every promise, the editable document templates, and the legal
// files with their deadlines and the prescriptions to watch. Every list is read
// again when the store tells that something it shows has changed.
class RecoveryPage : public QWidget {
    Q_OBJECT

public:
    enum class Tab { Worklist, Client, Disputes, Promises, Documents, Legal };

    RecoveryPage(app::Workspace& workspace, QUndoStack& undoStack, QWidget* parent = nullptr);
    ~RecoveryPage() override;

    // The client whose recovery the client and legal tabs show.
    void setClient(std::optional<qint64> clientId);
    void showTab(Tab tab);

    RecoverySession& session() { return *m_session; }
    DunningWorklistTab* worklistTab() const { return m_worklist; }
    RecoveryClientTab* clientTab() const { return m_client; }
    DisputesTab* disputesTab() const { return m_disputes; }
    PromisesTab* promisesTab() const { return m_promises; }
    TemplateEditorTab* templatesTab() const { return m_templates; }
    LegalFilesTab* legalTab() const { return m_legal; }

signals:
    void statusMessage(const QString& message);
    // The user asked for the client's ledger (stage 7).
    void ledgerRequested(qint64 clientId);

private:
    QWidget* makeTopBar();
    void chooseFolder();
    void showFolder();
    void invalidateAll();
    std::vector<RecoveryTab*> tabs() const;

    RecoverySession* m_session;
    QDateEdit* m_asOf = nullptr;
    QLabel* m_folder = nullptr;
    QTabWidget* m_tabs;
    DunningWorklistTab* m_worklist;
    RecoveryClientTab* m_client;
    DisputesTab* m_disputes;
    PromisesTab* m_promises;
    TemplateEditorTab* m_templates;
    LegalFilesTab* m_legal;
};

} // namespace pc::ui
