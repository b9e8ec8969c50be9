#pragma once

#include "app/AnalyticsService.h"
#include "app/KpiService.h"
#include "ui/ImpactTab.h"

#include <utility>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;

namespace pc::ui {

// Stage 9, "Indicateurs": the portfolio's KPIs against the team's targets, per sales
// rep or segment, over the last twelve months, the late payers' profile and the ABC
// ranking of clients.
class ImpactKpiTab : public ImpactTab {
    Q_OBJECT

public:
    using Group = std::pair<QString, app::PortfolioKpis>;

    explicit ImpactKpiTab(app::Workspace& workspace, QWidget* parent = nullptr);

    QChart* historyChart() const;

protected:
    void recompute() override;

private:
    // One line of the KPI board: its label and how it compares to its target.
    struct Indicator {
        QString key;
        QString label;
        QString unit;
        std::optional<std::int64_t> value;
        std::optional<std::int64_t> target;
        bool higherIsBetter = false;
    };

    void setUpGroupColumns();
    void setUpProfileColumns();
    void setUpAbcColumns();
    void setUpHabitColumns();
    QWidget* makeTable(QComboBox* combo, QTableView* view);
    void showBoard(const app::PortfolioKpis& kpis, const app::KpiTargets& targets);
    void showIndicator(int row, const Indicator& indicator);
    void showHistory(core::Date asOf);
    void showGroups();
    void showProfile();
    void showAbc();
    void showHabits();

    core::Date asOf() const;

    QDateEdit* m_asOf;
    QGridLayout* m_board;
    QChartView* m_chart;
    QComboBox* m_groupBy;
    ImpactTableModel<Group>* m_groups;
    QComboBox* m_profileBy;
    ImpactTableModel<receivables::ProfileRow>* m_profile;
    QComboBox* m_abcBasis;
    ImpactTableModel<app::AbcClient>* m_abc;
    ImpactTableModel<app::ClientHabit>* m_habits;
};

} // namespace pc::ui
