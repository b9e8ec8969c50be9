#pragma once

#include "store/BankRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace pc::ui {

// The movements of imported bank statements that no client was recognised in
// (app::PaymentService::unmatchedLines): money received that waits for a person to
// say whose it is.
class BankLinesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DateColumn, AmountColumn, PayerColumn, IbanColumn, TextColumn, FileColumn, ColumnCount };
    // The id of the bank line of a row (qint64), on any column.
    static constexpr int LineIdRole = Qt::UserRole + 1;

    explicit BankLinesModel(QObject* parent = nullptr);

    void setLines(std::vector<store::BankLineRecord> lines);
    const std::vector<store::BankLineRecord>& lines() const { return m_lines; }
    const store::BankLineRecord& line(int row) const { return m_lines[static_cast<std::size_t>(row)]; }
    // What the bank says of the movement: label, remittance and reference, once each.
    static QString text(const store::BankLineRecord& line);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<store::BankLineRecord> m_lines;
};

} // namespace pc::ui
