#pragma once

#include "core/ClientFile.h"
#include "core/Date.h"
#include "core/Money.h"
#include "core/Rate.h"
#include "core/Result.h"
#include "receivables/LegalDeadlines.h"
#include "receivables/Provisions.h"
#include "store/Stamp.h"

#include <QString>
#include <QtGlobal>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pc::store {

class Database;

// The client and piece of a receivable, for lists and journal lines.
struct ReceivableParty {
    qint64 companyId = 0;
    std::string siren;
    std::string name;
    std::string clientAccount; // the account number, auxiliary of 411 / 416
    std::string piece;
};

// A debit entry that a review of provisions looks at on a day.
struct ProvisionCandidate {
    ReceivableParty party;
    qint64 entryId = 0;
    core::Date date;
    core::Date dueDate;
    core::Money amount; // incl. VAT
    core::Money open;   // on the day
    std::optional<core::Money> invoiceNet;
    std::optional<core::Money> invoiceVat;
    core::Proceedings proceedings = core::Proceedings::None; // opened on or before the day
};

// Legal files open on a day: those listing entries cover them, those listing none
// cover the whole account.
struct LegalCover {
    std::map<qint64, receivables::LegalFileKind> entries;
    std::map<qint64, receivables::LegalFileKind> clients;
};

struct DoubtfulRecord {
    qint64 entryId = 0;
    qint64 companyId = 0;
    core::Date since;
    receivables::DoubtfulReason rule = receivables::DoubtfulReason::Age;
    std::string parameter;
    core::Rate rate;
    core::Money gross; // moved to 416
    ReceivableParty party; // read back only
};

enum class BookingKind { Dotation, Reversal };

struct ProvisionBooking {
    qint64 id = 0;
    qint64 entryId = 0;
    core::Date bookedOn;
    BookingKind kind = BookingKind::Dotation;
    core::Money base;
    core::Rate rate;
    core::Money amount; // > 0
    std::optional<qint64> writeOffId;
    ReceivableParty party; // read back only
};

struct WriteOffRecord {
    qint64 id = 0;
    qint64 entryId = 0;
    qint64 companyId = 0;
    core::Date on;
    core::Money net;
    core::Money vat;
    core::Money gross;
    bool fromDoubtful = false;
    std::string reason;
    qint64 adjustmentEntryId = 0;
    std::string createdBy;
    ReceivableParty party; // read back only
};

// Stage 9: what the books hold of doubtful receivables, provisions and write-offs.
// Writes run inside the caller's transaction; reads throw StoreFailure when the store
// is broken.
class ProvisionRepository {
public:
    explicit ProvisionRepository(Database& db) : m_db(db) {}

    // Debit entries (deposits aside) dated on or before `asOf`, not written off by then,
    // with something open that day or a provision stock left; by client then id.
    std::vector<ProvisionCandidate> candidates(core::Date asOf);
    std::optional<ProvisionCandidate> candidate(qint64 entryId, core::Date asOf);
    LegalCover legalCoverOn(core::Date asOf);

    core::Status addDoubtful(const DoubtfulRecord& record, const Stamp& stamp);
    // Entries moved to 416 on or before `asOf`.
    std::map<qint64, DoubtfulRecord> doubtfulOn(core::Date asOf);
    std::vector<DoubtfulRecord> doubtfulBetween(core::Date from, core::Date to);

    core::Result<qint64> addBooking(const ProvisionBooking& booking, const Stamp& stamp);
    // The provision stock of each entry on `asOf` (entries with none are absent).
    std::map<qint64, core::Money> stockOn(core::Date asOf);
    std::vector<ProvisionBooking> bookingsBetween(core::Date from, core::Date to);
    // The last day anything was booked, for one entry or any.
    std::optional<core::Date> lastBookedOn(std::optional<qint64> entryId = std::nullopt);

    // None removes the user's rate: the rules apply again.
    core::Status setRateOverride(qint64 entryId, std::optional<core::Rate> rate, const Stamp& stamp);
    std::map<qint64, core::Rate> rateOverrides();

    core::Result<qint64> addWriteOff(const WriteOffRecord& record, const Stamp& stamp);
    std::optional<WriteOffRecord> writeOffOf(qint64 entryId);
    std::vector<WriteOffRecord> writeOffsBetween(core::Date from, core::Date to);

private:
    std::vector<ProvisionCandidate> readCandidates(core::Date asOf, std::optional<qint64> entryId);
    Database& m_db;
};

} // namespace pc::store
