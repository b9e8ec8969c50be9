#pragma once

#include <QAbstractTableModel>
#include <QFont>
#include <QString>
#include <QVariant>

#include <functional>
#include <vector>

namespace pc::ui {

// The roles the stage 9 tables add: the value a column sorts by (an amount sorts by
// its cents, not by its French text), and whether the row is the total, which stays
// last whatever the order (see ImpactSortProxy).
inline constexpr int kImpactSortRole = Qt::UserRole;
inline constexpr int kImpactTotalRole = Qt::UserRole + 1;

// A read-only table of stage 9 over a vector of records whose columns can change
// (the buckets of the aged balance): text, sort key and alignment per column, the
// total row in bold.
template <class T>
class ImpactTableModel : public QAbstractTableModel {
public:
    struct Column {
        QString header;
        std::function<QString(const T&)> text;
        std::function<QVariant(const T&)> sortKey; // none: the text
        bool numeric = false;                      // right-aligned
    };
    // Colours and tooltips of a cell; a null QVariant leaves the view's default.
    using RoleProvider = std::function<QVariant(const T&, int column, int role)>;

    explicit ImpactTableModel(std::function<bool(const T&)> isTotal = {}, QObject* parent = nullptr)
        : QAbstractTableModel(parent), m_isTotal(std::move(isTotal))
    {
    }

    void setColumns(std::vector<Column> columns)
    {
        beginResetModel();
        m_columns = std::move(columns);
        endResetModel();
    }
    void setRecords(std::vector<T> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    void setRoleProvider(RoleProvider provider) { m_roles = std::move(provider); }
    const std::vector<T>& records() const { return m_records; }
    const T& record(int row) const { return m_records[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_records.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
            return {};
        const T& r = record(index.row());
        const Column& column = m_columns[static_cast<std::size_t>(index.column())];
        switch (role) {
        case Qt::DisplayRole: return column.text(r);
        case kImpactSortRole: return column.sortKey ? column.sortKey(r) : QVariant(column.text(r));
        case kImpactTotalRole: return isTotal(r);
        case Qt::TextAlignmentRole:
            return column.numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case Qt::FontRole: return isTotal(r) ? boldFont() : QVariant();
        default: return m_roles ? m_roles(r, index.column(), role) : QVariant();
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < columnCount())
            return m_columns[static_cast<std::size_t>(section)].header;
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    bool isTotal(const T& r) const { return m_isTotal && m_isTotal(r); }
    static QVariant boldFont()
    {
        QFont font;
        font.setBold(true);
        return font;
    }

    std::function<bool(const T&)> m_isTotal;
    std::vector<Column> m_columns;
    std::vector<T> m_records;
    RoleProvider m_roles;
};

} // namespace pc::ui
