#include "ui/DunningJobRunner.h"

#include "app/Workspace.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pc::ui {

DunningJobRunner::DunningJobRunner(store::DatabaseLocation location, std::shared_ptr<const app::Clock> clock,
                                   QString actor, QObject* parent)
    : QObject(parent), m_location(std::move(location)), m_clock(std::move(clock)), m_actor(std::move(actor))
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        if (auto outcome = std::exchange(m_outcome, {}); outcome && *outcome)
            emit finished(**outcome);
    });
}

DunningJobRunner::~DunningJobRunner()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

bool DunningJobRunner::sendAutomatic(core::Date asOf, const QString& outDir)
{
    if (isRunning())
        return false;
    m_cancel = false;
    auto outcome = std::make_shared<std::optional<Outcome>>();
    m_outcome = outcome;
    m_watcher.setFuture(QtConcurrent::run([this, outcome, asOf, outDir] {
        auto ws = app::Workspace::open(m_location, m_clock, m_actor);
        if (!ws) {
            outcome->emplace(ws.error());
            return;
        }
        const auto progress = [this](int done, int total) {
            QMetaObject::invokeMethod(this, [this, done, total] { emit this->progress(done, total); },
                                      Qt::QueuedConnection);
            return !m_cancel.load();
        };
        outcome->emplace(app::DunningService(**ws).run(asOf, outDir, true, progress));
    }));
    return true;
}

} // namespace pc::ui
