#include "ui/AlertListModel.h"

#include <QBrush>
#include <QColor>

namespace pc::ui {

using receivables::AlertSeverity;

namespace {

QString severityText(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Critical: return AlertListModel::tr("Critique");
    case AlertSeverity::Warning: return AlertListModel::tr("Attention");
    case AlertSeverity::Info: return AlertListModel::tr("Info");
    }
    return {};
}

QColor severityColour(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Critical: return QColor(0xfd, 0xe2, 0xe1);
    case AlertSeverity::Warning: return QColor(0xff, 0xf1, 0xd6);
    case AlertSeverity::Info: return QColor(0xe6, 0xf0, 0xfa);
    }
    return {};
}

} // namespace

void AlertListModel::setAlerts(std::vector<app::AlertView> alerts)
{
    beginResetModel();
    m_alerts = std::move(alerts);
    endResetModel();
}

const app::AlertView* AlertListModel::alertAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_alerts[static_cast<std::size_t>(row)] : nullptr;
}

int AlertListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_alerts.size());
}

int AlertListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::data(const QModelIndex& index, int role) const
{
    const app::AlertView* v = alertAt(index.row());
    if (!v)
        return {};
    if (role == CompanyIdRole)
        return QVariant::fromValue<qlonglong>(v->alert.companyId);
    if (role == Qt::BackgroundRole && index.column() == Severity)
        return QBrush(severityColour(v->alert.severity));
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 — %2").arg(v->siren, app::AlertService::describe(v->alert));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Severity: return severityText(v->alert.severity);
    case Client: return v->name;
    case Kind: return app::AlertService::kindLabel(v->alert.kind);
    case Detail: return app::AlertService::describe(v->alert);
    default: return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity: return tr("Gravité");
    case Client: return tr("Client");
    case Kind: return tr("Alerte");
    case Detail: return tr("Détail");
    default: return {};
    }
}

} // namespace pc::ui
