#pragma once

#include "app/AlertService.h"

#include <QAbstractTableModel>

#include <vector>

namespace pc::ui {

// The dashboard's alerts, most severe first.
class AlertListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Severity, Client, Kind, Detail, ColumnCount };
    static constexpr int CompanyIdRole = Qt::UserRole + 1;

    explicit AlertListModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setAlerts(std::vector<app::AlertView> alerts);
    const app::AlertView* alertAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<app::AlertView> m_alerts;
};

} // namespace pc::ui
