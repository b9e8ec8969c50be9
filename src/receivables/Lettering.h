#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "core/Result.h"
#include "receivables/Ledger.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::receivables {

// Lettering (lettrage) sets a client's credits (payments, credit notes, deposits)
// against the debits they settle (invoices, refunds), so that what is still open is
// known item by item. Values in, values out: the caller reads the open items, writes
// the allocations, write-offs and letter codes (LetterCode.h) the engine proposes.

// One open entry of a client's ledger as the lettering engine reads it.
struct OpenItem {
    std::int64_t id = 0;
    EntryKind kind = EntryKind::Invoice;
    core::Date date;
    std::optional<core::Date> dueDate; // none = due on its date
    std::string piece;                 // invoice / credit-note / payment reference
    std::string text;                  // label + bank remittance text: where invoice numbers are searched
    core::Money open;                  // open amount, > 0 (items at 0 or below are ignored)
    bool debit = true;                 // debit (invoice, refund) or credit (payment, credit note, deposit)
    core::Date due() const { return dueDate.value_or(date); }
};

// Why a group was lettered, from the strongest evidence to none.
enum class LetteringRule { Reference, Amount, Combination, Partial, Manual, Imported };

// "reference", "amount", "combination", "partial", "manual", "imported".
std::string_view toCode(LetteringRule rule);
std::optional<LetteringRule> letteringRuleFromCode(std::string_view code);

struct LetteringPolicy {
    bool allowPartial = true;      // last rule: a payment left over is set against the oldest due debits
    core::Money writeOffTolerance; // payment differences up to this (inclusive) are written off; 0 = never
    int combinationMaxItems = 5;   // a combination has at most this many open items
    int combinationCandidates = 20; // only the client's oldest-due N open items are tried
};

struct ItemAllocation {
    std::int64_t debitId = 0;
    std::int64_t creditId = 0;
    core::Money amount;
};

// A small payment difference closed by an adjustment entry the caller writes.
struct WriteOff {
    std::int64_t entryId = 0; // the entry whose remainder is written off
    core::Money amount;       // > 0, <= tolerance
    // Side of the adjustment entry: false = credit entry (the client paid short: it closes
    // an invoice's remainder), true = debit entry (the client paid over: it closes a
    // payment's remainder).
    bool debit = false;
    std::string reason; // "payment_short" or "payment_over"
};

// Entries set against each other. An entry belongs to one group of an outcome: when a
// debit is settled by two payments, their allocations form one group.
struct LetteringGroup {
    // The weakest rule among the group's allocations (Reference < Amount < Combination
    // < Partial): a group is only as sure as its least certain part.
    LetteringRule rule = LetteringRule::Reference;
    std::vector<ItemAllocation> allocations;
    std::optional<WriteOff> writeOff;
    std::vector<std::int64_t> entries; // every entry the group touches, ascending id
    bool balanced = false; // all of them fully settled once allocations and write-off are written
};

// An item still open after a run, and why.
struct LeftItem {
    std::int64_t id = 0;
    core::Money open; // what stays open after the run
    // Stable code: "no_match" (a credit note or deposit that names and equals nothing),
    // "ambiguous_amount" (too many combinations to choose from), "payment_short",
    // "payment_over", "partial_not_allowed", "no_open_debit" (an unapplied payment),
    // "awaiting_payment" (an open debit nothing paid, or only in part).
    std::string reason;
    // Short English explanation with amounts for a person, for logs and tooltips
    // ("payment 980.00 short by 20.00 on FA000123"); the UI translates `reason`.
    std::string detail;
};

struct LetteringOutcome {
    std::vector<LetteringGroup> groups; // in the order the run made them
    std::vector<LeftItem> left;         // every item still open after the run, by id
};

// Letters one client's open items. Deterministic: the same items in any order give the
// same outcome (ids are expected unique).
//
// The rules, each applied to every open credit (by date, then id) before the next rule,
// so that a weak match of an early payment cannot take an invoice a later payment names:
// 1. reference: the invoice numbers (pieces of open debits, 4 characters at least) that
//    the credit's text or piece names, with the open credit notes it names, settle it
//    exactly, within the write-off tolerance, short (the invoice stays "payment_short"),
//    or over (the remainder goes on to the next rules);
// 2. amount: the oldest-due open debit of exactly the credit's open amount, or the
//    client's only open debit within the tolerance;
// 3. combination: 2 to combinationMaxItems of the oldest-due combinationCandidates open
//    debits and other credit notes whose net equals the credit (first found, oldest first);
// 4. partial (allowPartial): payments, not credit notes nor deposits, which are tied to a
//    sale, are set against the open debits oldest due first.
LetteringOutcome autoLetter(std::vector<OpenItem> items, const LetteringPolicy& policy);

// Manual lettering of the items a person selected (debits and credits of one client).
// Credits (by date, then id) are set against debits oldest due first. When debits and
// credits balance the group is balanced. When they do not: a difference of at most
// writeOffTolerance (> 0) left on a single entry is written off; otherwise, if
// allowPartial the allocations are partial (balanced = false); else the error is
// Unbalanced with args {debit total, credit total} as Money::toString().
// Items with nothing open are ignored. Errors: Empty (nothing selected, no debit or no
// credit), DuplicateKey (an id twice; args {id}), Unbalanced.
core::Result<LetteringGroup> letterManually(std::vector<OpenItem> selected, bool allowPartial,
                                            core::Money writeOffTolerance);

} // namespace pc::receivables
