#pragma once

#include "core/Date.h"
#include "core/Money.h"

#include <QtGlobal>

#include <vector>

namespace pc::store {

class Database;

// An entry of the receivables ledger open on a day, signed like the balance.
struct OpenOnDay {
    qint64 companyId = 0;
    qint64 entryId = 0;
    core::Date date;
    core::Date dueDate; // its date when it has none
    core::Money open;   // debit positive, credit negative
};

// Stage 9 reads of the ledger: what is open on any day, the sales of a period.
class AgingRepository {
public:
    explicit AgingRepository(Database& db) : m_db(db) {}

    // Entries dated on or before `asOf` with something open that day: open today plus
    // what was allocated to them after it. Deposits, tied to their orders, are left out.
    std::vector<OpenOnDay> openOn(core::Date asOf);
    // Invoices less credit notes dated in [from, to]: the credit sales of a period.
    core::Money salesBetween(core::Date from, core::Date to);

private:
    Database& m_db;
};

} // namespace pc::store
