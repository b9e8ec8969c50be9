#pragma once

#include "app/LetteringService.h"
#include "core/Date.h"

#include <QAbstractTableModel>

#include <vector>

namespace pc::ui {

// A client's receivables ledger as stage 7 shows it: one row per entry with what is
// still open on it and the letter code of its group, read from
// app::LetteringService::ledgerOf. Overdue open debits are red, settled entries grey.
class LedgerTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DateColumn, JournalColumn, PieceColumn, LabelColumn, DueDateColumn, DebitColumn, CreditColumn,
                  OpenColumn, LetterColumn, ColumnCount };
    // The id of the entry of a row (qint64), on any column.
    static constexpr int EntryIdRole = Qt::UserRole + 1;

    explicit LedgerTableModel(QObject* parent = nullptr);

    // `today` tells which open debits are overdue.
    void setLines(std::vector<app::LedgerLine> lines, core::Date today);
    const std::vector<app::LedgerLine>& lines() const { return m_lines; }
    const app::LedgerLine& line(int row) const { return m_lines[static_cast<std::size_t>(row)]; }
    // The row of the entry, -1 when it is not shown.
    int rowOf(qint64 entryId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const app::LedgerLine& line, int column) const;
    bool overdue(const app::LedgerLine& line) const;

    std::vector<app::LedgerLine> m_lines;
    core::Date m_today;
};

} // namespace pc::ui
