#include "ui/DunningPlanModel.h"

#include "app/Labels.h"
#include "app/RecoveryLabels.h"
#include "ui/RecoveryFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStringList>

namespace pc::ui {

namespace {

const QColor kRed(0xc0, 0x39, 0x2b);
const QColor kAmber(0xb9, 0x77, 0x0e);
const QColor kGreen(0x1e, 0x84, 0x49);
// Past a month, a debt is worth a look before anything else.
constexpr int kLongOverdueDays = 30;

} // namespace

DunningPlanModel::DunningPlanModel(QObject* parent) : QAbstractTableModel(parent) {}

void DunningPlanModel::setPlan(app::DunningPlanView plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    endResetModel();
}

int DunningPlanModel::rowOf(qint64 companyId) const
{
    for (std::size_t row = 0; row < m_plan.actions.size(); ++row)
        if (m_plan.actions[row].companyId == companyId)
            return static_cast<int>(row);
    return -1;
}

int DunningPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plan.actions.size());
}

int DunningPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DunningPlanModel::display(const app::WorklistAction& a, int column) const
{
    switch (column) {
    case ClientColumn: return QString::fromStdString(a.name);
    case SirenColumn: return RecoveryFormat::siren(a.siren);
    case StepColumn: return app::RecoveryLabels::step(a.planned.step);
    case ChannelColumn: return app::RecoveryLabels::channel(a.planned.step.channel);
    case AmountColumn: return app::Labels::money(a.planned.amount);
    case DaysLateColumn:
        return a.planned.oldestDaysLate > 0 ? tr("%n j", nullptr, a.planned.oldestDaysLate) : tr("à échoir");
    case ItemsColumn: return QString::number(a.items.size());
    case SendingColumn: return a.needsConfirmation ? tr("à confirmer") : tr("automatique");
    case SalesRepColumn: return QString::fromStdString(a.salesRep);
    default: return {};
    }
}

QVariant DunningPlanModel::toolTip(const app::WorklistAction& a, int column) const
{
    if (column == StepColumn && a.planned.escalated)
        return tr("Étape avancée : une promesse de paiement n'a pas été tenue.");
    if (column == ItemsColumn || column == AmountColumn) {
        QStringList lines;
        for (const app::DunnedItemView& item : a.items) {
            QString line = tr("%1 — échéance %2 — %3").arg(QString::fromStdString(item.piece),
                                                           app::Labels::date(item.dueDate),
                                                           app::Labels::money(item.open));
            if (item.disputed.isPositive())
                line += tr(" (dont %1 en litige)").arg(app::Labels::money(item.disputed));
            lines << line;
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (column == SendingColumn)
        return a.needsConfirmation ? tr("Le document attend votre confirmation (Ctrl+Entrée).")
                                   : tr("Part avec le lot automatique, ou dès maintenant si vous le confirmez.");
    return {};
}

QVariant DunningPlanModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const app::WorklistAction& a = action(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(a, column);
    case Qt::ToolTipRole: return toolTip(a, column);
    case CompanyIdRole: return QVariant::fromValue<qint64>(a.companyId);
    case Qt::TextAlignmentRole:
        if (column == AmountColumn || column == DaysLateColumn || column == ItemsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == DaysLateColumn && a.planned.oldestDaysLate > kLongOverdueDays)
            return QBrush(kRed);
        if (column == SendingColumn)
            return QBrush(a.needsConfirmation ? kAmber : kGreen);
        return {};
    case Qt::FontRole:
        if (column == StepColumn && a.planned.escalated) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant DunningPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientColumn: return tr("Client");
    case SirenColumn: return tr("SIREN");
    case StepColumn: return tr("Étape");
    case ChannelColumn: return tr("Canal");
    case AmountColumn: return tr("Montant");
    case DaysLateColumn: return tr("Retard");
    case ItemsColumn: return tr("Pièces");
    case SendingColumn: return tr("Envoi");
    case SalesRepColumn: return tr("Commercial");
    default: return {};
    }
}

} // namespace pc::ui
