#pragma once

#include "core/Date.h"
#include "core/Money.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::receivables {

// The kinds of entry of a client's receivables ledger (compte 411 auxiliaire).
enum class EntryKind { Invoice, CreditNote, Payment, Deposit, Refund, Adjustment, Imported };

std::string_view toCode(EntryKind kind);
std::optional<EntryKind> entryKindFromCode(std::string_view code);

// One line of the ledger. Debits raise what the client owes (invoices, refunds), credits
// lower it (credit notes, payments, deposits received).
struct LedgerEntry {
    std::int64_t id = 0;
    EntryKind kind = EntryKind::Invoice;
    std::string journal; // "VE" sales, "BQ" bank
    core::Date date;
    std::string piece; // the invoice or payment reference
    std::string label;
    core::Money debit;
    core::Money credit;
    std::optional<core::Date> dueDate;
    // The letter code of the balanced group the entry belongs to ("AA", "AB"…), empty
    // while it is open or only partly allocated, and the day it was lettered.
    std::string letter;
    std::optional<core::Date> letteredOn;

    bool isDebit() const { return debit > credit; }
    // The entry's amount, whichever side it is on.
    core::Money amount() const { return isDebit() ? debit - credit : credit - debit; }
};

// Part of a credit entry set against part of a debit entry, on a date: a credit note
// against its invoice, a payment against the invoices it settles.
struct Allocation {
    std::int64_t debitEntryId = 0;
    std::int64_t creditEntryId = 0;
    core::Money amount;
    core::Date date;
};

// What is still open on an entry as of a date: its amount less what was allocated to
// it on or before that date. Zero for an entry dated after `asOf`.
core::Money openAmount(const LedgerEntry& entry, const std::vector<Allocation>& allocations, core::Date asOf);

// A client's receivables as the credit check reads them, as of a date.
struct ReceivablesPosition {
    core::Money openDebits;       // invoices and other debits not yet settled
    core::Money unappliedCredits; // payments and credit notes not yet set against a debit
    core::Money openDeposits;     // deposits received and not yet set against an invoice
    core::Money overdue;          // open debits whose due date has passed
    std::optional<core::Date> oldestOverdueDueDate;
    int overdueItems = 0;

    // Open receivables net of unapplied credits: the account's balance without deposits.
    core::Money receivables() const { return openDebits - unappliedCredits; }
    // Days since the oldest overdue due date, 0 when nothing is overdue.
    int oldestOverdueDays(core::Date asOf) const;
};

// Entries dated after `asOf` and allocations made after it are ignored, so a position
// can be replayed as of any past date. An entry without a due date is due on its date.
ReceivablesPosition positionOf(const std::vector<LedgerEntry>& entries, const std::vector<Allocation>& allocations,
                               core::Date asOf);

} // namespace pc::receivables
