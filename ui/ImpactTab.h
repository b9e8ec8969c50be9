#pragma once

#include "core/Date.h"
#include "core/Error.h"
#include "ui/ImpactTableModel.h"

#include <QTableView>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <optional>

class QDateEdit;

namespace pc::app {
class Workspace;
}

namespace pc::ui {

// A tab of the stage 9 page. Its figures are computed when it is shown and marked
// stale otherwise: the aged balance or the provision review of a large store takes
// a while, so only the tab on screen pays for it.
class ImpactTab : public QWidget {
    Q_OBJECT

public:
    explicit ImpactTab(app::Workspace& workspace, QWidget* parent = nullptr);

    // The store may have changed: computes again now if on screen, else when shown.
    void invalidate();

signals:
    void clientRequested(qint64 companyId);
    void statusMessage(const QString& message);

protected:
    virtual void recompute() = 0;

    void showEvent(QShowEvent* event) override;
    app::Workspace& workspace() { return m_ws; }
    core::Date today() const;
    // A date field on today that computes the tab again when changed.
    QDateEdit* makeAsOfEdit(const char* name);
    // A sortable read-only table over `model`, the total row kept last.
    QTableView* makeView(QAbstractItemModel* model, const char* name);
    // In the status line, and in a box while the tab is on screen; never blocks.
    void showError(const QString& what, const core::Error& error);
    void showError(const QString& what, const QString& why);

    // A double click on a row of `view` opens that client (click-through).
    template <class T>
    void openClientOnDoubleClick(QTableView* view, const ImpactTableModel<T>* model,
                                 std::function<qint64(const T&)> companyOf)
    {
        connect(view, &QTableView::doubleClicked, this, [this, model, companyOf](const QModelIndex& index) {
            const int row = sourceRow(index);
            if (row < 0 || row >= model->rowCount())
                return;
            if (const qint64 id = companyOf(model->record(row)); id != 0)
                emit clientRequested(id);
        });
    }

    // The row of the model under a view's (sorted) index; -1 for none.
    static int sourceRow(const QModelIndex& viewIndex);
    // The source row selected in `view`; -1 for none.
    static int selectedSourceRow(const QTableView* view);

private:
    app::Workspace& m_ws;
    bool m_stale = true;
};

// Hundredths (of a day, of a percent) as the user reads them: "45,20 j", "12,34 %";
// "—" when there was nothing to divide by.
QString hundredthsText(const std::optional<std::int64_t>& value, const QString& unit);
// Sorts empty values first.
QVariant hundredthsKey(const std::optional<std::int64_t>& value);

} // namespace pc::ui
