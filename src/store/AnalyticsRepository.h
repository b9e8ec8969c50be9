#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "core/Rate.h"
#include "receivables/CreditCost.h"
#include "receivables/PaymentHabits.h"

#include <QtGlobal>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pc::store {

class Database;

// What stage 9 groups clients by: their file, account and latest statement.
struct ClientAttributes {
    qint64 companyId = 0;
    std::string siren;
    std::string name;
    std::string segment;
    std::string salesRep;
    std::string nafCode;
    std::string postalCode;
    std::string country;
    // From the latest financial statement: headcount (line YP, or 376 of the simplified
    // form) and net turnover (FL, or 210 + 214 + 218), when it has them.
    std::optional<std::int64_t> headcount;
    std::optional<core::Money> turnover;
};

// Stage 9 reads of the ledger for the analyses: settlements, movements of the
// outstanding, sales, dunning actions, risk classes and the clients' attributes.
class AnalyticsRepository {
public:
    explicit AnalyticsRepository(Database& db) : m_db(db) {}

    // Parts of invoices (and imported debits) settled by payments (and imported credits)
    // on or before `asOf`, paid on the payment's date; credit notes are not payments.
    std::vector<receivables::Settlement> settlements(core::Date asOf);
    // Debits (deposits aside) on their date and what was allocated to them on its day,
    // up to `to`: the moves of each client's outstanding.
    std::vector<receivables::BalanceMove> outstandingMoves(core::Date to);
    // Invoices less credit notes dated in [from, to] by client, and the debits imported
    // from another program's ledger, excluding VAT: from the document (as booked for an
    // entry without one), imported debits at `defaultVat` on each client's total (one
    // rounding).
    std::map<qint64, core::Money> salesByClient(core::Date from, core::Date to, core::Rate defaultVat);
    // Dunning actions done in [from, to] by client and channel.
    std::map<qint64, std::map<std::string, int>> actionsByClient(core::Date from, core::Date to);
    // The risk class of the limit in force on `asOf`, by client ("" when it had none).
    std::map<qint64, std::string> riskClasses(core::Date asOf);
    // Every client, by SIREN.
    std::vector<ClientAttributes> clients();

private:
    void addStatementFigures(std::vector<ClientAttributes>& clients);
    Database& m_db;
};

} // namespace pc::store
