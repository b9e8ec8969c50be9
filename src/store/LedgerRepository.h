#pragma once

#include "core/Result.h"
#include "receivables/Ledger.h"
#include "store/SalesRepository.h"

#include <optional>
#include <vector>

namespace pc::store {

class Database;

// Where an entry came from, when a document of PosteClient wrote it.
struct EntrySource {
    std::optional<qint64> invoiceId;
    std::optional<qint64> orderId;
};

// Open disputes of a client on a date (stage 8 files them; the credit check reads them).
struct DisputeSummary {
    int count = 0;
    core::Money amount;
};

// The receivables ledger of each client: entries and the allocations between them.
class LedgerRepository {
public:
    explicit LedgerRepository(Database& db) : m_db(db) {}

    core::Result<qint64> addEntry(qint64 companyId, const receivables::LedgerEntry& entry, const EntrySource& source,
                                  const Stamp& stamp);
    core::Status addAllocation(const receivables::Allocation& allocation, const Stamp& stamp);
    // In date order, then by id.
    std::vector<receivables::LedgerEntry> entriesOf(qint64 companyId);
    std::vector<receivables::Allocation> allocationsOf(qint64 companyId);
    std::optional<receivables::LedgerEntry> entryOfInvoice(qint64 invoiceId);
    // The deposits received on an order.
    std::vector<receivables::LedgerEntry> depositsOfOrder(qint64 orderId);

    core::Result<qint64> openDispute(qint64 companyId, std::optional<qint64> invoiceId, core::Money amount,
                                     const QString& reason, core::Date openedOn, const Stamp& stamp);
    DisputeSummary openDisputes(qint64 companyId, core::Date asOf);

private:
    std::vector<receivables::LedgerEntry> load(const char* name, const QString& where, qint64 key);
    Database& m_db;
};

} // namespace pc::store
