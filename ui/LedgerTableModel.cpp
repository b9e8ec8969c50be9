#include "ui/LedgerTableModel.h"

#include "app/Labels.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace pc::ui {

using core::Money;

namespace {

const QColor kRed(0xc0, 0x39, 0x2b);
const QColor kGrey(0x7f, 0x8c, 0x8d);

QString moneyOrBlank(Money amount)
{
    return amount.isZero() ? QString() : app::Labels::money(amount);
}

} // namespace

LedgerTableModel::LedgerTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void LedgerTableModel::setLines(std::vector<app::LedgerLine> lines, core::Date today)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_today = today;
    endResetModel();
}

int LedgerTableModel::rowOf(qint64 entryId) const
{
    for (std::size_t row = 0; row < m_lines.size(); ++row)
        if (m_lines[row].entry.id == entryId)
            return static_cast<int>(row);
    return -1;
}

int LedgerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int LedgerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LedgerTableModel::overdue(const app::LedgerLine& line) const
{
    return line.entry.isDebit() && line.open.isPositive() && line.entry.dueDate.value_or(line.entry.date) < m_today;
}

QVariant LedgerTableModel::display(const app::LedgerLine& line, int column) const
{
    const receivables::LedgerEntry& e = line.entry;
    switch (column) {
    case DateColumn: return app::Labels::date(e.date);
    case JournalColumn: return QString::fromStdString(e.journal);
    case PieceColumn: return QString::fromStdString(e.piece);
    case LabelColumn: return QString::fromStdString(e.label);
    case DueDateColumn: return e.isDebit() ? app::Labels::date(e.dueDate) : QString();
    case DebitColumn: return moneyOrBlank(e.debit);
    case CreditColumn: return moneyOrBlank(e.credit);
    case OpenColumn: return moneyOrBlank(line.open);
    case LetterColumn: return QString::fromStdString(e.letter);
    default: return {};
    }
}

QVariant LedgerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const app::LedgerLine& line = m_lines[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    const bool settled = line.open.isZero();
    switch (role) {
    case Qt::DisplayRole:
        return display(line, column);
    case EntryIdRole:
        return QVariant::fromValue<qint64>(line.entry.id);
    case Qt::TextAlignmentRole:
        if (column == DebitColumn || column == CreditColumn || column == OpenColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (column == LetterColumn || column == JournalColumn)
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (overdue(line) && (column == DueDateColumn || column == OpenColumn))
            return QBrush(kRed);
        if (settled && column != LetterColumn)
            return QBrush(kGrey);
        return {};
    case Qt::FontRole:
        if (column == LetterColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == LabelColumn && !line.entry.label.empty())
            return QString::fromStdString(line.entry.label);
        if (column == OpenColumn || column == LetterColumn) {
            if (!line.entry.letter.empty())
                return tr("Lettré sous le code %1 le %2")
                    .arg(QString::fromStdString(line.entry.letter), app::Labels::date(line.entry.letteredOn));
            if (settled)
                return tr("Soldé, sans code de lettre : ses imputations ne forment pas un groupe lettré");
            if (line.open != line.entry.amount())
                return tr("Imputé en partie : %1 sur %2")
                    .arg(app::Labels::money(line.entry.amount() - line.open), app::Labels::money(line.entry.amount()));
            if (overdue(line))
                return tr("Échu depuis le %1").arg(app::Labels::date(line.entry.dueDate.value_or(line.entry.date)));
        }
        return {};
    default:
        return {};
    }
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case JournalColumn: return tr("Journal");
    case PieceColumn: return tr("Pièce");
    case LabelColumn: return tr("Libellé");
    case DueDateColumn: return tr("Échéance");
    case DebitColumn: return tr("Débit");
    case CreditColumn: return tr("Crédit");
    case OpenColumn: return tr("Reste ouvert");
    case LetterColumn: return tr("Lettre");
    default: return {};
    }
}

} // namespace pc::ui
