#pragma once

#include "core/ClientFile.h"
#include "core/Date.h"
#include "core/Money.h"
#include "core/Rate.h"
#include "core/Result.h"
#include "receivables/LegalDeadlines.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::receivables {

// Doubtful receivables, their impairment and write-offs (PCG 416 / 491 / 6817 / 7817 /
// 654, CGI 39-1-5° and 272-1). The tax rule drives the design: a provision is justified
// receivable by receivable, on the amount excluding VAT (the VAT is recovered, not
// lost, when the receivable proves irrecoverable), so every figure here is per entry.

// Why an entry became doubtful.
enum class DoubtfulReason { Age, Proceedings, LegalAction, Dispute, Manual };
// "age", "proceedings", "legal_action", "dispute", "manual".
std::string_view toCode(DoubtfulReason reason);
std::optional<DoubtfulReason> doubtfulReasonFromCode(std::string_view code);

// From `daysPastDue` days after the due date on, `rate` of the base is provisioned.
struct AgeRule {
    int daysPastDue = 0;
    core::Rate rate;
    bool operator==(const AgeRule&) const = default;
};

// The rules a team applies; the highest rate among those that apply wins.
struct ProvisionRules {
    std::vector<AgeRule> ageRules{{180, core::Rate::fromBasisPoints(5000)}, {365, core::Rate::fromBasisPoints(10000)}};
    core::Rate liquidationRate = core::Rate::fromBasisPoints(10000);
    // Safeguard and receivership: the debt may still be paid under a plan.
    core::Rate proceedingsRate = core::Rate::fromBasisPoints(5000);
    core::Rate legalActionRate = core::Rate::fromBasisPoints(5000);
    // None: a dispute alone does not make a receivable doubtful.
    std::optional<core::Rate> disputeRate;
    // For entries without a PosteClient invoice to split (imported ledgers).
    core::Rate defaultVatRate = core::Rate::fromBasisPoints(2000);

    // Errors, with the field: InvalidNumber (a rate outside 0–100 %, a VAT rate outside
    // 0–100 %, days not positive; args {value}), DuplicateKey (two age rules with the
    // same days; args {days}).
    core::Status validate() const;
    bool operator==(const ProvisionRules&) const = default;
};

// Errors: InvalidNumber (outside 0–100 %; args {rate}).
core::Status checkProvisionRate(core::Rate rate);

// What is known of one debit entry on the day of the review.
struct ProvisionItem {
    std::int64_t entryId = 0;
    std::int64_t companyId = 0;
    core::Date dueDate;
    core::Money open; // incl. VAT, open on the day (0 once paid)
    // The split of the PosteClient invoice the entry posts; none for imported entries.
    std::optional<core::Money> invoiceNet;
    std::optional<core::Money> invoiceVat;
    core::Money disputed; // under active dispute on the day
    core::Proceedings proceedings = core::Proceedings::None;
    std::optional<LegalFileKind> legalAction; // an open legal file covering it
    std::optional<core::Rate> overrideRate;   // set by the user for this receivable
    // What the books already hold for it.
    bool classified = false;  // already moved to 416
    core::Money booked;       // provision stock on the day
};

// The open amount split into excluding VAT and VAT.
struct VatSplit {
    core::Money net;
    core::Money vat;
};

// Pro rata of the invoice's own split when there is one, else at `defaultVat`; the
// VAT takes the rounding cent, so net + vat == open.
VatSplit splitOpen(const ProvisionItem& item, core::Rate defaultVat);

struct DoubtfulCause {
    DoubtfulReason reason = DoubtfulReason::Age;
    // The rule's parameter: the days threshold, the proceedings or legal file kind, the
    // disputed amount; empty for a manual rate.
    std::string parameter;
    core::Rate rate;
};

struct ProvisionProposal {
    std::int64_t entryId = 0;
    std::int64_t companyId = 0;
    bool doubtful = false;
    bool transfer = false; // doubtful now and not yet moved to 416
    std::optional<DoubtfulCause> cause; // the rule that sets the rate (the user's rate first)
    int daysPastDue = 0;
    core::Rate rate;
    core::Money open; // incl. VAT
    core::Money base; // excl. VAT
    core::Money vat;
    core::Money target; // base × rate, never above the base
    core::Money booked;

    // Positive: a dotation to book; negative: a reversal.
    core::Money movement() const { return target - booked; }
};

ProvisionProposal proposeProvision(const ProvisionItem& item, const ProvisionRules& rules, core::Date asOf);

// -- journal entries ------------------------------------------------------------------

enum class ProvisionEntryKind { Transfer, Dotation, Reversal, WriteOff };
// "transfer", "dotation", "reversal", "write_off".
std::string_view toCode(ProvisionEntryKind kind);

struct JournalLine {
    std::string account;   // PCG general account, "416000"
    std::string auxiliary; // the client's account number on 411 / 416 lines
    core::Money debit;
    core::Money credit;
};

struct JournalEntry {
    ProvisionEntryKind kind = ProvisionEntryKind::Dotation;
    std::string number; // the caller's stable number (FEC EcritureNum)
    core::Date date;
    std::int64_t entryId = 0; // the receivable
    std::string piece;
    std::vector<JournalLine> lines;

    core::Money totalDebit() const;
    core::Money totalCredit() const;
    bool balanced() const { return totalDebit() == totalCredit(); }
};

// The accounts of the French chart these entries use.
namespace accounts {
inline constexpr std::string_view kClients = "411000";
inline constexpr std::string_view kDoubtful = "416000";
inline constexpr std::string_view kImpairment = "491000";
inline constexpr std::string_view kDotation = "681700";
inline constexpr std::string_view kReversal = "781700";
inline constexpr std::string_view kLoss = "654000";
inline constexpr std::string_view kVatCollected = "445710";
} // namespace accounts

struct EntryRef {
    core::Date date;
    std::int64_t entryId = 0;
    std::string piece;
    std::string clientAccount;
};

// Debit 416 / credit 411, incl. VAT.
JournalEntry transferEntry(const EntryRef& ref, core::Money gross);
// Debit 6817 / credit 491.
JournalEntry dotationEntry(const EntryRef& ref, core::Money amount);
// Debit 491 / credit 7817.
JournalEntry reversalEntry(const EntryRef& ref, core::Money amount);
// Debit 654 (excl. VAT) and 44571 (the VAT recovered) / credit 416, or 411 for a
// receivable written off without having been doubtful.
JournalEntry writeOffEntry(const EntryRef& ref, VatSplit amounts, bool fromDoubtful);

} // namespace pc::receivables
