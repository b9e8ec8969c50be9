#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QVariant>

#include <functional>
#include <vector>

namespace pc::ui {

// A read-only table over a vector of records, one column per (header, getter):
// the establishments and contacts of the client file being edited, the scores and
// limits of stage 2.
template <class T>
class RecordTableModel : public QAbstractTableModel {
public:
    struct Column {
        QString header;
        std::function<QVariant(const T&)> value;
    };
    // The other roles of a cell (tooltip, colours, font, alignment): a null QVariant
    // leaves the view's default.
    using RoleProvider = std::function<QVariant(const T&, int column, int role)>;

    explicit RecordTableModel(std::vector<Column> columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent), m_columns(std::move(columns))
    {
    }

    void setRecords(std::vector<T> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    const std::vector<T>& records() const { return m_records; }
    void setRoleProvider(RoleProvider provider) { m_roles = std::move(provider); }

    void removeRecord(int row)
    {
        if (row < 0 || row >= rowCount())
            return;
        beginRemoveRows({}, row, row);
        m_records.erase(m_records.begin() + row);
        endRemoveRows();
    }

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
        if (!index.isValid() || index.row() >= rowCount())
            return {};
        const T& record = m_records[static_cast<std::size_t>(index.row())];
        if (role == Qt::DisplayRole)
            return m_columns[static_cast<std::size_t>(index.column())].value(record);
        return m_roles ? m_roles(record, index.column(), role) : QVariant();
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < columnCount())
            return m_columns[static_cast<std::size_t>(section)].header;
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    std::vector<Column> m_columns;
    std::vector<T> m_records;
    RoleProvider m_roles;
};

} // namespace pc::ui
