#include "ui/BankLinesModel.h"

#include "app/Labels.h"

#include <QStringList>

namespace pc::ui {

BankLinesModel::BankLinesModel(QObject* parent) : QAbstractTableModel(parent) {}

void BankLinesModel::setLines(std::vector<store::BankLineRecord> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

QString BankLinesModel::text(const store::BankLineRecord& line)
{
    QStringList parts;
    for (const std::string* part : {&line.label, &line.remittance, &line.reference}) {
        const QString value = QString::fromStdString(*part).simplified();
        if (!value.isEmpty() && !parts.contains(value))
            parts << value;
    }
    return parts.join(QStringLiteral(" · "));
}

int BankLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int BankLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BankLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const store::BankLineRecord& line = m_lines[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return app::Labels::date(line.bookingDate);
        case AmountColumn: return app::Labels::money(line.amount);
        case PayerColumn: return QString::fromStdString(line.counterpartyName);
        case IbanColumn: return QString::fromStdString(line.counterpartyIban);
        case TextColumn: return text(line);
        case FileColumn: return line.fileName;
        default: return {};
        }
    case LineIdRole:
        return QVariant::fromValue<qint64>(line.id);
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return text(line);
        if (index.column() == FileColumn && line.lineNo > 0)
            return tr("%1, ligne %2").arg(line.fileName).arg(line.lineNo);
        if (index.column() == PayerColumn && !line.counterpartyId.empty())
            return tr("Identifiant du payeur : %1").arg(QString::fromStdString(line.counterpartyId));
        return {};
    default:
        return {};
    }
}

QVariant BankLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case AmountColumn: return tr("Montant");
    case PayerColumn: return tr("Payeur");
    case IbanColumn: return tr("IBAN du payeur");
    case TextColumn: return tr("Libellé et références");
    case FileColumn: return tr("Relevé");
    default: return {};
    }
}

} // namespace pc::ui
