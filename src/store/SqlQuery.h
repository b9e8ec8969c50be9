#pragma once

#include "core/Date.h"
#include "core/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <concepts>
#include <optional>
#include <stdexcept>
#include <string>

namespace pc::store {

class Database;

// A read that fails on a healthy schema means the store is broken (disk, corruption,
// a schema from elsewhere): a broken invariant, raised as this exception and caught
// at the boundary of a use case. The message names the query, never its values.
class StoreFailure : public std::runtime_error {
public:
    StoreFailure(const std::string& queryName, const std::string& driverMessage);
    const std::string& queryName() const { return m_queryName; }

private:
    std::string m_queryName;
};

// A prepared statement with positional parameters bound in order. Values are
// always bound, never spliced into the SQL text.
class SqlQuery {
public:
    SqlQuery(Database& db, const char* name, const QString& sql);

    SqlQuery& bind(const QVariant& value);
    // Text is never NULL: an empty QString binds as '' (the drivers take a null
    // QString for NULL). Use bindText() for a nullable column.
    SqlQuery& bind(const QString& value) { return bind(QVariant(value.isNull() ? QStringLiteral("") : value)); }
    SqlQuery& bind(const std::string& value) { return bind(QString::fromStdString(value)); }
    SqlQuery& bind(const char*) = delete;
    template <std::integral T>
    SqlQuery& bind(T value)
    {
        if constexpr (std::is_same_v<T, bool>)
            return bind(QVariant(value ? 1 : 0));
        else
            return bind(QVariant(static_cast<qlonglong>(value)));
    }
    // NULL when the optional is empty.
    SqlQuery& bindText(const std::optional<std::string>& value);
    // Dates are ISO 8601 text; NULL when the optional is empty.
    SqlQuery& bindDate(const std::optional<core::Date>& value);
    SqlQuery& bindDate(core::Date value) { return bind(value.toIso()); }
    // A reference to another row, NULL when the optional is empty.
    SqlQuery& bindId(const std::optional<qint64>& id);

    // Runs with the values bound since the last run.
    // For writes: a failure (a constraint, a lock) is an expected outcome.
    core::Status exec();
    // For an INSERT … RETURNING id: runs it and gives the id, releasing the result.
    core::Result<qint64> execReturningId();
    // For reads: a failure throws StoreFailure.
    SqlQuery& run();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    std::string stdText(int column) const { return m_query.value(column).toString().toStdString(); }
    std::optional<std::string> optText(int column) const;
    // Empty for NULL or ''. A stored date that does not parse means the store was
    // edited behind the application's back: StoreFailure.
    std::optional<core::Date> optDate(int column) const;
    core::Date date(int column) const;
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    bool isNull(int column) const { return m_query.value(column).isNull(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    // Releases the result of a statement kept for reuse (an INSERT … RETURNING read
    // once), so that it does not hold the store open until its next run.
    void finish() { m_query.finish(); }

private:
    core::Error failure() const;

    const char* m_name;
    QSqlQuery m_query;
    bool m_prepared = false;
    // Parameters are bound by position; each exec() starts a new round, so one
    // prepared statement serves many rows.
    int m_bindIndex = 0;
};

} // namespace pc::store
