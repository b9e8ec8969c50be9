#include "store/SettingsRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

namespace pc::store {

std::optional<QString> SettingsRepository::value(const QString& key)
{
    SqlQuery q(m_db, "settings.value", QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bind(key).run();
    if (!q.next())
        return std::nullopt;
    return q.text(0);
}

core::Status SettingsRepository::setValue(const QString& key, const QString& value, const QString& actor,
                                          const QDateTime& now)
{
    SqlQuery update(m_db, "settings.update",
                    QStringLiteral("UPDATE settings SET value = ?, updated_at = ?, updated_by = ? WHERE key = ?"));
    update.bind(value).bind(now.toUTC().toString(Qt::ISODate)).bind(actor).bind(key);
    if (auto status = update.exec(); !status)
        return status;
    if (update.rowsAffected() > 0)
        return {};
    SqlQuery insert(m_db, "settings.insert",
                    QStringLiteral("INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)"));
    insert.bind(key).bind(value).bind(now.toUTC().toString(Qt::ISODate)).bind(actor);
    return insert.exec();
}

core::Result<qint64> NumberSeries::next(const QString& series)
{
    SqlQuery update(m_db, "number_series.next",
                    QStringLiteral("UPDATE number_series SET last_value = last_value + 1 WHERE series = ?"));
    update.bind(series);
    if (auto status = update.exec(); !status)
        return status.error();
    if (update.rowsAffected() != 1)
        return core::Error(core::ErrorCode::NotFound, {series.toStdString()});
    return last(series);
}

core::Status NumberSeries::hold(const QString& series)
{
    SqlQuery update(m_db, "number_series.hold",
                    QStringLiteral("UPDATE number_series SET last_value = last_value WHERE series = ?"));
    update.bind(series);
    return update.exec();
}

qint64 NumberSeries::last(const QString& series)
{
    SqlQuery q(m_db, "number_series.last", QStringLiteral("SELECT last_value FROM number_series WHERE series = ?"));
    q.bind(series).run();
    return q.next() ? q.integer(0) : 0;
}

} // namespace pc::store
