#include "ui/RatioTableModel.h"

#include "app/Labels.h"
#include "app/RiskLabels.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>
#include <set>

namespace pc::ui {

namespace {

const std::string& keyAt(int row)
{
    return risk::ratioKeys()[static_cast<std::size_t>(row)];
}

// Sub-lines ("… dont capital") are greyed as details of the line above them.
bool isDetail(const std::string& key)
{
    static const std::set<std::string> details = {"investment_by_debt", "investment_by_leasing",
                                                  "investment_by_equity", "equity_capital", "equity_reserves",
                                                  "equity_result"};
    return details.count(key) != 0;
}

} // namespace

RatioTableModel::RatioTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RatioTableModel::setYears(std::vector<risk::YearRatios> years)
{
    beginResetModel();
    m_years = std::move(years);
    std::reverse(m_years.begin(), m_years.end());
    endResetModel();
}

int RatioTableModel::rowOf(const std::string& key)
{
    const auto& keys = risk::ratioKeys();
    const auto it = std::find(keys.begin(), keys.end(), key);
    return it == keys.end() ? -1 : static_cast<int>(it - keys.begin());
}

int RatioTableModel::columnOf(int fiscalYear) const
{
    const auto it = std::find_if(m_years.begin(), m_years.end(),
                                 [&](const risk::YearRatios& y) { return y.fiscalYear == fiscalYear; });
    return it == m_years.end() ? -1 : FirstYearColumn + static_cast<int>(it - m_years.begin());
}

int RatioTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(risk::ratioKeys().size());
}

int RatioTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstYearColumn + static_cast<int>(m_years.size());
}

QVariant RatioTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const std::string& key = keyAt(index.row());
    if (role == Qt::ToolTipRole)
        return app::RiskLabels::ratioDefinition(key);
    if (index.column() == NameColumn) {
        if (role == Qt::DisplayRole)
            return app::RiskLabels::ratioName(key);
        if (role == Qt::ForegroundRole && isDetail(key))
            return QBrush(QColor(0x5d, 0x6d, 0x7e));
        return {};
    }
    const risk::YearRatios& year = m_years[static_cast<std::size_t>(index.column() - FirstYearColumn)];
    const risk::RatioValue* value = year.find(key);
    return value ? valueData(*value, role) : QVariant();
}

QVariant RatioTableModel::valueData(const risk::RatioValue& value, int role) const
{
    switch (role) {
    case Qt::DisplayRole: return app::RiskLabels::ratioValue(value);
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        if (value.ok())
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (!value.ok())
            return QBrush(QColor(0x95, 0xa5, 0xa6));
        return value.number() && *value.number() < 0 ? QVariant(QBrush(QColor(0xc0, 0x39, 0x2b))) : QVariant();
    default: return {};
    }
}

QVariant RatioTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return role == Qt::DisplayRole ? tr("Indicateur") : QVariant();
    const risk::YearRatios& year = m_years[static_cast<std::size_t>(section - FirstYearColumn)];
    if (role == Qt::DisplayRole)
        return tr("Exercice %1").arg(year.fiscalYear);
    if (role == Qt::ToolTipRole)
        return tr("Clos le %1").arg(app::Labels::date(year.closingDate));
    return {};
}

} // namespace pc::ui
