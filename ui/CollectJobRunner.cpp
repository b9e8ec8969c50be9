#include "ui/CollectJobRunner.h"

#include "app/Workspace.h"

#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace pc::ui {

CollectJobRunner::CollectJobRunner(store::DatabaseLocation location, std::shared_ptr<const app::Clock> clock,
                                   QString actor, QObject* parent)
    : QObject(parent), m_location(std::move(location)), m_clock(std::move(clock)), m_actor(std::move(actor))
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        if (auto deliver = std::exchange(m_deliver, {}))
            deliver();
    });
}

CollectJobRunner::~CollectJobRunner()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

// `work(workspace, progress)` runs on a worker thread and gives the outcome; `failed`
// makes one of a store that cannot be opened; `deliver` hands it over on the GUI thread.
template <class Outcome, class Work, class Failed, class Deliver>
bool CollectJobRunner::start(Work work, Failed failed, Deliver deliver)
{
    if (isRunning())
        return false;
    m_cancel = false;
    auto outcome = std::make_shared<std::optional<Outcome>>();
    m_deliver = [outcome, deliver] {
        if (*outcome)
            deliver(**outcome);
    };
    m_watcher.setFuture(QtConcurrent::run([this, outcome, work, failed] {
        auto ws = app::Workspace::open(m_location, m_clock, m_actor);
        if (!ws) {
            outcome->emplace(failed(ws.error()));
            return;
        }
        const app::ProgressCallback progress = [this](int done, int total) {
            QMetaObject::invokeMethod(this, [this, done, total] { emit this->progress(done, total); },
                                      Qt::QueuedConnection);
            return !m_cancel.load();
        };
        outcome->emplace(work(**ws, progress));
    }));
    return true;
}

bool CollectJobRunner::importBankStatement(const QString& path)
{
    return start<app::BankImportReport>(
        [path](app::Workspace& ws, const app::ProgressCallback& progress) {
            return app::BankImportService(ws).importFile(path, progress);
        },
        [](const core::Error& error) {
            app::BankImportReport report;
            report.errors.push_back(error);
            return report;
        },
        [this](const app::BankImportReport& report) { emit bankStatementImported(report); });
}

bool CollectJobRunner::importFec(const QString& path)
{
    return start<app::FecImportReport>(
        [path](app::Workspace& ws, const app::ProgressCallback& progress) {
            return app::FecImportService(ws).importFile(path, progress);
        },
        [](const core::Error& error) {
            app::FecImportReport report;
            report.errors.push_back(error);
            return report;
        },
        [this](const app::FecImportReport& report) { emit fecImported(report); });
}

bool CollectJobRunner::letterAutomatically(core::Date asOf)
{
    using Outcome = core::Result<app::LetteringReport>;
    return start<Outcome>(
        [asOf](app::Workspace& ws, const app::ProgressCallback& progress) -> Outcome {
            return app::LetteringService(ws).letterAutomatically(std::nullopt, asOf, progress);
        },
        [](const core::Error& error) -> Outcome { return error; },
        [this](const Outcome& outcome) { emit letteringFinished(outcome); });
}

} // namespace pc::ui
