#include "app/Workspace.h"

#include "store/Migrator.h"

#include <QDir>

#include <spdlog/spdlog.h>

namespace pc::app {

Workspace::Workspace(std::unique_ptr<store::Database> db, std::shared_ptr<const Clock> clock, QString actor)
    : m_db(std::move(db)), m_clock(std::move(clock)), m_actor(std::move(actor))
{
}

core::Result<std::unique_ptr<Workspace>> Workspace::open(const store::DatabaseLocation& location,
                                                         std::shared_ptr<const Clock> clock, QString actor)
{
    auto db = store::Database::open(location);
    if (!db)
        return db.error();
    store::Migrator migrator(**db);
    const int before = migrator.currentVersion();
    if (auto status = migrator.migrate(); !status)
        return status.error();
    if (before != migrator.latestVersion())
        spdlog::info("store {} migrated from schema {} to {}", location.describe().toStdString(), before,
                     migrator.latestVersion());
    return std::unique_ptr<Workspace>(new Workspace(std::move(db).value(), std::move(clock), std::move(actor)));
}

QString Workspace::systemUserName()
{
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}

} // namespace pc::app
