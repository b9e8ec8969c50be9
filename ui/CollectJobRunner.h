#pragma once

#include "app/BankImportService.h"
#include "app/Clock.h"
#include "app/FecImportService.h"
#include "app/LetteringService.h"
#include "core/Result.h"
#include "store/Database.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace pc::ui {

// Runs the long jobs of stage 7 off the GUI thread, one at a time, each on its own
// connection to the store: a bank statement import, an FEC import, the automatic
// lettering of every client. Reports progress and honours cancel (a cancelled job
// writes nothing). The worker's workspace tells its own notifier: the receiver of
// the finished signals tells the GUI's.
class CollectJobRunner : public QObject {
    Q_OBJECT

public:
    CollectJobRunner(store::DatabaseLocation location, std::shared_ptr<const app::Clock> clock, QString actor,
                     QObject* parent = nullptr);
    ~CollectJobRunner() override;

    // Each returns false, doing nothing, while another job runs.
    bool importBankStatement(const QString& path);
    bool importFec(const QString& path);
    bool letterAutomatically(core::Date asOf);

    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void progress(int done, int total);
    void bankStatementImported(const pc::app::BankImportReport& report);
    void fecImported(const pc::app::FecImportReport& report);
    void letteringFinished(const pc::core::Result<pc::app::LetteringReport>& outcome);

private:
    template <class Outcome, class Work, class Failed, class Deliver>
    bool start(Work work, Failed failed, Deliver deliver);

    store::DatabaseLocation m_location;
    std::shared_ptr<const app::Clock> m_clock;
    QString m_actor;
    std::atomic<bool> m_cancel{false};
    std::function<void()> m_deliver;
    QFutureWatcher<void> m_watcher;
};

} // namespace pc::ui
