#pragma once

#include "app/DunningService.h"

#include <QAbstractTableModel>

namespace pc::ui {

// The collector's worklist: the actions app::DunningService::plan proposes for a day,
// one row per client, in the service's order (amount at risk weighted by age). A
// step moved up by a broken promise is bold; debts more than 30 days late are red.
class DunningPlanModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ClientColumn, SirenColumn, StepColumn, ChannelColumn, AmountColumn, DaysLateColumn, ItemsColumn,
                  SendingColumn, SalesRepColumn, ColumnCount };
    // The client of a row (qint64), on any column.
    static constexpr int CompanyIdRole = Qt::UserRole + 1;

    explicit DunningPlanModel(QObject* parent = nullptr);

    void setPlan(app::DunningPlanView plan);
    const app::DunningPlanView& plan() const { return m_plan; }
    const app::WorklistAction& action(int row) const { return m_plan.actions[static_cast<std::size_t>(row)]; }
    // The row of the client's action, -1 when it has none today.
    int rowOf(qint64 companyId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const app::WorklistAction& action, int column) const;
    QVariant toolTip(const app::WorklistAction& action, int column) const;

    app::DunningPlanView m_plan;
};

} // namespace pc::ui
