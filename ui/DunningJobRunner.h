#pragma once

#include "app/Clock.h"
#include "app/DunningService.h"
#include "core/Result.h"
#include "store/Database.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace pc::ui {

// Runs the automatic dunning batch of a day off the GUI thread on its own connection
// to the store, like CollectJobRunner does for stage 7: progress, cancel (a cancelled
// batch records nothing and removes what it wrote). The worker's workspace tells its
// own notifier: the receiver of `finished` tells the GUI's.
class DunningJobRunner : public QObject {
    Q_OBJECT

public:
    DunningJobRunner(store::DatabaseLocation location, std::shared_ptr<const app::Clock> clock, QString actor,
                     QObject* parent = nullptr);
    ~DunningJobRunner() override;

    // Writes the documents of the steps that need no confirmation into `outDir`.
    // False, doing nothing, while a batch runs.
    bool sendAutomatic(core::Date asOf, const QString& outDir);

    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void progress(int done, int total);
    void finished(const pc::core::Result<pc::app::DunningRunReport>& outcome);

private:
    using Outcome = core::Result<app::DunningRunReport>;

    store::DatabaseLocation m_location;
    std::shared_ptr<const app::Clock> m_clock;
    QString m_actor;
    std::atomic<bool> m_cancel{false};
    std::shared_ptr<std::optional<Outcome>> m_outcome;
    QFutureWatcher<void> m_watcher;
};

} // namespace pc::ui
