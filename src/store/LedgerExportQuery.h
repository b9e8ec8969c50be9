#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "receivables/Ledger.h"

#include <string>
#include <vector>

namespace pc::store {

class Database;

// A ledger entry as the ledger export shows it on a day.
struct LedgerExportRow {
    std::string siren; // empty for a client without one (imported from an FEC)
    std::string clientName;
    // Its letter code and lettering date only when lettered on or before the day.
    receivables::LedgerEntry entry;
    // What was open on it that day, signed like the balance: a debit positive, a
    // credit (a payment or credit note not yet set against anything) negative.
    core::Money open;
};

// The whole receivables ledger replayed on a day, for the exports of stage 9.
class LedgerExportQuery {
public:
    explicit LedgerExportQuery(Database& db) : m_db(db) {}

    // Every entry dated on or before `asOf`, deposits included, by client (SIREN, then
    // the clients without one) then date then id. The open amount is today's plus what
    // was allocated to the entry after `asOf`, as the aged balance counts it.
    std::vector<LedgerExportRow> rows(core::Date asOf);

private:
    Database& m_db;
};

} // namespace pc::store
