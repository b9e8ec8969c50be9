#pragma once

#include "risk/Ratios.h"

#include <QAbstractTableModel>

#include <vector>

namespace pc::ui {

// The analysis of stage 1: one row per ratio in the order an analyst reads them, one
// column per fiscal year (newest first). A ratio that cannot be computed says why, in
// grey italics, instead of showing a zero; each row's tooltip says how it is computed.
class RatioTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, FirstYearColumn };

    explicit RatioTableModel(QObject* parent = nullptr);

    // The years as computeRatioSeries gives them, oldest first.
    void setYears(std::vector<risk::YearRatios> years);
    // The row of a ratio key, or -1.
    static int rowOf(const std::string& key);
    // The column of a fiscal year, or -1.
    int columnOf(int fiscalYear) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant valueData(const risk::RatioValue& value, int role) const;

    std::vector<risk::YearRatios> m_years; // newest first
};

} // namespace pc::ui
