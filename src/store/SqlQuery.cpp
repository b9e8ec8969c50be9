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

SqlQuery& SqlQuery::run()
{
    m_bindIndex = 0;
    if (!m_prepared || !m_query.exec())
        throw StoreFailure(m_name, m_query.lastError().text().toStdString());
    return *this;
}

} // namespace pc::store
