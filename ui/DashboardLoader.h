#pragma once

#include "app/Clock.h"
#include "app/DashboardService.h"
#include "store/Database.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace pc::ui {

// Computes the dashboard off the GUI thread on its own connection to the store, so
// that the window paints at once and stays live while a big ledger is read. A new
// request cancels the one running; only the latest result is delivered.
class DashboardLoader : public QObject {
    Q_OBJECT

public:
    DashboardLoader(store::DatabaseLocation location, std::shared_ptr<const app::Clock> clock, QString actor,
                    QObject* parent = nullptr);
    ~DashboardLoader() override;

    void load(core::Date asOf);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void loaded(const pc::app::DashboardData& data);
    void failed(const QString& message);

private:
    void deliver();

    store::DatabaseLocation m_location;
    std::shared_ptr<const app::Clock> m_clock;
    QString m_actor;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::optional<core::Date> m_pending;
    QFutureWatcher<core::Result<app::DashboardData>> m_watcher;
};

} // namespace pc::ui
