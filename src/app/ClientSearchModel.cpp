#include "app/ClientSearchModel.h"

#include "app/Labels.h"

namespace pc::app {

ClientSearchModel::ClientSearchModel(Search search, QObject* parent)
    : QAbstractListModel(parent), m_search(std::move(search))
{
}

int ClientSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ClientSearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const store::ClientSummary& s = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        QStringList parts{s.name};
        if (!s.siren.isEmpty())
            parts << s.siren;
        parts << s.accountNumber;
        if (!s.city.isEmpty())
            parts << s.city;
        return parts.join(QStringLiteral(" — "));
    }
    case Qt::ToolTipRole: return Labels::accountStatus(s.status);
    case IdRole: return s.id;
    default: return {};
    }
}

void ClientSearchModel::setQuery(const QString& text)
{
    beginResetModel();
    m_rows = text.trimmed().size() < 2 ? std::vector<store::ClientSummary>{} : m_search(text, kLimit);
    endResetModel();
}

} // namespace pc::app
