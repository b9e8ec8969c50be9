#include "ui/OrderLinesModel.h"

#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/SalesLabels.h"

#include <QBrush>
#include <QColor>

#include <array>
#include <string>

namespace pc::ui {

using core::DocumentLine;
using core::Error;

namespace {

// The field names of core::checkLine, by column.
constexpr std::array<const char*, OrderLinesModel::Net> kFields = {"description", "quantity", "unit_price", "vat_rate"};

std::string utf8(const QString& text)
{
    return text.trimmed().toStdString();
}

} // namespace

bool OrderLinesModel::Row::isBlank() const
{
    return description.trimmed().isEmpty() && quantity.trimmed().isEmpty() && unitPrice.trimmed().isEmpty();
}

OrderLinesModel::OrderLinesModel(QObject* parent) : QAbstractTableModel(parent)
{
    reset();
}

void OrderLinesModel::reset()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    addLine();
}

int OrderLinesModel::addLine()
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.push_back(Row{{}, {}, {}, QStringLiteral("20")});
    endInsertRows();
    emit linesChanged();
    return row;
}

void OrderLinesModel::removeLine(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    emit linesChanged();
}

core::Result<DocumentLine> OrderLinesModel::parse(const Row& row)
{
    DocumentLine line;
    line.description = utf8(row.description);
    const auto quantity = core::Quantity::parse(utf8(row.quantity));
    if (!quantity)
        return Error(quantity.error()).inField(kFields[QuantityColumn]);
    line.quantity = *quantity;
    const auto price = core::Money::parse(utf8(row.unitPrice));
    if (!price)
        return Error(price.error()).inField(kFields[UnitPrice]);
    line.unitPrice = *price;
    const auto rate = core::Rate::parsePercent(utf8(row.vatRate));
    if (!rate)
        return Error(rate.error()).inField(kFields[VatRate]);
    line.vatRate = *rate;
    return line;
}

core::Result<std::vector<DocumentLine>> OrderLinesModel::lines() const
{
    std::vector<DocumentLine> lines;
    for (const Row& row : m_rows) {
        if (row.isBlank())
            continue;
        auto line = parse(row);
        if (!line) {
            Error error = line.error();
            return error.inField("lines[" + std::to_string(lines.size() + 1) + "]." + error.where.field);
        }
        lines.push_back(*line);
    }
    return lines;
}

core::DocumentTotals OrderLinesModel::totals() const
{
    std::vector<DocumentLine> lines;
    for (const Row& row : m_rows) {
        if (auto line = parse(row); line && !row.isBlank())
            lines.push_back(*line);
    }
    return core::totalsOf(lines);
}

std::optional<Error> OrderLinesModel::cellError(const Row& row, int column) const
{
    if (row.isBlank() || column == Net)
        return std::nullopt;
    const QString& typed = text(row, column);
    if (column == QuantityColumn) {
        if (auto q = core::Quantity::parse(utf8(typed)); !q)
            return q.error();
    } else if (column == UnitPrice) {
        if (auto p = core::Money::parse(utf8(typed)); !p)
            return p.error();
    } else if (column == VatRate) {
        if (auto r = core::Rate::parsePercent(utf8(typed)); !r)
            return r.error();
    }
    // The cell reads: the rules of a line (a description, a quantity above zero, a
    // French VAT rate) may still refuse it.
    const auto line = parse(row);
    if (!line)
        return std::nullopt;
    const core::Status rules = core::checkLine(*line);
    if (!rules && rules.error().where.field == kFields[static_cast<std::size_t>(column)])
        return rules.error();
    return std::nullopt;
}

const QString& OrderLinesModel::text(const Row& row, int column)
{
    switch (column) {
    case QuantityColumn: return row.quantity;
    case UnitPrice: return row.unitPrice;
    case VatRate: return row.vatRate;
    default: return row.description;
    }
}

QString& OrderLinesModel::text(Row& row, int column)
{
    return const_cast<QString&>(text(static_cast<const Row&>(row), column));
}

QVariant OrderLinesModel::display(const Row& row, int column) const
{
    if (column == Description)
        return row.description;
    if (column == Net) {
        const auto quantity = core::Quantity::parse(utf8(row.quantity));
        const auto price = core::Money::parse(utf8(row.unitPrice));
        return quantity && price ? app::Labels::money(quantity->times(*price)) : QString();
    }
    if (cellError(row, column) || text(row, column).trimmed().isEmpty())
        return text(row, column);
    // Read back in the locale's writing, so that the user sees what was understood.
    switch (column) {
    case QuantityColumn: return app::SalesLabels::quantity(*core::Quantity::parse(utf8(row.quantity)));
    case UnitPrice: return app::Labels::money(*core::Money::parse(utf8(row.unitPrice)));
    default: return app::SalesLabels::vatRate(*core::Rate::parsePercent(utf8(row.vatRate)));
    }
}

int OrderLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrderLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(row, column);
    case Qt::EditRole: return column == Net ? display(row, column) : QVariant(text(row, column));
    case Qt::TextAlignmentRole:
        return column == Description ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return cellError(row, column) ? QVariant(QBrush(QColor(0xfa, 0xdb, 0xd8))) : QVariant();
    case Qt::ToolTipRole: {
        const auto error = cellError(row, column);
        return error ? QVariant(app::ErrorText::message(*error)) : QVariant();
    }
    default: return {};
    }
}

bool OrderLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() == Net || index.row() >= rowCount())
        return false;
    Row& row = m_rows[static_cast<std::size_t>(index.row())];
    text(row, index.column()) = value.toString();
    // The amount and the other cells' checks depend on the whole row.
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), Net));
    emit linesChanged();
    return true;
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Description: return tr("Désignation");
    case QuantityColumn: return tr("Quantité");
    case UnitPrice: return tr("Prix unitaire HT");
    case VatRate: return tr("TVA");
    case Net: return tr("Montant HT");
    default: return {};
    }
}

Qt::ItemFlags OrderLinesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Net)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace pc::ui
