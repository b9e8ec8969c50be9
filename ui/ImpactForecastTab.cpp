#include "ui/ImpactForecastTab.h"

#include "app/AnalyticsService.h"
#include "app/Clock.h"
#include "app/Labels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <array>

namespace pc::ui {

using receivables::Confidence;

namespace {

QVariant cents(core::Money amount)
{
    return QVariant(static_cast<qlonglong>(amount.cents()));
}

core::Money byConfidence(const ImpactForecastTab::Line& l, Confidence c)
{
    return l.period.byConfidence[static_cast<std::size_t>(c)];
}

} // namespace

ImpactForecastTab::ImpactForecastTab(app::Workspace& workspace, QWidget* parent)
    : ImpactTab(workspace, parent),
      m_asOf(makeAsOfEdit("forecastAsOfEdit")),
      m_granularity(new QComboBox(this)),
      m_horizon(new QSpinBox(this)),
      m_summary(new QLabel(this)),
      m_chart(new QChartView(this)),
      m_model(new ImpactTableModel<Line>([](const Line& l) { return l.total; }, this)),
      m_view(makeView(m_model, "forecastView"))
{
    setObjectName(QStringLiteral("impactForecastTab"));
    m_granularity->setObjectName(QStringLiteral("forecastGranularityCombo"));
    m_granularity->addItem(tr("Par semaine"), QStringLiteral("week"));
    m_granularity->addItem(tr("Par mois"), QStringLiteral("month"));
    m_horizon->setObjectName(QStringLiteral("forecastHorizonSpin"));
    m_horizon->setRange(1, 52);
    m_horizon->setValue(12);
    m_horizon->setSuffix(tr(" période(s)"));
    m_summary->setObjectName(QStringLiteral("forecastSummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_chart->setObjectName(QStringLiteral("forecastChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    m_chart->chart()->setAnimationOptions(QChart::NoAnimation);
    m_chart->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_chart->chart()->setMargins(QMargins(4, 4, 4, 4));
    setUpColumns();

    auto* fields = new QHBoxLayout;
    fields->addWidget(new QLabel(tr("Au"), this));
    fields->addWidget(m_asOf);
    fields->addWidget(m_granularity);
    fields->addWidget(new QLabel(tr("Horizon"), this));
    fields->addWidget(m_horizon);
    fields->addStretch(1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_granularity, &QComboBox::currentIndexChanged, this, &ImpactTab::invalidate);
    connect(m_horizon, &QSpinBox::valueChanged, this, &ImpactTab::invalidate);
}

QChart* ImpactForecastTab::chart() const
{
    return m_chart->chart();
}

void ImpactForecastTab::setUpColumns()
{
    using Column = ImpactTableModel<Line>::Column;
    const auto money = [](const QString& header, std::function<core::Money(const Line&)> amount) {
        return Column{header, [amount](const Line& l) { return app::Labels::money(amount(l)); },
                      [amount](const Line& l) { return cents(amount(l)); }, true};
    };
    m_model->setColumns({
        {tr("Période"), [](const Line& l) { return l.total ? tr("Total") : QString::fromStdString(l.period.label); }, {},
         false},
        {tr("Du"), [](const Line& l) { return l.total ? QString() : app::Labels::date(l.period.start); },
         [](const Line& l) { return QVariant(l.period.start.daysSinceEpoch()); }, false},
        {tr("Au"), [](const Line& l) { return l.total ? QString() : app::Labels::date(l.period.end); },
         [](const Line& l) { return QVariant(l.period.end.daysSinceEpoch()); }, false},
        money(tr("Confiance élevée"), [](const Line& l) { return byConfidence(l, Confidence::High); }),
        money(tr("Moyenne"), [](const Line& l) { return byConfidence(l, Confidence::Medium); }),
        money(tr("Faible"), [](const Line& l) { return byConfidence(l, Confidence::Low); }),
        money(tr("Total"), [](const Line& l) { return l.period.total; }),
    });
}

void ImpactForecastTab::recompute()
{
    const auto granularity = receivables::granularityFromCode(m_granularity->currentData().toString().toStdString());
    const core::Date asOf = app::fromQDate(m_asOf->date());
    const receivables::CashForecast forecast = app::AnalyticsService(workspace()).forecast(
        asOf, granularity.value_or(receivables::Granularity::Week), m_horizon->value());
    std::vector<Line> lines;
    Line total{{}, true};
    for (const receivables::ForecastPeriod& p : forecast.periods) {
        lines.push_back({p, false});
        for (std::size_t i = 0; i < p.byConfidence.size(); ++i)
            total.period.byConfidence[i] += p.byConfidence[i];
    }
    total.period.total = forecast.total;
    lines.push_back(total);
    m_model->setRecords(std::move(lines));
    m_summary->setText(tr("Attendu sur l'horizon : <b>%1</b> · au-delà : <b>%2</b> · à part : en litige <b>%3</b>, "
                          "en procédure collective <b>%4</b>")
                           .arg(app::Labels::money(forecast.total), app::Labels::money(forecast.beyond),
                                app::Labels::money(forecast.disputed), app::Labels::money(forecast.inProceedings)));
    showChart(forecast);
}

void ImpactForecastTab::showChart(const receivables::CashForecast& forecast)
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    // Drawn from the surest down, in the colours of a traffic light.
    const std::array<std::pair<Confidence, QString>, 3> sets{{{Confidence::High, tr("Confiance élevée")},
                                                               {Confidence::Medium, tr("Moyenne")},
                                                               {Confidence::Low, tr("Faible")}}};
    const std::array<QColor, 3> colours{QColor(0x27ae60), QColor(0xf39c12), QColor(0xc0392b)};
    auto* series = new QStackedBarSeries;
    QStringList categories;
    for (const receivables::ForecastPeriod& p : forecast.periods)
        categories << QString::fromStdString(p.label);
    for (std::size_t s = 0; s < sets.size(); ++s) {
        auto* set = new QBarSet(sets[s].second);
        set->setColor(colours[s]);
        for (const receivables::ForecastPeriod& p : forecast.periods)
            *set << static_cast<double>(p.byConfidence[static_cast<std::size_t>(sets[s].first)].cents()) / 100.0;
        series->append(set);
    }
    c->addSeries(series);
    auto* xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    auto* yAxis = new QValueAxis;
    yAxis->setTitleText(tr("€"));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    // Round figures on the scale rather than fractions of the highest week.
    yAxis->applyNiceNumbers();
    c->setLocalizeNumbers(true);
    c->setTitle(tr("Encaissements attendus par niveau de confiance"));
}

} // namespace pc::ui
