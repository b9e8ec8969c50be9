#pragma once

#include "app/DashboardService.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace pc::app {
class Workspace;
}

namespace pc::ui {

class AlertListModel;
class DashboardChart;
class DashboardLoader;
class KpiTile;

// The home page: the receivables at a glance (figures against their targets, aged
// balance, DSO trend, top exposures, cash-in forecast), the alerts to acknowledge,
// the ABC classes, with a click through to the client or the stage 9 view behind
// each figure. Computed off the GUI thread: the page paints at once.
class DashboardPage : public QWidget {
    Q_OBJECT

public:
    // What the figures lead to on stage 9.
    enum class Detail { Aging, Kpi, Provisions, Profitability, Forecast };
    Q_ENUM(Detail)

    explicit DashboardPage(app::Workspace& workspace, QWidget* parent = nullptr);
    ~DashboardPage() override;

    void refresh();
    const app::DashboardData* data() const { return m_data.get(); }
    AlertListModel* alerts() const { return m_alertModel; }
    // Acknowledges the selected alert (asks for a note).
    void acknowledgeSelected();
    // Acknowledges the alert of `row` with `note`; false (and a message) when refused.
    bool acknowledgeRow(int row, const QString& note);
    // Writes the impact report of the year to date to `path`; false (and a message)
    // when it cannot.
    bool writeImpactReport(const QString& path);

signals:
    void clientActivated(qint64 companyId);
    void detailRequested(pc::ui::DashboardPage::Detail detail);
    void statusMessage(const QString& message);
    void loaded();

private:
    QWidget* buildTiles();
    QWidget* buildCharts();
    QWidget* buildAlerts();
    void display(const app::DashboardData& data);
    void showTiles(const app::DashboardData& data);
    void chooseImpactReport();

    app::Workspace& m_ws;
    std::unique_ptr<DashboardLoader> m_loader;
    std::unique_ptr<app::DashboardData> m_data;
    QLabel* m_title;
    KpiTile* m_receivables;
    KpiTile* m_overdue;
    KpiTile* m_dso;
    KpiTile* m_cei;
    KpiTile* m_add;
    KpiTile* m_atRisk;
    KpiTile* m_utilisation;
    DashboardChart* m_aging;
    DashboardChart* m_trend;
    DashboardChart* m_top;
    DashboardChart* m_forecast;
    AlertListModel* m_alertModel;
    QTableView* m_alertView;
    QPushButton* m_acknowledge;
    QLabel* m_abc;
};

} // namespace pc::ui
