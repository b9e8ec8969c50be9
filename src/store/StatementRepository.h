#pragma once

#include "core/Result.h"
#include "risk/FinancialStatement.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace pc::store {

class Database;

// The financial statements of each company, one per closing date, stored as liasse
// line codes and amounts in cents. Writes run inside the caller's Transaction.
class StatementRepository {
public:
    explicit StatementRepository(Database& db) : m_db(db) {}

    // Inserts, or replaces the statement of the same company and closing date.
    // Returns true when it replaced one.
    core::Result<bool> save(qint64 companyId, const risk::FinancialStatement& statement, const QString& actor,
                            const QDateTime& now);
    core::Status remove(qint64 companyId, core::Date closingDate);
    // Oldest first.
    std::vector<risk::FinancialStatement> forCompany(qint64 companyId, const std::string& siren);
    int count();

private:
    Database& m_db;
};

} // namespace pc::store
