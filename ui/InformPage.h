#pragma once

#include "app/StatementService.h"
#include "core/ClientFile.h"
#include "risk/Ratios.h"
#include "ui/CreditPageBase.h"

#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace pc::ui {

class RatioTableModel;
class StatementTableModel;
class TrendChart;

// Stage 1, getting informed: the client's tax returns year by year (entered, corrected
// or imported), the ratios computed from them with the warning signs, and the trends
// of activity, profitability, equity, cash and working capital.
class InformPage : public CreditPageBase {
    Q_OBJECT

public:
    enum Tab { AnalysisTab, StatementsTab };

    explicit InformPage(app::Workspace& workspace, QWidget* parent = nullptr);
    ~InformPage() override;

    void showTab(Tab tab);
    // Opens the editable column on the year closing on `closingDate`: the statement held
    // for that date when there is one, otherwise a blank return.
    void beginStatement(core::Date closingDate, int months, risk::Regime regime);
    // Checks the year being entered and saves it; false, with every problem shown, when
    // it is refused.
    bool saveStatement();
    // A year is being entered and not saved yet.
    bool hasDraft() const;
    void discardStatement();
    // Imports a statement file (JSON or CSV) off the GUI thread.
    void importFile(const QString& path);
    bool isImporting() const { return m_importWatcher.isRunning(); }

signals:
    void statementsImported(int saved, int errors);

protected:
    void showAnalysis(const app::CreditAnalysis& analysis) override;
    void clientChanging() override;

private:
    QWidget* makeAnalysisTab();
    QWidget* makeStatementsTab();
    void askNewYear();
    void editSelectedYear();
    void chooseImportFile();
    void showImportReport(const app::StatementImportReport& report);
    // Every problem of the year being entered, as the checks before saving see them.
    QStringList draftProblems();
    void showStatementProblems(const QStringList& problems);
    void updateStatementButtons();
    // Spans the form titles and hides the empty lines when asked.
    void layOutRows();
    void showFlags(const std::vector<risk::YearRatios>& years);
    void showCharts(const std::vector<risk::YearRatios>& years);

    std::optional<core::ClientFile> m_file; // the client shown, for the SIREN of a new year
    StatementTableModel* m_statements;
    RatioTableModel* m_ratios;
    QTabWidget* m_tabs;
    QLabel* m_summary;
    QTableView* m_ratioView = nullptr;
    QLabel* m_flags = nullptr;
    TrendChart* m_amountChart = nullptr;
    TrendChart* m_daysChart = nullptr;
    QTableView* m_statementView = nullptr;
    QPushButton* m_newYear = nullptr;
    QPushButton* m_editYear = nullptr;
    QPushButton* m_saveYear = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_importButton = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_entryHint = nullptr;
    QCheckBox* m_filledOnly = nullptr;
    QFutureWatcher<app::StatementImportReport> m_importWatcher;
};

} // namespace pc::ui
