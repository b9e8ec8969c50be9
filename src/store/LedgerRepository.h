#pragma once

#include "core/Result.h"
#include "receivables/Ledger.h"
#include "receivables/Lettering.h"
#include "store/SalesRepository.h"
#include "store/SqlQuery.h"

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace pc::store {

class Database;

// Where an entry came from: a document of PosteClient, an imported file, a lettering
// (a payment difference written off); its accounting number and general account.
struct EntrySource {
    std::optional<qint64> invoiceId;
    std::optional<qint64> orderId;
    std::optional<qint64> importId;
    std::optional<qint64> letteringId;
    std::string entryNumber; // FEC EcritureNum
    std::string account;     // FEC CompteNum, "411000" when empty
    // What is open on it, when it comes in already settled (a lettered ledger
    // imported); its whole amount otherwise.
    std::optional<core::Money> open;

    static EntrySource ofInvoice(qint64 id)
    {
        EntrySource source;
        source.invoiceId = id;
        return source;
    }
    static EntrySource ofOrder(qint64 id)
    {
        EntrySource source;
        source.orderId = id;
        return source;
    }
};

// An entry still open today, with its client: what the lettering works on.
struct OpenEntry {
    qint64 companyId = 0;
    receivables::OpenItem item;
    // Already part-settled: lettering it may complete a group of earlier allocations.
    bool partlyAllocated = false;
};

// Open disputes of a client on a date (RecoveryRepository files them; the credit check
// reads them).
struct DisputeSummary {
    int count = 0;
    core::Money amount;
};

// A ledger line with what an FEC export needs beside it.
struct ExportedEntry {
    receivables::LedgerEntry entry;
    std::string entryNumber;
    std::string account;
    std::string clientAccount;
    std::string clientName;
    // Excluding VAT and VAT, for the entries of PosteClient's invoices and credit notes.
    std::optional<core::Money> net;
    std::optional<core::Money> vat;
};

// The key of entryKeys().
std::string importedEntryKey(const std::string& journal, const std::string& number, const std::string& account,
                             qint64 companyId, core::Money debit, core::Money credit);

// The receivables ledger of each client: entries and the allocations between them.
class LedgerRepository {
public:
    explicit LedgerRepository(Database& db) : m_db(db) {}

    core::Result<qint64> addEntry(qint64 companyId, const receivables::LedgerEntry& entry, const EntrySource& source,
                                  const Stamp& stamp);
    // Writes the allocation and lowers what is open on both entries.
    core::Status addAllocation(const receivables::Allocation& allocation, const Stamp& stamp,
                               std::optional<qint64> letteringId = std::nullopt);
    // Writes an allocation whose entries were written with their open amounts
    // already lowered (a ledger imported lettered).
    core::Status addSettledAllocation(const receivables::Allocation& allocation, const Stamp& stamp,
                                      qint64 letteringId);
    // "journal|number|account|client|debit|credit" of every entry, to skip the lines
    // of a file that the ledger already holds (a later cumulative export, or an
    // export of PosteClient read back).
    std::vector<std::string> entryKeys();
    // (client, letter code) of every lettered group.
    std::set<std::pair<qint64, std::string>> lettersInUse();
    // Every entry dated in [from, to], by date then id, with its client.
    std::vector<ExportedEntry> exportRows(core::Date from, core::Date to);
    // In date order, then by id.
    std::vector<receivables::LedgerEntry> entriesOf(qint64 companyId);
    std::vector<receivables::Allocation> allocationsOf(qint64 companyId);
    std::optional<receivables::LedgerEntry> entryOfInvoice(qint64 invoiceId);
    std::optional<receivables::LedgerEntry> entry(qint64 entryId);
    // Whether the client's ledger already has an entry with this piece on this side.
    bool hasPiece(qint64 companyId, const std::string& piece, bool debit);
    // The client an entry belongs to.
    std::optional<qint64> companyOfEntry(qint64 entryId);
    // Entries dated on or before `asOf` with something open today, by client then id;
    // the text of a payment includes the bank's remittance information.
    std::vector<OpenEntry> openEntries(std::optional<qint64> companyId, core::Date asOf);
    // Open entries of one client whose piece is `piece` (an invoice number).
    std::vector<OpenEntry> openEntriesWithPiece(const std::string& piece);
    // The deposits received on an order.
    std::vector<receivables::LedgerEntry> depositsOfOrder(qint64 orderId);

    DisputeSummary openDisputes(qint64 companyId, core::Date asOf);

private:
    std::vector<receivables::LedgerEntry> load(const char* name, const QString& where, qint64 key);
    Database& m_db;
    // Prepared once per repository: imports write entries by the hundred thousand.
    std::optional<SqlQuery> m_insertEntry;
    std::optional<SqlQuery> m_insertAllocation;
    std::optional<SqlQuery> m_lowerOpen;
    std::optional<SqlQuery> m_insertSettled;
};

} // namespace pc::store
