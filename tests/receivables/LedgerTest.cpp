// A client's receivables ledger replayed as of a date: open amounts with partial
// allocations, unapplied credits, open deposits, overdue items and their age. Every
// figure is computed by hand in the comments.

#include "receivables/Ledger.h"
#include "support/TestPrinters.h"

#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::receivables;

namespace {

Date iso(const std::string& text)
{
    const auto date = Date::parseIso(text);
    REQUIRE(date.ok());
    return *date;
}

Money euros(std::int64_t e)
{
    return Money::fromEuros(e);
}

LedgerEntry debit(std::int64_t id, EntryKind kind, const std::string& date, std::int64_t amountEuros,
                  std::optional<std::string> due = std::nullopt)
{
    LedgerEntry e;
    e.id = id;
    e.kind = kind;
    e.journal = "VE";
    e.date = iso(date);
    e.piece = "D" + std::to_string(id);
    e.debit = euros(amountEuros);
    if (due)
        e.dueDate = iso(*due);
    return e;
}

LedgerEntry credit(std::int64_t id, EntryKind kind, const std::string& date, std::int64_t amountEuros)
{
    LedgerEntry e;
    e.id = id;
    e.kind = kind;
    e.journal = "BQ";
    e.date = iso(date);
    e.piece = "C" + std::to_string(id);
    e.credit = euros(amountEuros);
    return e;
}

Allocation allocation(std::int64_t debitId, std::int64_t creditId, std::int64_t amountEuros, const std::string& date)
{
    return {debitId, creditId, euros(amountEuros), iso(date)};
}

// 1 FA1    10/01 debit 1 200, due 09/02
// 2 FA2    15/02 debit   600, due 17/03
// 3 P1     20/02 credit 1 000 (payment)
// 4 AC1    01/03 credit   300 (deposit)
// 5 AV1    05/03 credit   100 (credit note)
// 6 RB1    10/03 debit     50 (refund, no due date: due on its date)
// 7 FA3    01/04 debit   240, due 01/05
// Allocations: P1→FA1 800 on 25/02, AV1→FA2 100 on 06/03, P1→FA2 200 on 20/03,
// AC1→FA3 240 on 02/04.
std::vector<LedgerEntry> entries()
{
    return {
        debit(1, EntryKind::Invoice, "2025-01-10", 1'200, "2025-02-09"),
        debit(2, EntryKind::Invoice, "2025-02-15", 600, "2025-03-17"),
        credit(3, EntryKind::Payment, "2025-02-20", 1'000),
        credit(4, EntryKind::Deposit, "2025-03-01", 300),
        credit(5, EntryKind::CreditNote, "2025-03-05", 100),
        debit(6, EntryKind::Refund, "2025-03-10", 50),
        debit(7, EntryKind::Invoice, "2025-04-01", 240, "2025-05-01"),
    };
}

std::vector<Allocation> allocations()
{
    return {
        allocation(1, 3, 800, "2025-02-25"),
        allocation(2, 5, 100, "2025-03-06"),
        allocation(2, 3, 200, "2025-03-20"),
        allocation(7, 4, 240, "2025-04-02"),
    };
}

} // namespace

TEST_CASE("entry kinds have stable codes that read back", "[receivables][ledger]")
{
    const auto [kind, code] = GENERATE(table<EntryKind, std::string>({
        {EntryKind::Invoice, "invoice"},
        {EntryKind::CreditNote, "credit_note"},
        {EntryKind::Payment, "payment"},
        {EntryKind::Deposit, "deposit"},
        {EntryKind::Refund, "refund"},
        {EntryKind::Adjustment, "adjustment"},
        {EntryKind::Imported, "imported"},
    }));
    CHECK(toCode(kind) == code);
    const auto back = entryKindFromCode(code);
    REQUIRE(back);
    CHECK(*back == kind);
    CHECK_FALSE(entryKindFromCode("Invoice").has_value());
    CHECK_FALSE(entryKindFromCode("").has_value());
}

TEST_CASE("an entry's amount is on its own side, whichever it is", "[receivables][ledger]")
{
    LedgerEntry e;
    e.debit = euros(100);
    CHECK(e.isDebit());
    CHECK(e.amount() == euros(100));
    e.credit = euros(30);
    CHECK(e.isDebit());
    CHECK(e.amount() == euros(70));
    e.credit = euros(250);
    CHECK_FALSE(e.isDebit());
    CHECK(e.amount() == euros(150));
    CHECK_FALSE(LedgerEntry{}.isDebit());
    CHECK(LedgerEntry{}.amount() == Money());
}

TEST_CASE("an entry's open amount is its amount less what was allocated to it by that date",
          "[receivables][ledger]")
{
    const auto e = entries();
    const auto a = allocations();
    // FA1: 1 200, 800 allocated on 25/02.
    CHECK(openAmount(e[0], a, iso("2025-01-09")) == Money()); // not yet booked
    CHECK(openAmount(e[0], a, iso("2025-01-10")) == euros(1'200));
    CHECK(openAmount(e[0], a, iso("2025-02-24")) == euros(1'200));
    CHECK(openAmount(e[0], a, iso("2025-02-25")) == euros(400));
    // FA2: 600, 100 on 06/03 then 200 on 20/03.
    CHECK(openAmount(e[1], a, iso("2025-03-05")) == euros(600));
    CHECK(openAmount(e[1], a, iso("2025-03-06")) == euros(500));
    CHECK(openAmount(e[1], a, iso("2025-03-19")) == euros(500));
    CHECK(openAmount(e[1], a, iso("2025-03-20")) == euros(300));
    // P1, on the credit side: 1 000, then 200 after 25/02, then nothing after 20/03.
    CHECK(openAmount(e[2], a, iso("2025-02-20")) == euros(1'000));
    CHECK(openAmount(e[2], a, iso("2025-02-25")) == euros(200));
    CHECK(openAmount(e[2], a, iso("2025-03-20")) == Money());
    // AC1: 300, 240 set against FA3 on 02/04.
    CHECK(openAmount(e[3], a, iso("2025-04-01")) == euros(300));
    CHECK(openAmount(e[3], a, iso("2025-04-02")) == euros(60));
    // No allocation at all.
    CHECK(openAmount(e[5], a, iso("2025-12-31")) == euros(50));
    CHECK(openAmount(e[5], {}, iso("2025-12-31")) == euros(50));
}

TEST_CASE("the position before any payment: one invoice, overdue", "[receivables][ledger]")
{
    const ReceivablesPosition p = positionOf(entries(), allocations(), iso("2025-02-14"));
    CHECK(p.openDebits == euros(1'200));
    CHECK(p.unappliedCredits == Money());
    CHECK(p.openDeposits == Money());
    CHECK(p.receivables() == euros(1'200));
    CHECK(p.overdue == euros(1'200));
    CHECK(p.overdueItems == 1);
    REQUIRE(p.oldestOverdueDueDate);
    CHECK(*p.oldestOverdueDueDate == iso("2025-02-09"));
    CHECK(p.oldestOverdueDays(iso("2025-02-14")) == 5);
}

TEST_CASE("a payment not yet allocated is an unapplied credit", "[receivables][ledger]")
{
    // 20/02: FA1 1 200 (overdue) + FA2 600; P1 1 000 unapplied, its allocation of 25/02
    // not made yet.
    const ReceivablesPosition p = positionOf(entries(), allocations(), iso("2025-02-20"));
    CHECK(p.openDebits == euros(1'800));
    CHECK(p.unappliedCredits == euros(1'000));
    CHECK(p.receivables() == euros(800));
    CHECK(p.overdue == euros(1'200));
    CHECK(p.overdueItems == 1);
    CHECK(p.oldestOverdueDays(iso("2025-02-20")) == 11);
}

TEST_CASE("a partial allocation leaves both sides partly open", "[receivables][ledger]")
{
    // 25/02: FA1 400 + FA2 600; P1 200 left.
    const ReceivablesPosition p = positionOf(entries(), allocations(), iso("2025-02-25"));
    CHECK(p.openDebits == euros(1'000));
    CHECK(p.unappliedCredits == euros(200));
    CHECK(p.receivables() == euros(800));
    CHECK(p.overdue == euros(400));
}

TEST_CASE("deposits are kept apart from unapplied credits, settled credit notes vanish", "[receivables][ledger]")
{
    // 10/03: FA1 400 (due 09/02), FA2 500 (due 17/03), RB1 50 (due today: not overdue);
    // P1 200 unapplied; AC1 300 deposit; AV1 fully set against FA2.
    const ReceivablesPosition p = positionOf(entries(), allocations(), iso("2025-03-10"));
    CHECK(p.openDebits == euros(950));
    CHECK(p.unappliedCredits == euros(200));
    CHECK(p.openDeposits == euros(300));
    CHECK(p.receivables() == euros(750));
    CHECK(p.overdue == euros(400));
    CHECK(p.overdueItems == 1);
    CHECK(p.oldestOverdueDays(iso("2025-03-10")) == 29);
}

TEST_CASE("an entry without due date is overdue the day after its date", "[receivables][ledger]")
{
    // 11/03: RB1 (10/03, no due date) is now overdue: FA1 400 + RB1 50.
    const ReceivablesPosition p = positionOf(entries(), allocations(), iso("2025-03-11"));
    CHECK(p.overdue == euros(450));
    CHECK(p.overdueItems == 2);
    REQUIRE(p.oldestOverdueDueDate);
    CHECK(*p.oldestOverdueDueDate == iso("2025-02-09"));
    CHECK(p.oldestOverdueDays(iso("2025-03-11")) == 30);
}

TEST_CASE("an item is overdue only once its due date is strictly past", "[receivables][ledger]")
{
    // FA2 is due on 17/03: on that day it is not overdue, on the 18th it is.
    const ReceivablesPosition dueDay = positionOf(entries(), allocations(), iso("2025-03-17"));
    CHECK(dueDay.overdue == euros(450));
    CHECK(dueDay.overdueItems == 2);
    const ReceivablesPosition dayAfter = positionOf(entries(), allocations(), iso("2025-03-18"));
    CHECK(dayAfter.overdue == euros(950));
    CHECK(dayAfter.overdueItems == 3);
}

TEST_CASE("later entries and allocations are ignored, so any past date can be replayed", "[receivables][ledger]")
{
    // 20/03: FA2 300 after P1's second allocation; P1 used up; FA3 (01/04) not booked.
    const ReceivablesPosition march = positionOf(entries(), allocations(), iso("2025-03-20"));
    CHECK(march.openDebits == euros(750));
    CHECK(march.unappliedCredits == Money());
    CHECK(march.openDeposits == euros(300));
    CHECK(march.overdue == euros(750));
    CHECK(march.overdueItems == 3);

    // 01/04: FA3 booked, the deposit not yet set against it.
    const ReceivablesPosition april1 = positionOf(entries(), allocations(), iso("2025-04-01"));
    CHECK(april1.openDebits == euros(990));
    CHECK(april1.openDeposits == euros(300));

    // 02/04: 240 of the deposit settles FA3.
    const ReceivablesPosition april2 = positionOf(entries(), allocations(), iso("2025-04-02"));
    CHECK(april2.openDebits == euros(750));
    CHECK(april2.openDeposits == euros(60));
    CHECK(april2.receivables() == euros(750));
    CHECK(april2.overdue == euros(750));
    CHECK(april2.oldestOverdueDays(iso("2025-04-02")) == 52);
}

TEST_CASE("an empty ledger, or one replayed before its first entry, has nothing open", "[receivables][ledger]")
{
    for (const ReceivablesPosition& p :
         {positionOf({}, {}, iso("2025-06-30")), positionOf(entries(), allocations(), iso("2025-01-09"))}) {
        CHECK(p.openDebits == Money());
        CHECK(p.unappliedCredits == Money());
        CHECK(p.openDeposits == Money());
        CHECK(p.overdue == Money());
        CHECK(p.overdueItems == 0);
        CHECK_FALSE(p.oldestOverdueDueDate.has_value());
        CHECK(p.oldestOverdueDays(iso("2025-06-30")) == 0);
    }
}

TEST_CASE("settled debits are neither open nor overdue", "[receivables][ledger]")
{
    const std::vector<LedgerEntry> e{debit(1, EntryKind::Invoice, "2025-01-01", 100, "2025-01-31"),
                                     credit(2, EntryKind::Payment, "2025-02-15", 100)};
    const std::vector<Allocation> a{allocation(1, 2, 100, "2025-02-15")};
    const ReceivablesPosition before = positionOf(e, a, iso("2025-02-14"));
    CHECK(before.overdue == euros(100));
    CHECK(before.oldestOverdueDays(iso("2025-02-14")) == 14);
    const ReceivablesPosition after = positionOf(e, a, iso("2025-02-15"));
    CHECK(after.openDebits == Money());
    CHECK(after.unappliedCredits == Money());
    CHECK(after.overdue == Money());
    CHECK(after.overdueItems == 0);
    CHECK_FALSE(after.oldestOverdueDueDate.has_value());
}

TEST_CASE("the oldest overdue item is the earliest due date, whatever the order of entries",
          "[receivables][ledger]")
{
    const std::vector<LedgerEntry> e{
        debit(1, EntryKind::Invoice, "2025-03-01", 10, "2025-03-31"),
        debit(2, EntryKind::Imported, "2024-11-15", 20, "2024-12-15"),
        debit(3, EntryKind::Adjustment, "2025-01-20", 5), // no due date: 20/01
        debit(4, EntryKind::Invoice, "2025-04-01", 40, "2025-06-30"), // not yet due
    };
    const ReceivablesPosition p = positionOf(e, {}, iso("2025-04-15"));
    CHECK(p.openDebits == euros(75));
    CHECK(p.overdue == euros(35));
    CHECK(p.overdueItems == 3);
    REQUIRE(p.oldestOverdueDueDate);
    CHECK(*p.oldestOverdueDueDate == iso("2024-12-15"));
    CHECK(p.oldestOverdueDays(iso("2025-04-15")) == 121);
}
