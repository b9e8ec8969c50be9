#pragma once

#include "store/ClientRepository.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <functional>
#include <vector>

namespace pc::app {

// The portfolio as a table: one row per client, loaded in one query and kept in
// memory (a few dozen bytes a client: 100,000 clients stay light), refreshed when
// the notifier says clients changed.
class ClientListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SirenColumn, NameColumn, AccountColumn, StatusColumn, CityColumn, SegmentColumn, SalesRepColumn,
                  ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, StatusCodeRole, SearchTextRole };

    using Loader = std::function<std::vector<store::ClientSummary>()>;
    explicit ClientListModel(Loader loader, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const store::ClientSummary& summary(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    // The row of a client, or -1.
    int rowOf(qint64 clientId) const;

public slots:
    void reload();

private:
    Loader m_loader;
    std::vector<store::ClientSummary> m_rows;
};

// Filters the list as the user types: every word must appear in the folded name,
// or the text must start the SIREN or the account number; optionally one status.
class ClientFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString& text);
    // Empty = every status.
    void setStatusCode(const QString& code);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QString m_digits;
    QString m_status;
};

} // namespace pc::app
