#pragma once

#include "core/Result.h"
#include "core/SalesDocument.h"

#include <QAbstractTableModel>
#include <QString>

#include <optional>
#include <vector>

namespace pc::ui {

// The lines of an order being typed: description, quantity, unit price excluding VAT
// and VAT rate as text, read in French with the engine's parsers (never through a
// floating-point number); the amount excluding VAT follows. A cell that does not read
// is shown in red with the reason in its tooltip. Blank lines are ignored.
class OrderLinesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Description, QuantityColumn, UnitPrice, VatRate, Net, ColumnCount };

    explicit OrderLinesModel(QObject* parent = nullptr);

    // Back to one blank line.
    void reset();
    // A blank line at the end, at the usual 20 % VAT rate; its row.
    int addLine();
    void removeLine(int row);

    // The lines typed, or the first cell that does not read (field "lines[2].quantity").
    core::Result<std::vector<core::DocumentLine>> lines() const;
    // The totals of the lines that read, for the totals shown while typing.
    core::DocumentTotals totals() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // A line was typed, added or removed: the totals change.
    void linesChanged();

private:
    struct Row {
        QString description;
        QString quantity;
        QString unitPrice;
        QString vatRate;
        bool isBlank() const;
    };

    // The line of a row, or the error of its first cell that does not read.
    static core::Result<core::DocumentLine> parse(const Row& row);
    // The error of one cell, none when it reads (or the row is blank).
    std::optional<core::Error> cellError(const Row& row, int column) const;
    QVariant display(const Row& row, int column) const;
    static const QString& text(const Row& row, int column);
    static QString& text(Row& row, int column);

    std::vector<Row> m_rows;
};

} // namespace pc::ui
