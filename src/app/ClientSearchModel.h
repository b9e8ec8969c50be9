#pragma once

#include "store/ClientRepository.h"

#include <QAbstractListModel>

#include <functional>
#include <vector>

namespace pc::app {

// The suggestions of the client search box: the store's best matches for what has
// been typed (a SIREN, a SIRET, an account number or words of the name).
class ClientSearchModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1 };
    using Search = std::function<std::vector<store::ClientSummary>(const QString& text, int limit)>;

    explicit ClientSearchModel(Search search, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    qint64 clientId(int row) const { return m_rows[static_cast<std::size_t>(row)].id; }

public slots:
    void setQuery(const QString& text);

private:
    static constexpr int kLimit = 20;
    Search m_search;
    std::vector<store::ClientSummary> m_rows;
};

} // namespace pc::app
