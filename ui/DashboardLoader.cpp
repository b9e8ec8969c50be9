#include "ui/DashboardLoader.h"

#include "app/ErrorText.h"
#include "app/Workspace.h"
#include "app/ClientService.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pc::ui {

DashboardLoader::DashboardLoader(store::DatabaseLocation location, std::shared_ptr<const app::Clock> clock,
                                 QString actor, QObject* parent)
    : QObject(parent), m_location(std::move(location)), m_clock(std::move(clock)), m_actor(std::move(actor))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DashboardLoader::deliver);
}

DashboardLoader::~DashboardLoader()
{
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

void DashboardLoader::load(core::Date asOf)
{
    if (isRunning()) {
        // The running load is for another day or older data: stop it, start again after.
        *m_cancel = true;
        m_pending = asOf;
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([location = m_location, clock = m_clock, actor = m_actor, cancel,
                                           asOf]() -> core::Result<app::DashboardData> {
        auto ws = app::Workspace::open(location, clock, actor);
        if (!ws)
            return ws.error();
        return app::guardStore(
            [&]() -> core::Result<app::DashboardData> { return app::DashboardService(**ws).load(asOf, cancel.get()); });
    }));
}

void DashboardLoader::deliver()
{
    if (m_pending) {
        const core::Date next = *m_pending;
        m_pending.reset();
        load(next);
        return;
    }
    const core::Result<app::DashboardData> result = m_watcher.result();
    if (result)
        emit loaded(*result);
    else
        emit failed(app::ErrorText::describe(result.error()));
}

} // namespace pc::ui
