#include "app/Clock.h"


namespace pc::app {

core::Date SystemClock::today() const
{
    return fromQDate(QDate::currentDate());
}

QDateTime FixedClock::now() const
{
    return QDateTime(toQDate(m_day), QTime(12, 0), Qt::UTC);
}

QDate toQDate(core::Date date)
{
    return QDate(date.year(), date.month(), date.day());
}

core::Date fromQDate(QDate date)
{
    return *core::Date::fromYmd(date.year(), date.month(), date.day());
}

} // namespace pc::app
