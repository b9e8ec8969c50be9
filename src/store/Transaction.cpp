#include "store/Transaction.h"

#include "store/Database.h"

namespace pc::store {

Transaction::Transaction(Database& db) : m_db(db), m_started(db.begin())
{
}

Transaction::~Transaction()
{
    if (m_started && !m_done)
        (void)m_db.rollback();
}

core::Status Transaction::commit()
{
    if (!m_started)
        return m_started.error();
    if (m_done)
        return core::Error(core::ErrorCode::StoreError, {"commit", "transaction already finished"});
    auto status = m_db.commit();
    m_done = true;
    if (!status)
        (void)m_db.rollback();
    return status;
}

} // namespace pc::store
