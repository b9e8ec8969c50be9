#pragma once

#include "app/DashboardService.h"

#include <QChartView>

#include <vector>

namespace pc::ui {

// The four charts of the dashboard. Amounts are drawn in euros: the only place the
// cents become floating point is the bar's height.
class DashboardChart : public QChartView {
    Q_OBJECT

public:
    explicit DashboardChart(const QString& title, QWidget* parent = nullptr);

    void showAging(const std::vector<std::string>& labels, const receivables::AgingRow& total);
    void showDsoTrend(const std::vector<app::PortfolioKpis>& history, const std::optional<std::int64_t>& target);
    // One bar per client; clicking one asks for its file.
    void showTopExposures(const std::vector<app::TopExposure>& top);
    void showForecast(const receivables::CashForecast& forecast);

signals:
    void clientClicked(qint64 companyId);
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void clear();
    std::vector<qint64> m_clients; // of the bars, bottom up
};

} // namespace pc::ui
