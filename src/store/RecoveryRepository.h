#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "core/Result.h"
#include "receivables/Dispute.h"
#include "receivables/LegalDeadlines.h"
#include "receivables/PaymentPromise.h"
#include "store/Stamp.h"

#include <QtGlobal>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pc::store {

class Database;

struct DisputeRecord {
    receivables::Dispute dispute;
    qint64 companyId = 0;
    std::string piece; // the invoice's number
    std::string note;  // what the client says
    std::string resolutionNote;
    std::optional<qint64> creditEntryId;
};

struct PromiseRecord {
    receivables::PaymentPromise promise;
    qint64 companyId = 0;
    std::string contact;
    std::string note;
};

struct ActionItem {
    qint64 entryId = 0;
    core::Money amount;
    std::string piece; // read back only
};

// A dunning action carried out (a document sent) or handed to a person (a call to
// make: "todo" until its outcome is noted).
struct ActionRecord {
    qint64 id = 0;
    qint64 companyId = 0;
    std::string scenarioCode;
    std::string stepCode;
    int stepIndex = 0;
    std::string channel; // receivables::DunningChannel code, or "note" for a free note
    std::string status;  // "todo", "done", "cancelled"
    core::Date plannedOn;
    std::optional<core::Date> doneOn;
    core::Money amount;
    std::string outcome;
    std::string note;
    std::optional<core::Date> nextActionOn;
    std::string document; // the file written
    std::string createdBy;
    std::vector<ActionItem> items;
};

struct LegalFileRecord {
    qint64 id = 0;
    qint64 companyId = 0;
    receivables::LegalFileKind kind = receivables::LegalFileKind::Injonction;
    std::string status; // "prepared", "filed", "granted", "served", "closed"
    core::Date openedOn;
    core::Money principal;
    core::Money penalties;
    core::Money indemnity;
    std::string court;
    std::string counterpart; // the agency, the mandataire judiciaire
    std::string reference;
    receivables::LegalDates dates;
    std::optional<core::Date> closedOn;
    std::string note;
    std::string document;
    std::vector<ActionItem> items;
};

// A debit entry open on a date, as dunning reads it.
struct DunnedEntry {
    qint64 companyId = 0;
    qint64 entryId = 0;
    std::string piece;
    core::Date date;
    core::Date dueDate;
    core::Money amount;
    core::Money open;
};

// Stage 8: disputes, promises, dunning actions and legal files. Writes run inside the
// caller's transaction; reads throw StoreFailure when the store is broken.
class RecoveryRepository {
public:
    explicit RecoveryRepository(Database& db) : m_db(db) {}

    core::Result<qint64> addDispute(const DisputeRecord& record, const Stamp& stamp);
    core::Status updateDispute(const DisputeRecord& record);
    std::optional<DisputeRecord> dispute(qint64 id);
    // Every dispute of a client, or of every client, newest first.
    std::vector<DisputeRecord> disputes(std::optional<qint64> companyId);
    // The amount under active dispute on each entry of a client (or every client) on `asOf`.
    std::map<std::int64_t, core::Money> disputedOn(std::optional<qint64> companyId, core::Date asOf);

    core::Result<qint64> addPromise(const PromiseRecord& record, const Stamp& stamp);
    std::vector<PromiseRecord> promises(std::optional<qint64> companyId);

    core::Result<qint64> addAction(const ActionRecord& action, const Stamp& stamp);
    core::Status completeAction(qint64 id, const std::string& status, core::Date doneOn, const std::string& outcome,
                                const std::string& note, std::optional<core::Date> nextActionOn);
    core::Status setActionDocument(qint64 id, const std::string& document);
    std::optional<ActionRecord> action(qint64 id);
    // A client's actions (or every client's), newest first, with their items.
    std::vector<ActionRecord> actions(std::optional<qint64> companyId);
    // Calls and other tasks still to do, planned on or before `asOf`.
    std::vector<ActionRecord> openTasks(core::Date asOf);
    // For each entry and scenario, the highest step index of an action (not cancelled)
    // planned on or before `asOf` that covered it. By scenario: a step's index only
    // means something in the scenario that numbered it.
    std::map<qint64, std::map<std::string, int>> lastStepDone(std::optional<qint64> companyId, core::Date asOf);
    // The day of each client's last action (not cancelled) on or before `asOf`.
    std::map<qint64, core::Date> lastActionOn(std::optional<qint64> companyId, core::Date asOf);

    core::Result<qint64> addLegalFile(const LegalFileRecord& record, const Stamp& stamp);
    core::Status updateLegalFile(const LegalFileRecord& record);
    std::optional<LegalFileRecord> legalFile(qint64 id);
    std::vector<LegalFileRecord> legalFiles(std::optional<qint64> companyId);
    // Clients with a legal file not closed: dunning stops for them.
    std::map<qint64, receivables::LegalFileKind> clientsInLegalRecovery();
    // Clients under collective proceedings: their creditors may only declare a claim.
    std::set<qint64> clientsInProceedings();

    // Debit entries dated on or before `asOf` with something open on that day (open
    // today plus what was allocated to them after it).
    std::vector<DunnedEntry> dunnedEntries(std::optional<qint64> companyId, core::Date asOf);
    // Credits not set against anything, per client, on `asOf` (payments waiting to be
    // lettered): dunning counts them as paid.
    std::map<qint64, core::Money> unappliedCredits(std::optional<qint64> companyId, core::Date asOf);
    // The PosteClient invoice an entry posts, if it posts one.
    std::optional<qint64> invoiceOfEntry(qint64 entryId);
    // Payments received on or after `since` and on or before `asOf`, per client.
    std::map<qint64, std::vector<receivables::Receipt>> receipts(std::optional<qint64> companyId, core::Date since,
                                                                 core::Date asOf);

private:
    std::vector<ActionItem> actionItems(qint64 actionId);
    std::vector<ActionItem> legalItems(qint64 fileId);
    Database& m_db;
};

} // namespace pc::store
