#pragma once

#include "app/FecExportService.h"
#include "core/Date.h"
#include "core/Money.h"
#include "core/Rate.h"
#include "core/Result.h"
#include "receivables/Provisions.h"
#include "store/ProvisionRepository.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pc::app {

class Workspace;

// The rules as the settings store them, rates in basis points:
// {"age_rules": [{"days": 180, "rate": 5000}, {"days": 365, "rate": 10000}],
//  "liquidation_rate": 10000, "proceedings_rate": 5000, "legal_action_rate": 5000,
//  "dispute_rate": null, "default_vat_rate": 2000}. A key left out keeps its default.
nlohmann::json toJson(const receivables::ProvisionRules& rules);
// Errors: UnknownField, InvalidFormat (not an object, not a whole number) with the
// field, then ProvisionRules::validate()'s.
core::Result<receivables::ProvisionRules> provisionRulesFromJson(const nlohmann::json& json);

// One receivable of the review with its client.
struct ProvisionRow {
    store::ReceivableParty party;
    qint64 entryId = 0;
    core::Date date;
    core::Date dueDate;
    core::Money amount; // the entry incl. VAT
    receivables::ProvisionProposal proposal;
};

struct ProvisionReview {
    core::Date asOf;
    // Doubtful receivables and those whose provision moves, by client then entry.
    std::vector<ProvisionRow> rows;
    core::Money doubtfulGross;  // open incl. VAT of the doubtful ones
    core::Money provisionStock; // once the movements are booked
    core::Money dotation;       // to book
    core::Money reversal;       // to book, positive
};

struct ProvisionBookingReport {
    core::Date asOf;
    int classified = 0; // moved to 416
    int dotations = 0;
    int reversals = 0;
    core::Money dotation;
    core::Money reversal;
};

struct ProvisionJournal {
    core::Date from;
    core::Date to;
    // By date, then transfer, dotation, write-off, reversal.
    std::vector<receivables::JournalEntry> entries;
    std::map<std::string, std::string> clientNames; // by client account
};

// Stage 9: doubtful receivables, their provisions (on the amount excluding VAT,
// receivable by receivable) and write-offs, and the accounting entries they make.
class ProvisionService {
    Q_DECLARE_TR_FUNCTIONS(ProvisionService)

public:
    // The shared setting holding the rules as JSON.
    static const QString kRulesKey; // "provisions.rules"

    explicit ProvisionService(Workspace& workspace) : m_ws(workspace) {}

    // The team's rules, the defaults when none were saved. Errors: the stored JSON's,
    // with the field prefixed by the key.
    core::Result<receivables::ProvisionRules> rules();
    // Validated, saved and audited in one transaction.
    core::Status setRules(const receivables::ProvisionRules& rules);
    // The text of `settings set provisions.rules`. Errors: InvalidFormat (not JSON),
    // provisionRulesFromJson's; the field is prefixed by the key.
    core::Status setRulesText(const QString& text);

    core::Result<ProvisionReview> review(core::Date asOf);
    // Records the review's classifications and movements on `asOf`, in one transaction;
    // booking a day again adds nothing. Errors: DateTooLate (after today, field
    // "as_of"), DateTooEarly (before the last booking; args {asOf, last}, field "as_of").
    core::Result<ProvisionBookingReport> book(core::Date asOf);
    // The user's rate for one receivable, in place of the rules; none gives it back to
    // the rules. Errors: NotFound (field "entry"), InvalidNumber (outside 0–100 %,
    // field "rate").
    core::Status setInvoiceRate(qint64 entryId, std::optional<core::Rate> rate);
    // Writes off what is open on the entry on `on`: an adjustment closes it in the
    // ledger, the loss and the VAT recovered are recorded, its provision is reversed;
    // one transaction. Errors: ReasonRequired (field "reason"), DateTooLate (after
    // today, field "date"), NotFound (field "entry"), AlreadyExists (written off
    // already, field "entry"), DateTooEarly (before the entry or a booking of it, field
    // "date"), InvalidTransition (nothing open on that day, field "entry").
    core::Result<qint64> writeOff(qint64 entryId, core::Date on, const std::string& reason);

    // The entries booked in [from, to].
    core::Result<ProvisionJournal> journal(core::Date from, core::Date to);
    // Writes them as an FEC, journal "OD". Errors: IoError.
    core::Result<FecExportReport> exportFec(core::Date from, core::Date to, const QString& path);

private:
    ProvisionReview reviewWith(const receivables::ProvisionRules& rules, core::Date asOf);
    Workspace& m_ws;
};

} // namespace pc::app
