#pragma once

#include <QChartView>
#include <QStringList>

#include <optional>
#include <vector>

namespace pc::ui {

// A line chart of a few measures over the fiscal years, for the trends of stage 1.
// A year whose value is unknown gets no point: never a silent zero.
class TrendChart : public QChartView {
    Q_OBJECT

public:
    struct Line {
        QString name;
        std::vector<std::optional<double>> values; // one per year, in the order of the years
    };

    TrendChart(const QString& title, const QString& valueAxisTitle, QWidget* parent = nullptr);

    void setData(const QStringList& years, const std::vector<Line>& lines);

private:
    void clear();

    QString m_valueAxisTitle;
};

} // namespace pc::ui
