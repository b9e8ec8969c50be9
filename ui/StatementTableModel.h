#pragma once

#include "risk/FinancialStatement.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace pc::risk {
struct LiasseCode;
}

namespace pc::ui {

// The tax return of a client as the forms lay it out: one row per liasse code, grouped
// by form under a title row, one column per fiscal year held (newest first), and, while
// a year is being entered or corrected, an editable column in front of them.
//
// The rows follow the regime of the year being entered (normal unless a simplified
// return is); years of the simplified regime are shown on normal rows converted to
// the normal codes, as the ratios read them, and are not shown on simplified rows.
class StatementTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CodeColumn, LabelColumn, FirstAmountColumn };

    explicit StatementTableModel(QObject* parent = nullptr);
    ~StatementTableModel() override;

    // The statements held, in any order.
    void setStatements(std::vector<risk::FinancialStatement> statements);
    // Opens the editable column on `draft`: a new year, or a copy of a year held.
    void startDraft(risk::FinancialStatement draft);
    void clearDraft();
    const std::optional<risk::FinancialStatement>& draft() const { return m_draft; }
    // The statement held shown in `column`, as stored (not converted), or null.
    const risk::FinancialStatement* statementAt(int column) const;
    int draftColumn() const { return m_draft ? FirstAmountColumn : -1; }
    // The statements held, newest first.
    const std::vector<risk::FinancialStatement>& held() const { return m_held; }

    // Title rows begin a form ("2050 — Bilan actif"): the view spans them.
    bool isFormRow(int row) const;
    // The row of a liasse code, or -1.
    int rowOf(const std::string& code) const;
    // Whether a line has an amount in any column shown.
    bool hasAmount(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    static QString formTitle(const std::string& form);
    static QString regimeName(risk::Regime regime);

signals:
    void draftEdited();
    // An amount typed in the editable column could not be read; the line is unchanged.
    void amountRefused(const QString& message);

private:
    struct Row {
        std::string form;                      // the title row of a form ...
        const risk::LiasseCode* code = nullptr; // ... or one of its lines
    };
    // A year as shown: the stored statement and its lines on the rows' codes.
    struct Year {
        const risk::FinancialStatement* stored = nullptr;
        risk::FinancialStatement shown;
    };

    risk::Regime rowsRegime() const;
    void rebuild();
    const risk::FinancialStatement* shownAt(int column) const;
    QVariant amountData(const risk::FinancialStatement& statement, const risk::LiasseCode& code, int role,
                        bool editable) const;
    QVariant yearHeader(int column, int role) const;

    std::vector<risk::FinancialStatement> m_held; // newest first
    std::optional<risk::FinancialStatement> m_draft;
    std::vector<Row> m_rows;
    std::vector<Year> m_years;
};

} // namespace pc::ui
