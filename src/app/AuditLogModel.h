#pragma once

#include "store/AuditLog.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

#include <functional>
#include <vector>

namespace pc::app {

// Words for the audit log: the action, and what changed between the record before
// and after ("account.status : pending → active").
class AuditText {
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    static QString action(const QString& code);
    static QStringList changes(const nlohmann::json& before, const nlohmann::json& after);
};

// The audit trail of one record (or of everything), newest first.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { AtColumn, ActorColumn, ActionColumn, ReasonColumn, ChangesColumn, ColumnCount };
    using Loader = std::function<std::vector<store::AuditEntry>()>;

    explicit AuditLogModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setLoader(Loader loader);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Loader m_loader;
    std::vector<store::AuditEntry> m_entries;
};

} // namespace pc::app
