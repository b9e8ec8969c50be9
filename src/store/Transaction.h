#pragma once

#include "core/Result.h"

namespace pc::store {

class Database;

// RAII transaction: rolls back in its destructor unless commit() succeeded. Nested
// guards become savepoints, so a use case can call another inside its transaction.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when the transaction could not even start (the store is locked or gone).
    bool started() const { return m_started.ok(); }
    const core::Status& startStatus() const { return m_started; }
    core::Status commit();

private:
    Database& m_db;
    core::Status m_started;
    bool m_done = false;
};

} // namespace pc::store
