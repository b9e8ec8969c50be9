#include "app/ClientListModel.h"

#include "app/Labels.h"
#include "core/Siren.h"
#include "core/Text.h"

#include <QBrush>
#include <QColor>

namespace pc::app {

ClientListModel::ClientListModel(Loader loader, QObject* parent)
    : QAbstractTableModel(parent), m_loader(std::move(loader))
{
    reload();
}

void ClientListModel::reload()
{
    beginResetModel();
    m_rows = m_loader();
    endResetModel();
}

int ClientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ClientListModel::rowOf(qint64 clientId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == clientId)
            return static_cast<int>(i);
    }
    return -1;
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const store::ClientSummary& s = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole: return s.id;
    case StatusCodeRole: return s.status;
    case SearchTextRole: return s.searchName;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && (s.status == QLatin1String("blocked") || s.status == QLatin1String("closed")))
            return QBrush(QColor(0xB0, 0x20, 0x20));
        return {};
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case SirenColumn:
            if (role == Qt::DisplayRole && s.siren.size() == 9)
                return QString::fromStdString(core::Siren::parse(s.siren.toStdString())->formatted());
            return s.siren;
        case NameColumn: return role == SortRole ? QVariant(s.searchName) : QVariant(s.name);
        case AccountColumn: return s.accountNumber;
        case StatusColumn: return Labels::accountStatus(s.status);
        case CityColumn:
            return s.postalCode.isEmpty() ? s.city : s.postalCode + QLatin1Char(' ') + s.city;
        case SegmentColumn: return s.segment;
        case SalesRepColumn: return s.salesRep;
        default: return {};
        }
    default: return {};
    }
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SirenColumn: return tr("SIREN");
    case NameColumn: return tr("Raison sociale");
    case AccountColumn: return tr("Compte");
    case StatusColumn: return tr("Statut");
    case CityColumn: return tr("Ville");
    case SegmentColumn: return tr("Segment");
    case SalesRepColumn: return tr("Commercial");
    default: return {};
    }
}

void ClientFilterProxy::setSearchText(const QString& text)
{
    const std::string compact = core::text::compactIdentifier(text.toStdString());
    m_digits = core::text::isDigits(compact) ? QString::fromStdString(compact) : QString();
    m_words = QString::fromStdString(core::text::foldForSearch(text.toStdString()))
                  .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ClientFilterProxy::setStatusCode(const QString& code)
{
    m_status = code;
    invalidateRowsFilter();
}

bool ClientFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = static_cast<const ClientListModel*>(sourceModel());
    const store::ClientSummary& s = model->summary(sourceRow);
    if (!m_status.isEmpty() && s.status != m_status)
        return false;
    if (!m_digits.isEmpty())
        return s.siren.startsWith(m_digits.left(9)) || s.accountNumber.startsWith(m_digits)
            || s.searchName.contains(m_digits);
    for (const QString& word : m_words) {
        if (!s.searchName.contains(word) && !s.accountNumber.contains(word, Qt::CaseInsensitive)
            && !s.city.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace pc::app
