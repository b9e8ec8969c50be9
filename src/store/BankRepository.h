#pragma once

#include "core/ClientFile.h"
#include "core/Date.h"
#include "core/Money.h"
#include "core/Result.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace pc::store {

class Database;

// What happened to a movement of an imported bank statement.
enum class BankLineStatus {
    Payment,   // money in from a known client: a payment entry was written
    Unmatched, // money in from nobody recognised: waits for a person
    Outgoing,  // money out: kept for the record, not a receivable
};
const char* toCode(BankLineStatus status);

struct BankLineRecord {
    qint64 id = 0;
    qint64 importId = 0;
    int lineNo = 0;
    std::string bankAccount;
    core::Date bookingDate;
    std::optional<core::Date> valueDate;
    core::Money amount; // positive: money in
    std::string label;
    std::string remittance;
    std::string counterpartyName;
    std::string counterpartyIban;
    std::string counterpartyId;
    std::string reference;
    std::string operationCode;
    BankLineStatus status = BankLineStatus::Unmatched;
    std::string matchedBy; // "iban", "siren", "invoice", "name", "manual"
    std::optional<qint64> companyId;
    std::optional<qint64> entryId;
    QString fileName; // of the import, when read back
};

// What a payment entry knows beyond its ledger line.
struct PaymentDetails {
    std::optional<core::PaymentMethod> method;
    std::string bankReference;
    std::string remittance;
    std::string payerName;
    std::string payerIban;
    std::optional<core::Date> valueDate;
    std::optional<qint64> bankLineId;
};

// Movements of imported bank statements, and the details of payments.
class BankRepository {
public:
    explicit BankRepository(Database& db) : m_db(db) {}

    core::Result<qint64> addLine(const BankLineRecord& line);
    core::Status addPayment(qint64 entryId, const PaymentDetails& details);
    std::optional<PaymentDetails> payment(qint64 entryId);
    // The lines nobody recognised, oldest first.
    std::vector<BankLineRecord> unmatchedLines();
    std::optional<BankLineRecord> line(qint64 id);
    // A movement already imported from another file (not `line.importId`): same
    // account, booking date, amount, reference and label.
    bool hasLine(const BankLineRecord& line);
    // The line became the payment `entryId` of the client.
    core::Status markPaid(qint64 lineId, qint64 companyId, qint64 entryId, const std::string& matchedBy);

    // Clients recognised from what a bank says about the payer.
    std::optional<qint64> companyByIban(const std::string& iban);
    // Exact match of the folded name (see core::foldForSearch); several clients of
    // that name are no match.
    std::optional<qint64> companyByFoldedName(const std::string& foldedName);

private:
    Database& m_db;
};

} // namespace pc::store
