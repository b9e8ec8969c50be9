#include "store/SqlQuery.h"

#include "store/Database.h"

#include <QSqlError>

namespace pc::store {

StoreFailure::StoreFailure(const std::string& queryName, const std::string& driverMessage)
    : std::runtime_error("store query " + queryName + " failed: " + driverMessage), m_queryName(queryName)
{
}

SqlQuery::SqlQuery(Database& db, const char* name, const QString& sql) : m_name(name), m_query(db.connection())
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

SqlQuery& SqlQuery::bind(const QVariant& value)
{
    m_query.bindValue(m_bindIndex++, value);
    return *this;
}

SqlQuery& SqlQuery::bindText(const std::optional<std::string>& value)
{
    return bind(value ? QVariant(QString::fromStdString(*value)) : QVariant(QMetaType::fromType<QString>()));
}

SqlQuery& SqlQuery::bindDate(const std::optional<core::Date>& value)
{
    return bindText(value ? std::optional(value->toIso()) : std::nullopt);
}

SqlQuery& SqlQuery::bindId(const std::optional<qint64>& id)
{
    return bind(id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>()));
}

std::optional<core::Date> SqlQuery::optDate(int column) const
{
    const auto text = optText(column);
    if (!text || text->empty())
        return std::nullopt;
    auto parsed = core::Date::parseIso(*text);
    if (!parsed)
        throw StoreFailure(std::string(m_name) + ".date", "stored value does not parse: " + *text);
    return *parsed;
}

core::Date SqlQuery::date(int column) const
{
    return optDate(column).value_or(core::Date());
}

std::optional<std::string> SqlQuery::optText(int column) const
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        return std::nullopt;
    return v.toString().toStdString();
}

core::Error SqlQuery::failure() const
{
    return core::Error(core::ErrorCode::StoreError, {m_name, m_query.lastError().text().toStdString()});
}

core::Status SqlQuery::exec()
{
    m_bindIndex = 0;
    if (!m_prepared || !m_query.exec())
        return failure();
    return {};
}

core::Result<qint64> SqlQuery::execReturningId()
{
    if (auto status = exec(); !status)
        return status.error();
    if (!m_query.next())
        return core::Error(core::ErrorCode::StoreError, {m_name, "no id returned"});
    const qint64 id = m_query.value(0).toLongLong();
    m_query.finish();
    return id;
}

SqlQuery& SqlQuery::run()
{
    m_bindIndex = 0;
    if (!m_prepared || !m_query.exec())
        throw StoreFailure(m_name, m_query.lastError().text().toStdString());
    return *this;
}

} // namespace pc::store
