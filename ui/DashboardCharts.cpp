#include "ui/DashboardCharts.h"

#include "app/Labels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QMouseEvent>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace pc::ui {

namespace {

double euros(core::Money m)
{
    return static_cast<double>(m.cents()) / 100.0;
}

double days(std::int64_t hundredths)
{
    return static_cast<double>(hundredths) / 100.0;
}

// Axis labels a size below the text's, so that twelve months or ten names fit. Set
// once the axes are in the chart: adding them applies the theme's fonts.
void shrinkLabels(QChart* chart)
{
    for (QAbstractAxis* axis : chart->axes()) {
        QFont font = axis->labelsFont();
        font.setPointSizeF(font.pointSizeF() * 0.8);
        axis->setLabelsFont(font);
        // Short categories ("11/26", "31-60") read whole even when they touch.
        if (axis->type() == QAbstractAxis::AxisTypeBarCategory && axis->orientation() == Qt::Horizontal)
            axis->setTruncateLabels(false);
    }
}

QValueAxis* amountAxis(double high)
{
    auto* axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f €"));
    axis->setRange(0.0, std::max(high, 1.0));
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

DashboardChart::DashboardChart(const QString& title, QWidget* parent) : QChartView(parent)
{
    auto* c = new QChart;
    c->setTitle(title);
    QFont titleFont = c->titleFont();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    c->setAnimationOptions(QChart::NoAnimation);
    c->setLocalizeNumbers(true);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(2, 2, 2, 2));
    c->setBackgroundRoundness(0);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 180);
    setCursor(Qt::PointingHandCursor);
}

void DashboardChart::clear()
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_clients.clear();
}

void DashboardChart::mouseReleaseEvent(QMouseEvent* event)
{
    QChartView::mouseReleaseEvent(event);
    // A click on a client's bar asks for the client (QBarSet::clicked); elsewhere, for
    // the stage 9 view behind the chart.
    if (m_clients.empty())
        emit clicked();
}

void DashboardChart::showAging(const std::vector<std::string>& labels, const receivables::AgingRow& total)
{
    clear();
    // Horizontal, the oldest bucket at the bottom: the bucket names read whole.
    auto* set = new QBarSet(tr("Encours"));
    QStringList categories;
    double high = 0.0;
    const auto add = [&](const QString& name, core::Money amount) {
        categories.prepend(name);
        set->insert(0, euros(amount));
        high = std::max(high, euros(amount));
    };
    for (std::size_t i = 0; i < labels.size() && i < total.buckets.size(); ++i)
        add(labels[i] == "not_due" ? tr("Non échu") : tr("%1 j").arg(QString::fromStdString(labels[i])),
            total.buckets[i]);
    add(tr("En litige"), total.disputed);
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    QChart* c = chart();
    c->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    QValueAxis* x = amountAxis(high);
    x->setTickCount(4);
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    c->legend()->hide();
    shrinkLabels(c);
}

void DashboardChart::showDsoTrend(const std::vector<app::PortfolioKpis>& history,
                                  const std::optional<std::int64_t>& target)
{
    clear();
    auto* dso = new QLineSeries;
    dso->setName(tr("DSO"));
    auto* countBack = new QLineSeries;
    countBack->setName(tr("DSO par épuisement"));
    QStringList months;
    double high = target ? days(*target) : 0.0;
    for (std::size_t i = 0; i < history.size(); ++i) {
        const app::PortfolioKpis& k = history[i];
        // The month alone: twelve of them read in a small chart; the title says the span.
        months << QStringLiteral("%1").arg(k.asOf.month(), 2, 10, QLatin1Char('0'));
        if (k.dso) {
            dso->append(static_cast<double>(i), days(*k.dso));
            high = std::max(high, days(*k.dso));
        }
        if (k.countBackDso) {
            countBack->append(static_cast<double>(i), days(*k.countBackDso));
            high = std::max(high, days(*k.countBackDso));
        }
    }
    QChart* c = chart();
    auto* x = new QBarCategoryAxis;
    x->append(months);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f j"));
    y->setRange(0.0, std::max(high * 1.1, 1.0));
    y->applyNiceNumbers();
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    std::vector<QLineSeries*> lines{dso, countBack};
    if (target && !history.empty()) {
        auto* goal = new QLineSeries;
        goal->setName(tr("Objectif"));
        goal->append(0.0, days(*target));
        goal->append(static_cast<double>(history.size() - 1), days(*target));
        QPen pen(QColor(0xc0, 0x39, 0x2b));
        pen.setStyle(Qt::DashLine);
        goal->setPen(pen);
        lines.push_back(goal);
    }
    for (QLineSeries* line : lines) {
        c->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    dso->setPointsVisible(true);
    c->legend()->show();
    shrinkLabels(c);
}

void DashboardChart::showTopExposures(const std::vector<app::TopExposure>& top)
{
    clear();
    auto* exposure = new QBarSet(tr("Encours"));
    auto* overdue = new QBarSet(tr("Dont échu"));
    QStringList names;
    double high = 0.0;
    // Bottom up, so the largest reads first at the top.
    for (auto it = top.rbegin(); it != top.rend(); ++it) {
        names << (it->name.size() > 18 ? it->name.left(17) + QStringLiteral("…") : it->name);
        *exposure << euros(it->exposure);
        *overdue << euros(it->overdue);
        high = std::max(high, euros(it->exposure));
        m_clients.push_back(it->companyId);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(exposure);
    series->append(overdue);
    QChart* c = chart();
    c->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    QValueAxis* x = amountAxis(high);
    x->setTickCount(4);
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    const auto open = [this](int index) {
        if (index >= 0 && static_cast<std::size_t>(index) < m_clients.size())
            emit clientClicked(m_clients[static_cast<std::size_t>(index)]);
    };
    connect(exposure, &QBarSet::clicked, this, open);
    connect(overdue, &QBarSet::clicked, this, open);
    c->legend()->show();
    shrinkLabels(c);
}

void DashboardChart::showForecast(const receivables::CashForecast& forecast)
{
    clear();
    using receivables::Confidence;
    auto* high = new QBarSet(tr("Confiance haute"));
    auto* medium = new QBarSet(tr("Moyenne"));
    auto* low = new QBarSet(tr("Faible"));
    high->setColor(QColor(0x2e, 0x7d, 0x32));
    medium->setColor(QColor(0xf9, 0xa8, 0x25));
    low->setColor(QColor(0xc6, 0x28, 0x28));
    QStringList periods;
    double top = 0.0;
    for (const receivables::ForecastPeriod& p : forecast.periods) {
        periods << QStringLiteral("%1/%2").arg(p.start.month(), 2, 10, QLatin1Char('0')).arg(p.start.year() % 100, 2, 10, QLatin1Char('0'));
        *high << euros(p.byConfidence[static_cast<std::size_t>(Confidence::High)]);
        *medium << euros(p.byConfidence[static_cast<std::size_t>(Confidence::Medium)]);
        *low << euros(p.byConfidence[static_cast<std::size_t>(Confidence::Low)]);
        top = std::max(top, euros(p.total));
    }
    auto* series = new QStackedBarSeries;
    series->append(high);
    series->append(medium);
    series->append(low);
    QChart* c = chart();
    c->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(periods);
    QValueAxis* y = amountAxis(top);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    c->legend()->show();
    shrinkLabels(c);
}

} // namespace pc::ui
