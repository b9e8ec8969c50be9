#include "ui/ClientImportRunner.h"

#include "app/Workspace.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pc::ui {

ClientImportRunner::ClientImportRunner(store::DatabaseLocation location, std::shared_ptr<const app::Clock> clock,
                                       QString actor, QObject* parent)
    : QObject(parent), m_location(std::move(location)), m_clock(std::move(clock)), m_actor(std::move(actor))
{
    connect(&m_watcher, &QFutureWatcher<app::ClientImportReport>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

ClientImportRunner::~ClientImportRunner()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ClientImportRunner::start(const QString& path, app::DuplicatePolicy policy)
{
    m_cancel = false;
    m_watcher.setFuture(QtConcurrent::run([this, path, policy] {
        auto ws = app::Workspace::open(m_location, m_clock, m_actor);
        if (!ws) {
            app::ClientImportReport report;
            report.errors.push_back(ws.error());
            return report;
        }
        return app::ClientImportService(**ws).importFile(path, policy, [this](int done, int total) {
            QMetaObject::invokeMethod(this, [this, done, total] { emit progress(done, total); },
                                      Qt::QueuedConnection);
            return !m_cancel.load();
        });
    }));
}

} // namespace pc::ui
