#pragma once

#include <QWidget>

class QTabWidget;

namespace pc::app {
class Workspace;
}

namespace pc::ui {

class ImpactAgingTab;
class ImpactKpiTab;
class ImpactProvisionsTab;
class ImpactProfitabilityTab;
class ImpactForecastTab;
class ImpactTab;

// Stage 9, "Impacts financiers": the aged balance, the KPIs, the provisions, the
// profitability of each client and the cash-in forecast, one tab each. Only the tab
// on screen computes; the others wait until they are shown.
class ImpactPage : public QWidget {
    Q_OBJECT

public:
    enum class Tab { Aging, Kpi, Provisions, Profitability, Forecast };

    ImpactPage(app::Workspace& workspace, QWidget* parent = nullptr);

    void showTab(Tab tab);
    Tab currentTab() const;

    ImpactAgingTab* agingTab() const { return m_aging; }
    ImpactKpiTab* kpiTab() const { return m_kpi; }
    ImpactProvisionsTab* provisionsTab() const { return m_provisions; }
    ImpactProfitabilityTab* profitabilityTab() const { return m_profitability; }
    ImpactForecastTab* forecastTab() const { return m_forecast; }

public slots:
    // The store has changed: the tab on screen computes again, the others when shown.
    void refresh();

signals:
    // A client row was double-clicked: open its file.
    void clientRequested(qint64 companyId);
    void statusMessage(const QString& message);

private:
    void addTab(ImpactTab* tab, const QString& title);

    QTabWidget* m_tabs;
    ImpactAgingTab* m_aging;
    ImpactKpiTab* m_kpi;
    ImpactProvisionsTab* m_provisions;
    ImpactProfitabilityTab* m_profitability;
    ImpactForecastTab* m_forecast;
};

} // namespace pc::ui
