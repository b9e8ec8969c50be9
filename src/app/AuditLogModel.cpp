#include "app/AuditLogModel.h"

#include <QLocale>

namespace pc::app {

using nlohmann::json;

QString AuditText::action(const QString& code)
{
    if (code == QLatin1String("client.create"))
        return tr("Création du client");
    if (code == QLatin1String("client.update"))
        return tr("Modification de la fiche");
    if (code == QLatin1String("client.activate"))
        return tr("Ouverture du compte");
    if (code == QLatin1String("client.request_opening"))
        return tr("Demande d'ouverture");
    if (code == QLatin1String("client.status"))
        return tr("Changement de statut");
    if (code == QLatin1String("client.import_update"))
        return tr("Mise à jour par import");
    if (code == QLatin1String("client.import"))
        return tr("Import de clients");
    if (code == QLatin1String("demo.install"))
        return tr("Portefeuille de démonstration");
    return code;
}

namespace {

QString scalarText(const json& value)
{
    if (value.is_null())
        return QStringLiteral("—");
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return QString::fromStdString(value.dump());
}

void collectChanges(const std::string& path, const json& before, const json& after, QStringList& out)
{
    if (before.is_object() && after.is_object()) {
        for (auto it = after.begin(); it != after.end(); ++it) {
            const json& old = before.contains(it.key()) ? before.at(it.key()) : json(nullptr);
            collectChanges(path.empty() ? it.key() : path + "." + it.key(), old, it.value(), out);
        }
        return;
    }
    if (before == after)
        return;
    if (before.is_array() || after.is_array()) {
        out << QString::fromStdString(path) + QStringLiteral(" : ") + AuditText::tr("modifié");
        return;
    }
    out << QString::fromStdString(path) + QStringLiteral(" : ") + scalarText(before) + QStringLiteral(" → ")
            + scalarText(after);
}

} // namespace

QStringList AuditText::changes(const json& before, const json& after)
{
    QStringList out;
    if (before.is_null())
        return out;
    collectChanges({}, before, after, out);
    return out;
}

void AuditLogModel::setLoader(Loader loader)
{
    m_loader = std::move(loader);
    reload();
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_entries = m_loader ? m_loader() : std::vector<store::AuditEntry>{};
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const store::AuditEntry& e = m_entries[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case AtColumn: return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case ActorColumn: return e.actor;
    case ActionColumn: return AuditText::action(e.action);
    case ReasonColumn: return e.reason;
    case ChangesColumn: {
        const QStringList changes = AuditText::changes(e.before, e.after);
        return role == Qt::ToolTipRole ? changes.join(QLatin1Char('\n')) : changes.join(QStringLiteral(" ; "));
    }
    default: return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AtColumn: return tr("Date");
    case ActorColumn: return tr("Utilisateur");
    case ActionColumn: return tr("Action");
    case ReasonColumn: return tr("Motif");
    case ChangesColumn: return tr("Changements");
    default: return {};
    }
}

} // namespace pc::app
