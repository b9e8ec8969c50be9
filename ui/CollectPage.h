#pragma once

#include "app/BankImportService.h"
#include "app/FecImportService.h"
#include "app/LetteringService.h"
#include "core/ClientFile.h"
#include "core/Money.h"
#include "ui/CreditPageBase.h"

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QCheckBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QTableView;
class QUndoStack;

namespace pc::ui {

class BankLinesModel;
class CollectJobRunner;
class LedgerTableModel;

// Stage 7, collecting: the current client's ledger with what is open on each entry
// and its letter code, its balance and overdue amount, and the payment method its
// segment should use; manual lettering from the keyboard (Space picks debits and
// credits, Ctrl+L letters them, Ctrl+Shift+L unletters, Ctrl+Z undoes); a payment
// entered by hand. Below, whatever the client: bank statements and FEC imported off
// the GUI thread, the bank movements nobody was recognised in, to give to the client
// shown, and the automatic lettering of every client with its report.
class CollectPage : public CreditPageBase {
    Q_OBJECT

public:
    CollectPage(app::Workspace& workspace, QUndoStack& undoStack, QWidget* parent = nullptr);
    ~CollectPage() override;

    LedgerTableModel* ledgerModel() const { return m_ledger; }
    QTableView* ledgerView() const { return m_ledgerView; }
    BankLinesModel* bankLinesModel() const { return m_bankLines; }
    QTableView* bankLinesView() const { return m_bankView; }
    CollectJobRunner* runner() const { return m_runner.get(); }
    QProgressDialog* progressDialog() const { return m_progress; }

    // Adds the rows of these entries to the selection.
    void selectEntries(const std::vector<qint64>& entryIds);
    std::vector<qint64> selectedEntries() const;
    void setOpenOnly(bool openOnly);

    // Letters the selected entries as of today; asks first when they do not balance
    // (a partial lettering, or a write-off within the tolerance). False, with the
    // reason shown, when nothing was lettered.
    bool letterSelected();
    // Unletters the groups of the selected entries by their codes, and removes the
    // partial allocations of selected entries without a code (after a question).
    bool unletterSelected();
    // Asks a payment of the client in a dialog and records it.
    void recordPayment();
    // Gives the unmatched bank line to the client shown, without asking; false when refused.
    bool assignBankLine(qint64 lineId);

    void importBankStatement(const QString& path);
    void importFec(const QString& path);
    // Letters every client's open items as of today, off the GUI thread, then shows the report.
    void letterAutomatically();

signals:
    // The user asked to see a client of the lettering report.
    void clientRequested(qint64 clientId);
    // The report of an automatic lettering is on screen.
    void letteringReportShown();

protected:
    void showAnalysis(const app::CreditAnalysis& analysis) override;
    void clientChanging() override;
    void showEvent(QShowEvent* event) override;

private:
    // What the selected rows add up to.
    struct Selection {
        std::vector<qint64> openIds; // selected entries with something open
        core::Money debit;           // open on the selected debits
        core::Money credit;          // open on the selected credits
        std::vector<std::string> codes;
        std::vector<qint64> partial; // selected entries without code, partly allocated
    };

    QWidget* makeSituationBox();
    QWidget* makeLedgerBox();
    QWidget* makeBankBox();
    void loadLedger(qint64 clientId);
    void showSituation(const app::CreditAnalysis& analysis);
    void reloadBankLines();
    Selection selection() const;
    void updateSelection();
    void updateJobButtons();
    bool confirmUnbalanced(const Selection& s);
    void chooseBankStatement();
    void chooseFec();
    void askAutomaticLettering();
    void askAssignBankLine();
    void startProgress(const QString& text);
    void finishProgress();
    void bankStatementImported(const app::BankImportReport& report);
    void fecImported(const app::FecImportReport& report);
    void letteringFinished(const core::Result<app::LetteringReport>& outcome);
    void showReport(const char* name, bool ok, const QString& title, const QString& summary, QStringList lines,
                    const QStringList& details);
    void showProblem(const QString& message);
    void clearProblem();

    QUndoStack& m_undo;
    LedgerTableModel* m_ledger;
    BankLinesModel* m_bankLines;
    std::unique_ptr<CollectJobRunner> m_runner;
    std::vector<app::LedgerLine> m_allLines;
    std::optional<core::ClientFile> m_client;
    bool m_openOnly = false;
    bool m_bankStale = true;

    QLabel* m_balance = nullptr;
    QLabel* m_method = nullptr;
    QCheckBox* m_openOnlyCheck = nullptr;
    QTableView* m_ledgerView = nullptr;
    QLabel* m_selectionSum = nullptr;
    QPushButton* m_letterButton = nullptr;
    QPushButton* m_unletterButton = nullptr;
    QPushButton* m_paymentButton = nullptr;
    QAction* m_letterAction = nullptr;
    QAction* m_unletterAction = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_importStatementButton = nullptr;
    QPushButton* m_importFecButton = nullptr;
    QPushButton* m_autoLetterButton = nullptr;
    QLabel* m_bankTitle = nullptr;
    QTableView* m_bankView = nullptr;
    QPushButton* m_assignButton = nullptr;
    QProgressDialog* m_progress = nullptr;
};

} // namespace pc::ui
