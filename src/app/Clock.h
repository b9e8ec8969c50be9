#pragma once

#include "core/Date.h"

#include <QDateTime>

namespace pc::app {

// The one place where the application reads the time. Use cases receive it, so a
// test or an "--as-of" run replays any day.
class Clock {
public:
    virtual ~Clock() = default;
    virtual core::Date today() const = 0;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
public:
    core::Date today() const override;
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock stopped on a given day (tests, --as-of): now() is noon UTC of that day.
class FixedClock final : public Clock {
public:
    explicit FixedClock(core::Date day) : m_day(day) {}
    core::Date today() const override { return m_day; }
    QDateTime now() const override;

private:
    core::Date m_day;
};

// Conversions between the engine's calendar dates and Qt's.
QDate toQDate(core::Date date);
core::Date fromQDate(QDate date);

} // namespace pc::app
