#pragma once

#include "core/Money.h"

#include <QColor>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

class QPainter;
class QRectF;

namespace pc::app {

// The charts of the impact report, drawn with QPainter on any device (the PDF writer,
// an image in the tests), so that the printed report needs no Qt Charts. Texts arrive
// translated and formatted; sizes are in points, so a chart reads the same at any
// resolution.

struct ChartBar {
    QString label;
    core::Money amount;
    QString amountText; // as printed next to the bar
    QColor color;
};

// One bar a line: the label, the bar, the amount after it. Negative amounts draw no bar.
void paintHorizontalBars(QPainter& painter, const QRectF& area, const std::vector<ChartBar>& bars);

// Bars side by side on a baseline, the amount above each and the label below.
void paintVerticalBars(QPainter& painter, const QRectF& area, const std::vector<ChartBar>& bars);

struct LinePoint {
    QString label;                    // under the axis
    std::optional<std::int64_t> value; // hundredths; none leaves a gap in the line
};

struct LineChart {
    std::vector<LinePoint> points;
    QString lastValueText;              // written by the last point
    std::optional<std::int64_t> target; // hundredths: a dashed line across
    QString targetText;
};

// A line over the points with the target across, the vertical axis in whole units.
void paintLineChart(QPainter& painter, const QRectF& area, const LineChart& chart);

} // namespace pc::app
