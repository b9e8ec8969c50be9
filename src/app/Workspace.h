#pragma once

#include "app/ChangeNotifier.h"
#include "app/Clock.h"
#include "core/OpeningChecklist.h"
#include "core/Result.h"
#include "store/Database.h"
#include "store/Stamp.h"

#include <QString>

#include <memory>

namespace pc::app {

// What every use case needs: the store (opened and migrated), the clock, who is
// acting (for the audit log) and the change notifier. Made in main() and passed in;
// there is no global instance.
class Workspace {
public:
    // Opens the store at `location`, creating and migrating it as needed.
    static core::Result<std::unique_ptr<Workspace>> open(const store::DatabaseLocation& location,
                                                         std::shared_ptr<const Clock> clock, QString actor);

    store::Database& db() { return *m_db; }
    const Clock& clock() const { return *m_clock; }
    std::shared_ptr<const Clock> sharedClock() const { return m_clock; }
    // Replays use cases on other days (the demo's history); the caller puts the
    // previous clock back.
    void setClock(std::shared_ptr<const Clock> clock) { m_clock = std::move(clock); }
    const QString& actor() const { return m_actor; }
    // Who is writing, and now: what every record written by a use case carries.
    store::Stamp stamp() const { return {m_actor, m_clock->now()}; }
    ChangeNotifier& notifier() { return m_notifier; }
    core::OpeningPolicy openingPolicy() const { return m_openingPolicy; }
    void setOpeningPolicy(core::OpeningPolicy policy) { m_openingPolicy = policy; }

    // The login of the user running the program.
    static QString systemUserName();

private:
    Workspace(std::unique_ptr<store::Database> db, std::shared_ptr<const Clock> clock, QString actor);

    std::unique_ptr<store::Database> m_db;
    std::shared_ptr<const Clock> m_clock;
    QString m_actor;
    ChangeNotifier m_notifier;
    core::OpeningPolicy m_openingPolicy;
};

} // namespace pc::app
