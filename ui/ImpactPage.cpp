#include "ui/ImpactPage.h"

#include "ui/ImpactAgingTab.h"
#include "ui/ImpactForecastTab.h"
#include "ui/ImpactKpiTab.h"
#include "ui/ImpactProfitabilityTab.h"
#include "ui/ImpactProvisionsTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace pc::ui {

ImpactPage::ImpactPage(app::Workspace& workspace, QWidget* parent)
    : QWidget(parent),
      m_tabs(new QTabWidget(this)),
      m_aging(new ImpactAgingTab(workspace, this)),
      m_kpi(new ImpactKpiTab(workspace, this)),
      m_provisions(new ImpactProvisionsTab(workspace, this)),
      m_profitability(new ImpactProfitabilityTab(workspace, this)),
      m_forecast(new ImpactForecastTab(workspace, this))
{
    setObjectName(QStringLiteral("impactPage"));
    m_tabs->setObjectName(QStringLiteral("impactTabs"));
    // In the order of Tab.
    addTab(m_aging, tr("&Balance âgée"));
    addTab(m_kpi, tr("&Indicateurs"));
    addTab(m_provisions, tr("&Provisions"));
    addTab(m_profitability, tr("&Rentabilité"));
    addTab(m_forecast, tr("Pré&vision d'encaissement"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

void ImpactPage::addTab(ImpactTab* tab, const QString& title)
{
    m_tabs->addTab(tab, title);
    connect(tab, &ImpactTab::clientRequested, this, &ImpactPage::clientRequested);
    connect(tab, &ImpactTab::statusMessage, this, &ImpactPage::statusMessage);
}

void ImpactPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

ImpactPage::Tab ImpactPage::currentTab() const
{
    return static_cast<Tab>(m_tabs->currentIndex());
}

void ImpactPage::refresh()
{
    for (int i = 0; i < m_tabs->count(); ++i)
        static_cast<ImpactTab*>(m_tabs->widget(i))->invalidate();
}

} // namespace pc::ui
