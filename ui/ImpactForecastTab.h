#pragma once

#include "receivables/CashForecast.h"
#include "ui/ImpactTab.h"

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace pc::ui {

// Stage 9, "Prévision d'encaissement": when the open receivables should come in,
// week by week or month by month, stacked by how sure each client's habit makes it;
// disputed amounts and claims in collective proceedings apart.
class ImpactForecastTab : public ImpactTab {
    Q_OBJECT

public:
    struct Line {
        receivables::ForecastPeriod period;
        bool total = false;
    };

    explicit ImpactForecastTab(app::Workspace& workspace, QWidget* parent = nullptr);

    QChart* chart() const;
    QTableView* periodsView() const { return m_view; }

protected:
    void recompute() override;

private:
    void setUpColumns();
    void showChart(const receivables::CashForecast& forecast);

    QDateEdit* m_asOf;
    QComboBox* m_granularity;
    QSpinBox* m_horizon;
    QLabel* m_summary;
    QChartView* m_chart;
    ImpactTableModel<Line>* m_model;
    QTableView* m_view;
};

} // namespace pc::ui
