#pragma once

#include "core/Date.h"
#include "core/Result.h"
#include "receivables/Lettering.h"
#include "store/SqlQuery.h"
#include "store/Stamp.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pc::store {

class Database;

// Letterings of the receivables ledger: who lettered what by which rule, the letter
// codes of balanced groups and their series per client, and undoing them.
class LetteringRepository {
public:
    explicit LetteringRepository(Database& db) : m_db(db) {}

    core::Result<qint64> create(qint64 companyId, receivables::LetteringRule rule, core::Date on, const Stamp& stamp);

    // The last code given to each client's groups (clients without one are absent).
    std::map<qint64, std::string> lastCodes();
    std::optional<std::string> lastCode(qint64 companyId);
    core::Status saveLastCode(qint64 companyId, const std::string& code);

    core::Status setLetter(qint64 entryId, const std::string& code, core::Date on);

    // The entries an allocation links to `entries`, step by step, that carry no code
    // and have nothing open: with them a balanced group is the whole settled set
    // (an invoice paid in two parts is lettered with both payments).
    std::set<qint64> settledGroupOf(const std::set<qint64>& entries);

    std::vector<qint64> entriesWithLetter(qint64 companyId, const std::string& code);
    // Undoes a balanced group: its allocations, the write-offs its letterings wrote,
    // its code. Errors: NotFound (no entry of the client has that code).
    core::Status unletter(qint64 companyId, const std::string& code);
    // Undoes what one lettering wrote (its allocations and write-off) and the code of
    // the group it completed.
    core::Status removeLettering(qint64 letteringId);
    // Removes the allocations of an entry that is only partly lettered.
    core::Status removePartialAllocations(qint64 entryId);

private:
    core::Status removeAllocations(const QString& where, qint64 key);
    core::Status clearLetters(const std::vector<qint64>& entries);
    core::Status deleteWriteOffs(const QString& where, qint64 key);
    Database& m_db;
    // Prepared once per repository: an automatic run letters groups by the thousand.
    std::optional<SqlQuery> m_insert;
    std::optional<SqlQuery> m_setLetter;
    std::optional<SqlQuery> m_saveLastCode;
};

} // namespace pc::store
