#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "core/Result.h"
#include "receivables/LatePenalty.h"
#include "store/RecoveryRepository.h"

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pc::app {

class Workspace;

// One late invoice of a client with what it owes beyond its principal.
struct InvoicePenaltyRow {
    qint64 entryId = 0;
    std::string piece;
    core::Date date;
    core::Date dueDate;
    core::Money amount;   // the invoice incl. VAT
    core::Money open;     // open on the day
    core::Money disputed; // under active dispute: no penalty claimed on it
    receivables::InvoicePenalty penalty; // on open − disputed
};

struct ClientPenalties {
    qint64 companyId = 0;
    std::string siren;
    std::string name;
    core::Date asOf;
    std::vector<InvoicePenaltyRow> invoices; // by due date
    core::Money principal;
    core::Money penalties;
    core::Money indemnities;
};

// Late-payment penalties and recovery indemnities (L441-10, D441-5) of the open
// invoices of a client on a day: the seller's contractual rate when its terms state
// one, else ECB + 10 points per half-year.
class PenaltyService {
public:
    explicit PenaltyService(Workspace& workspace) : m_ws(workspace) {}

    // Errors: NotFound (client, field "client"; a half-year without ECB rate, field "rate").
    core::Result<ClientPenalties> penalties(const QString& client, core::Date asOf);
    core::Result<ClientPenalties> penaltiesOf(qint64 companyId, core::Date asOf);

    // The client's open debits on `asOf` less its payments not yet lettered, set against
    // the oldest due first, as the dunning plan counts them: a letter never claims what
    // the client has paid. Entries left with nothing open are dropped.
    std::vector<store::DunnedEntry> owedEntries(qint64 companyId, core::Date asOf,
                                                const std::map<std::int64_t, core::Money>& disputed);

    // The rows of entries already read: late ones only, by due date.
    core::Result<std::vector<InvoicePenaltyRow>> rowsOf(const std::vector<store::DunnedEntry>& entries,
                                                        const std::map<std::int64_t, core::Money>& disputed, core::Date asOf);

private:
    Workspace& m_ws;
};

} // namespace pc::app
