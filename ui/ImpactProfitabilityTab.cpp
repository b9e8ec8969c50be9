#include "ui/ImpactProfitabilityTab.h"

#include "app/Clock.h"
#include "app/Labels.h"

#include <QColor>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pc::ui {

using receivables::ClientCost;

ImpactProfitabilityTab::ImpactProfitabilityTab(app::Workspace& workspace, QWidget* parent)
    : ImpactTab(workspace, parent),
      m_from(makeAsOfEdit("profitabilityFromEdit")),
      m_to(makeAsOfEdit("profitabilityToEdit")),
      m_model(new ImpactTableModel<Line>([](const Line& l) { return l.total; }, this)),
      m_view(makeView(m_model, "profitabilityView"))
{
    setObjectName(QStringLiteral("impactProfitabilityTab"));
    // The last twelve months by default: a year of sales against a year of costs.
    m_from->setDate(app::toQDate(today().addMonths(-12).addDays(1)));
    setUpColumns();
    auto* fields = new QHBoxLayout;
    fields->addWidget(new QLabel(tr("Du"), this));
    fields->addWidget(m_from);
    fields->addWidget(new QLabel(tr("au"), this));
    fields->addWidget(m_to);
    fields->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(m_view, 1);
    openClientOnDoubleClick<Line>(m_view, m_model, [](const Line& l) { return l.client.companyId; });
}

void ImpactProfitabilityTab::setUpColumns()
{
    using Column = ImpactTableModel<Line>::Column;
    const auto money = [](const QString& header, core::Money ClientCost::*field) {
        return Column{header, [field](const Line& l) { return app::Labels::money(l.client.cost.*field); },
                      [field](const Line& l) { return QVariant(static_cast<qlonglong>((l.client.cost.*field).cents())); },
                      true};
    };
    m_model->setColumns({
        {tr("Client"), [](const Line& l) { return l.total ? tr("Total") : QString::fromStdString(l.client.name); }, {},
         false},
        {tr("Classe"), [](const Line& l) { return QString::fromStdString(l.client.riskClass); }, {}, false},
        money(tr("Ventes HT"), &ClientCost::sales),
        money(tr("Encours moyen"), &ClientCost::averageOutstanding),
        money(tr("Financement"), &ClientCost::financing),
        money(tr("Recouvrement"), &ClientCost::collection),
        money(tr("Perte attendue"), &ClientCost::expectedLoss),
        money(tr("Marge"), &ClientCost::margin),
        money(tr("Résultat"), &ClientCost::profit),
        {tr("Hausse de prix"), [](const Line& l) { return hundredthsText(l.client.cost.upliftHundredths, QStringLiteral("%")); },
         [](const Line& l) { return hundredthsKey(l.client.cost.upliftHundredths); }, true},
    });
    // A client that loses money reads in red.
    m_model->setRoleProvider([](const Line& l, int, int role) {
        return role == Qt::ForegroundRole && l.client.cost.profit.cents() < 0 ? QVariant(QColor(0xc0392b)) : QVariant();
    });
}

void ImpactProfitabilityTab::recompute()
{
    app::AnalyticsService analytics(workspace());
    const app::ProfitabilityView view = analytics.profitability(
        app::fromQDate(m_from->date()), app::fromQDate(m_to->date()), app::AnalyticsSettings::load(workspace()));
    std::vector<Line> lines;
    for (const app::ClientProfitability& c : view.clients)
        lines.push_back({c, false});
    lines.push_back({{0, {}, {}, {}, view.total}, true});
    m_model->setRecords(std::move(lines));
    emit statusMessage(tr("Rentabilité du %1 au %2 : résultat %3 sur %4 de ventes")
                           .arg(app::Labels::date(view.from), app::Labels::date(view.to),
                                app::Labels::money(view.total.profit), app::Labels::money(view.total.sales)));
}

} // namespace pc::ui
