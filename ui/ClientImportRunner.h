#pragma once

#include "app/ClientImportService.h"
#include "app/Clock.h"
#include "store/Database.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace pc::ui {

// Runs a client import off the GUI thread, on its own connection to the store,
// reporting progress and honouring cancel (a cancelled import writes nothing).
class ClientImportRunner : public QObject {
    Q_OBJECT

public:
    ClientImportRunner(store::DatabaseLocation location, std::shared_ptr<const app::Clock> clock, QString actor,
                       QObject* parent = nullptr);
    ~ClientImportRunner() override;

    void start(const QString& path, app::DuplicatePolicy policy);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void progress(int done, int total);
    void finished(const pc::app::ClientImportReport& report);

private:
    store::DatabaseLocation m_location;
    std::shared_ptr<const app::Clock> m_clock;
    QString m_actor;
    std::atomic<bool> m_cancel{false};
    QFutureWatcher<app::ClientImportReport> m_watcher;
};

} // namespace pc::ui
