#include "app/ImpactChartPainter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QRectF>

#include <algorithm>
#include <cmath>

namespace pc::app {
namespace {

const QColor kInk(0x1f, 0x29, 0x33);
const QColor kMuted(0x52, 0x60, 0x6d);
const QColor kGrid(0xd9, 0xde, 0xe5);
const QColor kLine(0x1d, 0x3f, 0x72);
const QColor kTarget(0xc0, 0x39, 0x2b);
constexpr qreal kTextPoints = 7.0;

// Points to device pixels, so that a chart keeps its proportions on any resolution.
qreal points(const QPainter& painter, qreal value)
{
    return value * painter.device()->logicalDpiY() / 72.0;
}

void useFont(QPainter& painter, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(kTextPoints);
    font.setBold(bold);
    // As in the documents: no ligatures, so that the PDF's text reads back as typed.
    font.setStyleStrategy(QFont::PreferNoShaping);
    painter.setFont(font);
}

qreal widest(const QPainter& painter, const std::vector<QString>& texts)
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    qreal width = 0;
    for (const QString& text : texts)
        width = std::max(width, metrics.horizontalAdvance(text));
    return width;
}

// The drawing boundary: amounts become lengths on the page here, and only here, as
// doubles; nothing computed from them goes back into a figure.
double length(core::Money amount)
{
    return static_cast<double>(std::max<std::int64_t>(amount.cents(), 0));
}

double largest(const std::vector<ChartBar>& bars)
{
    double top = 0;
    for (const ChartBar& bar : bars)
        top = std::max(top, length(bar.amount));
    return top > 0 ? top : 1.0;
}

void drawText(QPainter& painter, const QRectF& box, int flags, const QString& text, const QColor& color)
{
    painter.setPen(color);
    painter.drawText(box, flags, text);
}

// A step of 1, 2, 2.5 or 5 times a power of ten giving about five grid lines up to `top`.
double gridStep(double top)
{
    const double rough = std::max(top / 5.0, 1.0);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (rough <= factor * power)
            return factor * power;
    return 10.0 * power;
}

} // namespace

void paintHorizontalBars(QPainter& painter, const QRectF& area, const std::vector<ChartBar>& bars)
{
    if (bars.empty())
        return;
    painter.save();
    useFont(painter);
    std::vector<QString> labels;
    std::vector<QString> amounts;
    for (const ChartBar& bar : bars) {
        labels.push_back(bar.label);
        amounts.push_back(bar.amount.isNegative() ? QString() : bar.amountText);
    }
    const qreal gap = points(painter, 4);
    const qreal left = area.left() + widest(painter, labels) + gap;
    const qreal span = std::max(area.right() - widest(painter, amounts) - gap - left, qreal(1));
    const qreal line = area.height() / static_cast<qreal>(bars.size());
    const double top = largest(bars);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const qreal y = area.top() + line * static_cast<qreal>(i);
        const qreal width = span * length(bars[i].amount) / top;
        drawText(painter, QRectF(area.left(), y, left - area.left(), line), Qt::AlignLeft | Qt::AlignVCenter,
                 labels[i], kInk);
        painter.fillRect(QRectF(left, y + line * 0.18, width, line * 0.64), bars[i].color);
        drawText(painter, QRectF(left + width + gap / 2, y, area.right() - left - width, line),
                 Qt::AlignLeft | Qt::AlignVCenter, amounts[i], kInk);
    }
    painter.setPen(QPen(kMuted, points(painter, 0.5)));
    painter.drawLine(QPointF(left, area.top()), QPointF(left, area.bottom()));
    painter.restore();
}

void paintVerticalBars(QPainter& painter, const QRectF& area, const std::vector<ChartBar>& bars)
{
    if (bars.empty())
        return;
    painter.save();
    useFont(painter);
    const qreal text = QFontMetricsF(painter.font(), painter.device()).height();
    const QRectF plot = area.adjusted(0, text * 1.3, 0, -text * 1.4);
    const qreal slot = plot.width() / static_cast<qreal>(bars.size());
    const double top = largest(bars);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const qreal x = plot.left() + slot * static_cast<qreal>(i);
        const qreal height = plot.height() * length(bars[i].amount) / top;
        const QRectF bar(x + slot * 0.2, plot.bottom() - height, slot * 0.6, height);
        painter.fillRect(bar, bars[i].color);
        drawText(painter, QRectF(x, bar.top() - text * 1.2, slot, text), Qt::AlignCenter, bars[i].amountText, kInk);
        drawText(painter, QRectF(x, plot.bottom() + text * 0.3, slot, text), Qt::AlignCenter, bars[i].label, kInk);
    }
    painter.setPen(QPen(kMuted, points(painter, 0.5)));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.restore();
}

