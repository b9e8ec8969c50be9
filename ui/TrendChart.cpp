#include "ui/TrendChart.h"

#include <QBarCategoryAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace pc::ui {

TrendChart::TrendChart(const QString& title, const QString& valueAxisTitle, QWidget* parent)
    : QChartView(parent), m_valueAxisTitle(valueAxisTitle)
{
    auto* c = new QChart;
    c->setTitle(title);
    QFont titleFont = c->titleFont();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    c->setAnimationOptions(QChart::NoAnimation);
    c->setLocalizeNumbers(true);
    c->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = c->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    c->legend()->setFont(legendFont);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 220);
}

void TrendChart::clear()
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
}

void TrendChart::setData(const QStringList& years, const std::vector<Line>& lines)
{
    clear();
    QChart* c = chart();
    auto* xAxis = new QBarCategoryAxis;
    xAxis->append(years);
    xAxis->setTitleText(tr("Exercice"));
    auto* yAxis = new QValueAxis;
    yAxis->setTitleText(m_valueAxisTitle);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    // The scale keeps zero in view, so that a negative year reads as one at a glance.
    double low = 0.0, high = 0.0;
    for (const Line& line : lines) {
        auto* series = new QLineSeries;
        series->setName(line.name);
        series->setPointsVisible(true);
        for (std::size_t i = 0; i < line.values.size(); ++i) {
            if (!line.values[i])
                continue;
            series->append(static_cast<double>(i), *line.values[i]);
            low = std::min(low, *line.values[i]);
            high = std::max(high, *line.values[i]);
        }
        c->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    yAxis->setRange(low, high > low ? high : low + 1.0);
    yAxis->applyNiceNumbers();
}

} // namespace pc::ui