namespace {

// Where the values of a line chart land: whole units up the left side, one slot per point.
struct LineFrame {
    QRectF area;
    QRectF plot;
    double top = 1; // in hundredths
    std::size_t count = 1;

    QPointF at(std::size_t index, std::int64_t value) const
    {
        const qreal slot = plot.width() / static_cast<qreal>(count);
        return {plot.left() + slot * (static_cast<qreal>(index) + 0.5),
                plot.bottom() - plot.height() * static_cast<double>(value) / top};
    }
};

double highest(const LineChart& chart)
{
    double top = chart.target ? static_cast<double>(*chart.target) : 0.0;
    for (const LinePoint& p : chart.points)
        if (p.value)
            top = std::max(top, static_cast<double>(*p.value));
    return top;
}

void paintGrid(QPainter& painter, const LineFrame& frame, double stepUnits)
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    for (double units = 0; units * 100.0 <= frame.top + 0.5; units += stepUnits) {
        const qreal y = frame.plot.bottom() - frame.plot.height() * units * 100.0 / frame.top;
        painter.setPen(QPen(kGrid, points(painter, 0.5)));
        painter.drawLine(QPointF(frame.plot.left(), y), QPointF(frame.plot.right(), y));
        const QRectF label(frame.area.left(), y - metrics.height() / 2,
                           frame.plot.left() - frame.area.left() - points(painter, 3), metrics.height());
        drawText(painter, label, Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(units), kMuted);
    }
}

void paintTarget(QPainter& painter, const LineFrame& frame, const LineChart& chart)
{
    if (!chart.target)
        return;
    const qreal y = frame.at(0, *chart.target).y();
    painter.setPen(QPen(kTarget, points(painter, 1), Qt::DashLine));
    painter.drawLine(QPointF(frame.plot.left(), y), QPointF(frame.plot.right(), y));
    const qreal text = QFontMetricsF(painter.font(), painter.device()).height();
    drawText(painter, QRectF(frame.plot.left(), y - text * 1.1, frame.plot.width(), text),
             Qt::AlignLeft | Qt::AlignBottom, chart.targetText, kTarget);
}

void paintLine(QPainter& painter, const LineFrame& frame, const LineChart& chart)
{
    QPainterPath path;
    bool drawing = false;
    for (std::size_t i = 0; i < chart.points.size(); ++i) {
        const auto& value = chart.points[i].value;
        if (!value) {
            drawing = false;
            continue;
        }
        const QPointF point = frame.at(i, *value);
        drawing ? path.lineTo(point) : path.moveTo(point);
        drawing = true;
    }
    painter.setPen(QPen(kLine, points(painter, 1.5)));
    painter.drawPath(path);
    painter.setBrush(kLine);
    for (std::size_t i = 0; i < chart.points.size(); ++i)
        if (chart.points[i].value)
            painter.drawEllipse(frame.at(i, *chart.points[i].value), points(painter, 1.6), points(painter, 1.6));
}

void paintLabels(QPainter& painter, const LineFrame& frame, const LineChart& chart)
{
    const qreal text = QFontMetricsF(painter.font(), painter.device()).height();
    const qreal slot = frame.plot.width() / static_cast<qreal>(frame.count);
    for (std::size_t i = 0; i < chart.points.size(); ++i)
        drawText(painter, QRectF(frame.at(i, 0).x() - slot / 2, frame.plot.bottom() + text * 0.3, slot, text),
                 Qt::AlignCenter, chart.points[i].label, kInk);
    const auto& last = chart.points.back().value;
    if (!last)
        return;
    const QPointF point = frame.at(chart.points.size() - 1, *last);
    useFont(painter, true);
    drawText(painter, QRectF(point.x() - slot, point.y() - text * 1.5, slot * 1.5, text),
             Qt::AlignRight | Qt::AlignBottom, chart.lastValueText, kLine);
}

} // namespace

void paintLineChart(QPainter& painter, const QRectF& area, const LineChart& chart)
{
    if (chart.points.empty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    useFont(painter);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double step = gridStep(highest(chart) / 100.0);
    const double topUnits = std::max(std::ceil(highest(chart) * 1.15 / 100.0 / step), 1.0) * step;
    LineFrame frame;
    frame.area = area;
    const qreal axis = metrics.horizontalAdvance(QStringLiteral("000")) + points(painter, 6);
    frame.plot = area.adjusted(axis, metrics.height(), 0, -metrics.height() * 1.5);
    frame.top = topUnits * 100.0;
    frame.count = chart.points.size();
    paintGrid(painter, frame, step);
    paintTarget(painter, frame, chart);
    paintLine(painter, frame, chart);
    paintLabels(painter, frame, chart);
    painter.restore();
}

} // namespace pc::app
