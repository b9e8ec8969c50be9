// Automatic and manual lettering of a client's open items: each rule, their order, the
// write-off tolerance, what is left open and why, determinism and the bounds of the
// combination search. Every outcome is worked out by hand in the comments.

#include "receivables/Lettering.h"
#include "support/TestPrinters.h"

#include <algorithm>
#include <chrono>
#include <random>
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

Money amount(const std::string& text)
{
    const auto money = Money::parse(text);
    REQUIRE(money.ok());
    return *money;
}

OpenItem invoice(std::int64_t id, const std::string& piece, const std::string& open, const std::string& date,
                 const std::string& due)
{
    OpenItem item;
    item.id = id;
    item.kind = EntryKind::Invoice;
    item.date = iso(date);
    item.dueDate = iso(due);
    item.piece = piece;
    item.text = "Facture " + piece;
    item.open = amount(open);
    item.debit = true;
    return item;
}

OpenItem credit(std::int64_t id, EntryKind kind, const std::string& open, const std::string& date,
                const std::string& text, const std::string& piece = "")
{
    OpenItem item;
    item.id = id;
    item.kind = kind;
    item.date = iso(date);
    item.piece = piece;
    item.text = text;
    item.open = amount(open);
    item.debit = false;
    return item;
}

OpenItem payment(std::int64_t id, const std::string& open, const std::string& date, const std::string& text)
{
    return credit(id, EntryKind::Payment, open, date, text, "VIR" + std::to_string(id));
}

LetteringPolicy tolerance(const std::string& writeOff)
{
    LetteringPolicy policy;
    policy.writeOffTolerance = amount(writeOff);
    return policy;
}

// One line per allocation, write-off and left item, to compare outcomes whole.
std::string describe(const LetteringOutcome& outcome)
{
    std::string out;
    for (const LetteringGroup& g : outcome.groups) {
        out += std::string(toCode(g.rule)) + (g.balanced ? " balanced" : " open") + " [";
        for (std::int64_t id : g.entries)
            out += " " + std::to_string(id);
        out += " ]\n";
        for (const ItemAllocation& a : g.allocations)
            out += "  " + std::to_string(a.creditId) + "->" + std::to_string(a.debitId) + " " + a.amount.toString()
                + "\n";
        if (g.writeOff)
            out += "  write-off " + std::to_string(g.writeOff->entryId) + " " + g.writeOff->amount.toString() + " "
                + g.writeOff->reason + (g.writeOff->debit ? " debit" : " credit") + "\n";
    }
    for (const LeftItem& l : outcome.left)
        out += "left " + std::to_string(l.id) + " " + l.open.toString() + " " + l.reason + ": " + l.detail + "\n";
    return out;
}

const LeftItem* leftOf(const LetteringOutcome& outcome, std::int64_t id)
{
    for (const LeftItem& l : outcome.left)
        if (l.id == id)
            return &l;
    return nullptr;
}

} // namespace

TEST_CASE("lettering rules have stable codes that read back", "[receivables][lettering]")
{
    const auto [rule, code] = GENERATE(table<LetteringRule, std::string>({
        {LetteringRule::Reference, "reference"},
        {LetteringRule::Amount, "amount"},
        {LetteringRule::Combination, "combination"},
        {LetteringRule::Partial, "partial"},
        {LetteringRule::Manual, "manual"},
        {LetteringRule::Imported, "imported"},
    }));
    CHECK(toCode(rule) == code);
    const auto back = letteringRuleFromCode(code);
    REQUIRE(back);
    CHECK(*back == rule);
    CHECK_FALSE(letteringRuleFromCode("Reference").has_value());
    CHECK_FALSE(letteringRuleFromCode("").has_value());
}

TEST_CASE("a payment naming its invoice is lettered against it, before an older one of the same amount",
          "[receivables][lettering]")
{
    // FA000122 1 200 due 09/02 is older, so the amount rule alone would pick it; the
    // remittance text names FA000123.
    const auto outcome = autoLetter(
        {
            invoice(1, "FA000122", "1200.00", "2025-01-10", "2025-02-09"),
            invoice(2, "FA000123", "1200.00", "2025-01-20", "2025-02-19"),
            payment(3, "1200.00", "2025-02-20", "VIR SEPA ACME SAS /RFB/FA000123"),
        },
        LetteringPolicy{});
    REQUIRE(outcome.groups.size() == 1);
    const LetteringGroup& g = outcome.groups[0];
    CHECK(g.rule == LetteringRule::Reference);
    CHECK(g.balanced);
    CHECK(g.entries == std::vector<std::int64_t>{2, 3});
    REQUIRE(g.allocations.size() == 1);
    CHECK(g.allocations[0].debitId == 2);
    CHECK(g.allocations[0].creditId == 3);
    CHECK(g.allocations[0].amount == amount("1200.00"));
    CHECK_FALSE(g.writeOff);
    REQUIRE(outcome.left.size() == 1);
    CHECK(outcome.left[0].id == 1);
    CHECK(outcome.left[0].reason == "awaiting_payment");
    CHECK(outcome.left[0].detail == "invoice FA000122 1200.00 open, due 2025-02-09");
}

TEST_CASE("invoice numbers are found whatever the separators, never inside another number",
          "[receivables][lettering]")
{
    // Invoice 1 (FA000100, older) and invoice 2 (the piece under test) are both 500: a
    // payment of 500 names invoice 2 when it is lettered against it, otherwise the
    // amount rule takes the older invoice 1.
    const auto [piece, text, names] = GENERATE(table<std::string, std::string, bool>({
        {"FA000123", "VIR FA000123", true},
        {"FA000123", "fa-000123", true},
        {"FA000123", "FA 000123", true},
        {"FA000123", "FACTURES FA000123/FA000124", true},
        {"FA000123", "REGLT FA000123.", true},
        {"FA-2025-001", "FA2025001", true},
        {"FA-2025-001", "FA 2025 001", true},
        {"20250123", "FACTURE20250123", true},
        {"20250123", "N\xC2\xB0" "20250123 ACME", true}, // N°20250123
        {"FA000123", "FA0001234", false},                // another, longer number
        {"FA000123", "XFA000123", false},                // another, longer reference
        {"FA000123", "FA000 123", false},                // split inside the digits
        {"FA000123", "FA00012", false},
        {"20250123", "2025 0123", false},
        {"123", "FACTURE 123", false},      // under 4 characters: found by chance
        {"4500", "VIR 4500,00 EUR", false}, // an amount, not invoice 4500
        {"4500", "FACTURE 4500 DU 12/03", true},
    }));
    CAPTURE(piece, text);
    const auto outcome = autoLetter(
        {
            invoice(1, "FA000100", "500.00", "2025-01-10", "2025-02-09"),
            invoice(2, piece, "500.00", "2025-01-20", "2025-02-19"),
            payment(3, "500.00", "2025-02-20", text),
        },
        LetteringPolicy{});
    REQUIRE(outcome.groups.size() == 1);
    CHECK(outcome.groups[0].rule == (names ? LetteringRule::Reference : LetteringRule::Amount));
    CHECK(outcome.groups[0].allocations.at(0).debitId == (names ? 2 : 1));
}

TEST_CASE("a payment naming several invoices, net of a credit note it names, settles them all",
          "[receivables][lettering]")
{
    // FA1 1 000 + FA2 600 - AV1 150 = 1 450 paid. AV1 goes first, on the oldest invoice:
    // AV1->FA1 150, then the payment: P->FA1 850, P->FA2 600.
    const auto outcome = autoLetter(
        {
            invoice(1, "FA000001", "1000.00", "2025-01-10", "2025-02-09"),
            invoice(2, "FA000002", "600.00", "2025-01-20", "2025-02-19"),
            credit(3, EntryKind::CreditNote, "150.00", "2025-01-25", "Avoir remise", "AV000001"),
            payment(4, "1450.00", "2025-02-20", "FA000001 FA000002 AV000001"),
        },
        LetteringPolicy{});
    REQUIRE(outcome.groups.size() == 1);
    const LetteringGroup& g = outcome.groups[0];
    CHECK(g.rule == LetteringRule::Reference);
    CHECK(g.balanced);
    CHECK(g.entries == std::vector<std::int64_t>{1, 2, 3, 4});
    CHECK(describe(outcome)
          == "reference balanced [ 1 2 3 4 ]\n"
             "  3->1 150.00\n"
             "  4->1 850.00\n"
             "  4->2 600.00\n");
}

TEST_CASE("a credit note a payment names is used once, even when dated after it", "[receivables][lettering]")
{
    // P2 (01/02) names FA000001 and AV000001: 1 000 - 200 = 800 paid. AV3 (05/02) also
    // names FA000001, but the payment has already settled both.
    const auto outcome = autoLetter(
        {
            invoice(1, "FA000001", "1000.00", "2025-01-10", "2025-02-09"),
            payment(2, "800.00", "2025-02-01", "FA000001 AV000001"),
            credit(3, EntryKind::CreditNote, "200.00", "2025-02-05", "Avoir sur FA000001", "AV000001"),
        },
        tolerance("5.00"));
    CHECK(describe(outcome)
          == "reference balanced [ 1 2 3 ]\n"
             "  3->1 200.00\n"
             "  2->1 800.00\n");
}

TEST_CASE("a payment short or over within the tolerance is written off", "[receivables][lettering]")
{
    SECTION("short: an adjustment credit closes the invoice's remainder")
    {
        // 1 000.00 - 996.50 = 3.50 <= 5.00.
        const auto outcome = autoLetter(
            {
                invoice(1, "FA000001", "1000.00", "2025-01-10", "2025-02-09"),
                invoice(2, "FA000002", "300.00", "2025-01-20", "2025-02-19"),
                payment(3, "996.50", "2025-02-20", "FA000001"),
            },
            tolerance("5.00"));
        REQUIRE(outcome.groups.size() == 1);
        const LetteringGroup& g = outcome.groups[0];
        CHECK(g.balanced);
        CHECK(g.rule == LetteringRule::Reference);
        REQUIRE(g.writeOff);
        CHECK(g.writeOff->entryId == 1);
        CHECK(g.writeOff->amount == amount("3.50"));
        CHECK_FALSE(g.writeOff->debit);
        CHECK(g.writeOff->reason == "payment_short");
        CHECK(g.allocations.at(0).amount == amount("996.50"));
        // Invoice 2 is still due.
        REQUIRE(outcome.left.size() == 1);
        CHECK(outcome.left[0].id == 2);
    }
    SECTION("over: an adjustment debit closes the payment's remainder")
    {
        // 1 005.00 - 1 000.00 = 5.00, the tolerance itself (inclusive).
        const auto outcome = autoLetter(
            {
                invoice(1, "FA000001", "1000.00", "2025-01-10", "2025-02-09"),
                payment(3, "1005.00", "2025-02-20", "FA000001"),
            },
            tolerance("5.00"));
        REQUIRE(outcome.groups.size() == 1);
        const LetteringGroup& g = outcome.groups[0];
        CHECK(g.balanced);
        REQUIRE(g.writeOff);
        CHECK(g.writeOff->entryId == 3);
        CHECK(g.writeOff->amount == amount("5.00"));
        CHECK(g.writeOff->debit);
        CHECK(g.writeOff->reason == "payment_over");
        CHECK(outcome.left.empty());
    }
    SECTION("a zero tolerance never writes off")
    {
        const auto outcome = autoLetter(
            {
                invoice(1, "FA000001", "1000.00", "2025-01-10", "2025-02-09"),
                payment(3, "999.99", "2025-02-20", "FA000001"),
            },
            LetteringPolicy{});
        REQUIRE(outcome.groups.size() == 1);
        CHECK_FALSE(outcome.groups[0].balanced);
        CHECK_FALSE(outcome.groups[0].writeOff);
        REQUIRE(outcome.left.size() == 1);
        CHECK(outcome.left[0].open == amount("0.01"));
        CHECK(outcome.left[0].reason == "payment_short");
    }
}

TEST_CASE("a payment short beyond the tolerance leaves its invoice open, explained", "[receivables][lettering]")
{
    // 1 000.00 - 980.00 = 20.00 > 5.00: the invoice keeps 20.00 open.
    const auto outcome = autoLetter(
        {
            invoice(1, "FA000123", "1000.00", "2025-01-10", "2025-02-09"),
            payment(2, "980.00", "2025-02-20", "VIR FA000123"),
        },
        tolerance("5.00"));
    REQUIRE(outcome.groups.size() == 1);
    const LetteringGroup& g = outcome.groups[0];
    CHECK(g.rule == LetteringRule::Reference);
    CHECK_FALSE(g.balanced);
    CHECK_FALSE(g.writeOff);
    CHECK(g.entries == std::vector<std::int64_t>{1, 2});
    REQUIRE(outcome.left.size() == 1);
    CHECK(outcome.left[0].id == 1);
    CHECK(outcome.left[0].open == amount("20.00"));
    CHECK(outcome.left[0].reason == "payment_short");
    CHECK(outcome.left[0].detail == "payment 980.00 short by 20.00 on FA000123");
}

TEST_CASE("a payment over beyond the tolerance goes on to the next rules", "[receivables][lettering]")
{
    // 1 500 names FA000001 (1 000): 500 is left for the other rules.
    SECTION("its remainder equals another invoice")
    {
        const auto outcome = autoLetter(
            {
                invoice(1, "FA000001", "1000.00", "2025-01-10", "2025-02-09"),
                invoice(2, "FA000002", "500.00", "2025-01-20", "2025-02-19"),
                payment(3, "1500.00", "2025-02-20", "FA000001"),
            },
            tolerance("5.00"));
        // One group, as sure as its weakest part: the amount match of FA000002.
        CHECK(describe(outcome)
              == "amount balanced [ 1 2 3 ]\n"
                 "  3->1 1000.00\n"
                 "  3->2 500.00\n");
    }
    SECTION("its remainder is set against the oldest open invoice")
    {
        // 500 of FA000002's 800: 300 still due.
        const auto outcome = autoLetter(
            {
                invoice(1, "FA000001", "1000.00", "2025-01-10", "2025-02-09"),
                invoice(2, "FA000002", "800.00", "2025-01-20", "2025-02-19"),
                payment(3, "1500.00", "2025-02-20", "FA000001"),
            },
            tolerance("5.00"));
        CHECK(describe(outcome)
              == "partial open [ 1 2 3 ]\n"
                 "  3->1 1000.00\n"
                 "  3->2 500.00\n"
                 "left 2 300.00 awaiting_payment: invoice FA000002 300.00 of 800.00 open, due 2025-02-19\n");
    }
    SECTION("nothing else is open: the remainder is an overpayment")
    {
        const auto outcome = autoLetter(
            {
                invoice(1, "FA000001", "1000.00", "2025-01-10", "2025-02-09"),
                payment(3, "1500.00", "2025-02-20", "FA000001"),
            },
            tolerance("5.00"));
        REQUIRE(outcome.groups.size() == 1);
        CHECK_FALSE(outcome.groups[0].balanced);
        REQUIRE(outcome.left.size() == 1);
        CHECK(outcome.left[0].id == 3);
        CHECK(outcome.left[0].open == amount("500.00"));
        CHECK(outcome.left[0].reason == "payment_over");
        CHECK(outcome.left[0].detail == "payment 1500.00 over by 500.00 on FA000001");
    }
}

TEST_CASE("a credit note naming its invoice credits it, and a later payment settles the rest in one group",
          "[receivables][lettering]")
{
    // AV000001 200 names FA000010 (1 200): 1 000 left, simply due (a credit note may
    // rightly cover part of an invoice). The payment of 1 000 then matches by amount.
    const std::vector<OpenItem> creditNoteOnly{
        invoice(1, "FA000010", "1200.00", "2025-01-10", "2025-02-09"),
        credit(2, EntryKind::CreditNote, "200.00", "2025-01-15", "Avoir sur facture FA000010", "AV000001"),
    };
    const auto first = autoLetter(creditNoteOnly, tolerance("5.00"));
    CHECK(describe(first)
          == "reference open [ 1 2 ]\n"
             "  2->1 200.00\n"
             "left 1 1000.00 awaiting_payment: invoice FA000010 1000.00 of 1200.00 open, due 2025-02-09\n");

    auto withPayment = creditNoteOnly;
    withPayment.push_back(payment(3, "1000.00", "2025-02-05", "VIR ACME"));
    const auto second = autoLetter(withPayment, tolerance("5.00"));
    CHECK(describe(second)
          == "amount balanced [ 1 2 3 ]\n"
             "  2->1 200.00\n"
             "  3->1 1000.00\n");
}

TEST_CASE("the amount rule takes the oldest due open debit of exactly the amount", "[receivables][lettering]")
{
    // Three invoices of 300: A (id 5) and B (id 7) are due the same day, B is dated
    // earlier; C (id 1) is due a month later. The payments take B, then A, then C.
    const auto outcome = autoLetter(
        {
            invoice(5, "FA000005", "300.00", "2025-01-15", "2025-03-31"),
            invoice(7, "FA000007", "300.00", "2025-01-10", "2025-03-31"),
            invoice(1, "FA000001", "300.00", "2025-01-01", "2025-04-30"),
            payment(10, "300.00", "2025-04-01", "VIR"),
            payment(11, "300.00", "2025-04-02", "VIR"),
            payment(12, "300.00", "2025-04-03", "VIR"),
        },
        LetteringPolicy{});
    CHECK(describe(outcome)
          == "amount balanced [ 7 10 ]\n"
             "  10->7 300.00\n"
             "amount balanced [ 5 11 ]\n"
             "  11->5 300.00\n"
             "amount balanced [ 1 12 ]\n"
             "  12->1 300.00\n");
}

TEST_CASE("within the tolerance the amount rule only uses the client's only open debit", "[receivables][lettering]")
{
    SECTION("one open invoice: the 1.50 difference is written off")
    {
        const auto outcome = autoLetter(
            {
                invoice(1, "FA000001", "500.00", "2025-01-10", "2025-02-09"),
                payment(2, "498.50", "2025-02-20", "VIR ACME"),
            },
            tolerance("2.00"));
        REQUIRE(outcome.groups.size() == 1);
        CHECK(outcome.groups[0].rule == LetteringRule::Amount);
        CHECK(outcome.groups[0].balanced);
        REQUIRE(outcome.groups[0].writeOff);
        CHECK(outcome.groups[0].writeOff->entryId == 1);
        CHECK(outcome.groups[0].writeOff->amount == amount("1.50"));
        CHECK(outcome.left.empty());
    }
    SECTION("two open invoices: which one is short would be a guess")
    {
        // No exact match, no combination: 498.50 goes to the oldest (partial), 1.50 due.
        const auto outcome = autoLetter(
            {
                invoice(1, "FA000001", "500.00", "2025-01-10", "2025-02-09"),
                invoice(2, "FA000002", "700.00", "2025-01-20", "2025-02-19"),
                payment(3, "498.50", "2025-02-20", "VIR ACME"),
            },
            tolerance("2.00"));
        CHECK(describe(outcome)
              == "partial open [ 1 3 ]\n"
                 "  3->1 498.50\n"
                 "left 1 1.50 awaiting_payment: invoice FA000001 1.50 of 500.00 open, due 2025-02-09\n"
                 "left 2 700.00 awaiting_payment: invoice FA000002 700.00 open, due 2025-02-19\n");
    }
}

TEST_CASE("the rules apply in order: reference, amount, combination, partial", "[receivables][lettering]")
{
    SECTION("amount before combination")
    {
        // 100 + 200 = 300 would also do, but the invoice of exactly 300 wins.
        const auto outcome = autoLetter(
            {
                invoice(1, "FA000001", "100.00", "2025-01-10", "2025-02-09"),
                invoice(2, "FA000002", "200.00", "2025-01-20", "2025-02-19"),
                invoice(3, "FA000003", "300.00", "2025-01-30", "2025-03-01"),
                payment(4, "300.00", "2025-03-05", "VIR"),
            },
            LetteringPolicy{});
        REQUIRE(outcome.groups.size() == 1);
        CHECK(outcome.groups[0].rule == LetteringRule::Amount);
        CHECK(outcome.groups[0].entries == std::vector<std::int64_t>{3, 4});
    }
    SECTION("combination before partial")
    {
        // 400 = FA1 100 + FA3 300; partial would have taken FA1 and FA2 first.
        const auto outcome = autoLetter(
            {
                invoice(1, "FA000001", "100.00", "2025-01-10", "2025-02-09"),
                invoice(2, "FA000002", "250.00", "2025-01-20", "2025-02-19"),
                invoice(3, "FA000003", "300.00", "2025-01-30", "2025-03-01"),
                payment(4, "400.00", "2025-03-05", "VIR"),
            },
            LetteringPolicy{});
        CHECK(describe(outcome)
              == "combination balanced [ 1 3 4 ]\n"
                 "  4->1 100.00\n"
                 "  4->3 300.00\n"
                 "left 2 250.00 awaiting_payment: invoice FA000002 250.00 open, due 2025-02-19\n");
    }
    SECTION("a later payment's reference comes before an earlier payment's amount match")
    {
        // P5 (01/03) names nothing, P6 (05/03) names FA000001. References are tried for
        // every credit first: P6 takes FA000001, then P5 matches FA000002 by amount.
        const auto outcome = autoLetter(
            {
                invoice(1, "FA000001", "500.00", "2025-01-10", "2025-02-09"),
                invoice(2, "FA000002", "500.00", "2025-01-20", "2025-02-19"),
                payment(5, "500.00", "2025-03-01", "VIR CLIENT"),
                payment(6, "500.00", "2025-03-05", "REGLEMENT FA000001"),
            },
            LetteringPolicy{});
        CHECK(describe(outcome)
              == "reference balanced [ 1 6 ]\n"
                 "  6->1 500.00\n"
                 "amount balanced [ 2 5 ]\n"
                 "  5->2 500.00\n");
    }
}

TEST_CASE("a grouped payment net of a credit note is found by combination", "[receivables][lettering]")
{
    // Candidates by due date: FA1 +1 000 (due 09/02), FA2 +600 (due 15/02), AV1 -150
    // (20/02). Depth first: {FA1} 1 000, {FA1, FA2} 1 600, {FA1, FA2, AV1} 1 450 = the
    // payment. AV1 is set first: AV1->FA1 150, then P->FA1 850, P->FA2 600.
    // AV1 alone matches nothing (no open debit of 150) and, a credit note, is never set
    // against the oldest invoice by the partial rule.
    const auto outcome = autoLetter(
        {
            invoice(1, "FA000001", "1000.00", "2025-01-10", "2025-02-09"),
            invoice(2, "FA000002", "600.00", "2025-01-16", "2025-02-15"),
            credit(3, EntryKind::CreditNote, "150.00", "2025-02-20", "Avoir remise", "AV000001"),
            payment(4, "1450.00", "2025-03-01", "VIREMENT ACME"),
        },
        LetteringPolicy{});
    CHECK(describe(outcome)
          == "combination balanced [ 1 2 3 4 ]\n"
             "  3->1 150.00\n"
             "  4->1 850.00\n"
             "  4->2 600.00\n");
}

TEST_CASE("the combination found first, made of the oldest items, wins", "[receivables][lettering]")
{
    // By due date: I1 100, I2 200, I3 300, I4 100; payment 400. Sets making 400:
    // {I1, I2, I4}, {I1, I3}, {I3, I4}. Depth first, each set before its extensions:
    // {I1} 100, {I1, I2} 300, {I1, I2, I3} 600, {I1, I2, I4} 400: found first.
    const std::vector<OpenItem> items{
        invoice(1, "FA000001", "100.00", "2025-01-01", "2025-02-01"),
        invoice(2, "FA000002", "200.00", "2025-01-02", "2025-02-02"),
        invoice(3, "FA000003", "300.00", "2025-01-03", "2025-02-03"),
        invoice(4, "FA000004", "100.00", "2025-01-04", "2025-02-04"),
        payment(5, "400.00", "2025-03-01", "VIR"),
    };
    const auto outcome = autoLetter(items, LetteringPolicy{});
    CHECK(describe(outcome)
          == "combination balanced [ 1 2 4 5 ]\n"
             "  5->1 100.00\n"
             "  5->2 200.00\n"
             "  5->4 100.00\n"
             "left 3 300.00 awaiting_payment: invoice FA000003 300.00 open, due 2025-02-03\n");

    SECTION("limited to combinationMaxItems items")
    {
        LetteringPolicy policy;
        policy.combinationMaxItems = 2;
        // {I1, I2, I4} has 3 items: {I1, I3} is the first pair.
        const auto pair = autoLetter(items, policy);
        REQUIRE(pair.groups.size() == 1);
        CHECK(pair.groups[0].entries == std::vector<std::int64_t>{1, 3, 5});
    }
    SECTION("limited to the oldest combinationCandidates items")
    {
        LetteringPolicy policy;
        policy.combinationCandidates = 2;
        // Only I1 and I2 are tried (300): no combination, the partial rule takes I1, I2,
        // then 100 of I3.
        const auto partial = autoLetter(items, policy);
        REQUIRE(partial.groups.size() == 1);
        CHECK(partial.groups[0].rule == LetteringRule::Partial);
        CHECK(partial.groups[0].entries == std::vector<std::int64_t>{1, 2, 3, 5});
    }
}

TEST_CASE("what no rule matches is set against the oldest debits when partial lettering is allowed",
          "[receivables][lettering]")
{
    const std::vector<OpenItem> items{
        invoice(1, "FA000001", "1000.00", "2025-01-10", "2025-02-09"),
        invoice(2, "FA000002", "500.00", "2025-01-20", "2025-02-28"),
        payment(3, "1200.00", "2025-03-05", "VIR ACME"),
    };
    SECTION("allowed: 1 000 on FA1, 200 on FA2")
    {
        CHECK(describe(autoLetter(items, LetteringPolicy{}))
              == "partial open [ 1 2 3 ]\n"
                 "  3->1 1000.00\n"
                 "  3->2 200.00\n"
                 "left 2 300.00 awaiting_payment: invoice FA000002 300.00 of 500.00 open, due 2025-02-28\n");
    }
    SECTION("not allowed: everything stays open")
    {
        LetteringPolicy policy;
        policy.allowPartial = false;
        const auto outcome = autoLetter(items, policy);
        CHECK(outcome.groups.empty());
        REQUIRE(outcome.left.size() == 3);
        CHECK(outcome.left[0].reason == "awaiting_payment");
        CHECK(outcome.left[1].reason == "awaiting_payment");
        CHECK(outcome.left[2].id == 3);
        CHECK(outcome.left[2].reason == "partial_not_allowed");
        CHECK(outcome.left[2].detail
              == "payment VIR3 1200.00 open: matches no open debit exactly, partial lettering is off");
    }
    SECTION("more paid than owed: the rest of the payment is unapplied")
    {
        auto more = items;
        more[2].open = amount("1600.00");
        CHECK(describe(autoLetter(more, LetteringPolicy{}))
              == "partial open [ 1 2 3 ]\n"
                 "  3->1 1000.00\n"
                 "  3->2 500.00\n"
                 "left 3 100.00 no_open_debit: payment VIR3 100.00 of 1600.00 open: no open debit to set it against\n");
    }
}

TEST_CASE("credits nothing matches stay open with their reason", "[receivables][lettering]")
{
    const auto outcome = autoLetter(
        {
            invoice(1, "FA000001", "1000.00", "2025-01-10", "2025-02-09"),
            credit(2, EntryKind::CreditNote, "70.00", "2025-01-20", "Geste commercial", "AV000009"),
            credit(3, EntryKind::Deposit, "400.00", "2025-01-25", "Acompte commande CO000042", "AC000001"),
            payment(4, "1000.00", "2025-02-01", "VIR ACME"),
        },
        LetteringPolicy{});
    // The payment takes the invoice by amount; the credit note and the deposit belong
    // to sales of their own and are never set against the oldest invoice.
    CHECK(describe(outcome)
          == "amount balanced [ 1 4 ]\n"
             "  4->1 1000.00\n"
             "left 2 70.00 no_match: credit note AV000009 70.00 open: names and equals no open debit\n"
             "left 3 400.00 no_match: deposit AC000001 400.00 open: names and equals no open debit\n");

    const auto alone = autoLetter({payment(7, "250.00", "2025-02-01", "VIR")}, LetteringPolicy{});
    CHECK(alone.groups.empty());
    REQUIRE(alone.left.size() == 1);
    CHECK(alone.left[0].reason == "no_open_debit");
    CHECK(autoLetter({}, LetteringPolicy{}).left.empty());
}

TEST_CASE("a debit settled by two payments forms one group", "[receivables][lettering]")
{
    // P2 names FA000001 and pays 600 of 1 000 (short); P3 pays the other 400 of it by
    // amount. FA000001 belongs to one group: balanced, weakest rule "amount".
    const auto outcome = autoLetter(
        {
            invoice(1, "FA000001", "1000.00", "2025-01-10", "2025-02-09"),
            payment(2, "600.00", "2025-02-01", "FA000001"),
            payment(3, "400.00", "2025-02-10", "VIR"),
        },
        LetteringPolicy{});
    CHECK(describe(outcome)
          == "amount balanced [ 1 2 3 ]\n"
             "  2->1 600.00\n"
             "  3->1 400.00\n");
}

TEST_CASE("automatic lettering gives the same outcome whatever the order of the items", "[receivables][lettering]")
{
    std::vector<OpenItem> items{
        invoice(1, "FA000001", "1000.00", "2025-01-10", "2025-02-09"),
        invoice(2, "FA000002", "600.00", "2025-01-16", "2025-02-15"),
        invoice(3, "FA000003", "300.00", "2025-01-20", "2025-02-15"),
        invoice(4, "FA000004", "300.00", "2025-01-20", "2025-02-15"),
        invoice(5, "FA000005", "250.00", "2025-02-01", "2025-03-03"),
        invoice(6, "FA000006", "800.00", "2025-02-10", "2025-03-12"),
        credit(7, EntryKind::CreditNote, "150.00", "2025-02-20", "Avoir", "AV000001"),
        credit(8, EntryKind::CreditNote, "100.00", "2025-02-21", "Avoir sur FA000006", "AV000002"),
        payment(9, "1450.00", "2025-03-01", "VIREMENT ACME"),
        payment(10, "300.00", "2025-03-01", "VIR"),
        payment(11, "690.00", "2025-03-02", "FA000006"),
        payment(12, "500.00", "2025-03-03", "VIR"),
        payment(13, "300.00", "2025-03-01", "VIR"),
    };
    LetteringPolicy policy = tolerance("10.00");
    const std::string expected = describe(autoLetter(items, policy));
    // By hand: AV2 names FA6 (800 - 100 = 700 open), P11 names FA6: 690, 10 short
    // written off; P10 and P13 (same date, by id) take FA3 and FA4 by amount; P9 takes
    // FA1 + FA2 - AV1 by combination; P12 is partial on FA5 (250), 250 unapplied.
    CHECK(expected
          == "reference balanced [ 6 8 11 ]\n"
             "  8->6 100.00\n"
             "  11->6 690.00\n"
             "  write-off 6 10.00 payment_short credit\n"
             "amount balanced [ 3 10 ]\n"
             "  10->3 300.00\n"
             "amount balanced [ 4 13 ]\n"
             "  13->4 300.00\n"
             "combination balanced [ 1 2 7 9 ]\n"
             "  7->1 150.00\n"
             "  9->1 850.00\n"
             "  9->2 600.00\n"
             "partial open [ 5 12 ]\n"
             "  12->5 250.00\n"
             "left 12 250.00 no_open_debit: payment VIR12 250.00 of 500.00 open: no open debit to set it against\n");
    std::mt19937 random(20250301);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(items.begin(), items.end(), random);
        CHECK(describe(autoLetter(items, policy)) == expected);
    }
}

TEST_CASE("a client of many equal amounts is lettered quickly", "[receivables][lettering]")
{
    // 40 invoices of 100.00, no reference anywhere.
    std::vector<OpenItem> items;
    for (int i = 1; i <= 40; ++i)
        items.push_back(invoice(i, "FA" + std::to_string(100'000 + i), "100.00", "2025-01-01", "2025-02-01"));
    LetteringPolicy policy;
    policy.allowPartial = false;

    SECTION("no combination exists: the bounded search says so")
    {
        // 350 is no sum of 100s: C(20, 1..5) sets at most are tried, and it stays open.
        items.push_back(payment(100, "350.00", "2025-03-01", "VIR"));
        const auto start = std::chrono::steady_clock::now();
        const auto outcome = autoLetter(items, policy);
        CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
        CHECK(outcome.groups.empty());
        REQUIRE(outcome.left.size() == 41);
        CHECK(outcome.left.back().reason == "partial_not_allowed");
    }
    SECTION("a search wider than its budget gives up")
    {
        // 40 candidates up to 10 items: C(40, 1..10) is about 1.2 billion sets, 950 none
        // of them; the node budget stops the search and the payment is left ambiguous.
        policy.combinationCandidates = 40;
        policy.combinationMaxItems = 10;
        items.push_back(payment(100, "950.00", "2025-03-01", "VIR"));
        const auto start = std::chrono::steady_clock::now();
        const auto outcome = autoLetter(items, policy);
        CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
        CHECK(outcome.groups.empty());
        const LeftItem* paymentLeft = leftOf(outcome, 100);
        REQUIRE(paymentLeft);
        CHECK(paymentLeft->reason == "ambiguous_amount");
        CHECK(paymentLeft->detail == "payment VIR100 950.00: too many combinations of open items to choose from");
    }
    SECTION("40 payments of the same amount each take one invoice, oldest first")
    {
        for (int i = 1; i <= 40; ++i)
            items.push_back(payment(100 + i, "100.00", "2025-03-01", "VIR"));
        const auto start = std::chrono::steady_clock::now();
        const auto outcome = autoLetter(items, policy);
        CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
        REQUIRE(outcome.groups.size() == 40);
        CHECK(outcome.left.empty());
        // Same due date and date: by id, payment 101 takes invoice 1, 140 takes 40.
        CHECK(outcome.groups.front().entries == std::vector<std::int64_t>{1, 101});
        CHECK(outcome.groups.back().entries == std::vector<std::int64_t>{40, 140});
    }
}

TEST_CASE("items with nothing open are ignored", "[receivables][lettering]")
{
    auto closed = invoice(1, "FA000001", "0.00", "2025-01-10", "2025-02-09");
    const auto outcome = autoLetter({closed, payment(2, "100.00", "2025-02-01", "FA000001")}, LetteringPolicy{});
    CHECK(outcome.groups.empty());
    REQUIRE(outcome.left.size() == 1);
    CHECK(outcome.left[0].id == 2);
    CHECK(outcome.left[0].reason == "no_open_debit");
}

TEST_CASE("manual lettering of balanced items", "[receivables][lettering][manual]")
{
    // Debits 1 000 + 500 = credits 1 200 + 300. Credits by date: P (01/03) then AV
    // (05/03), each on the oldest debits: P->FA1 1 000, P->FA2 200, AV->FA2 300.
    const auto group = letterManually(
        {
            credit(4, EntryKind::CreditNote, "300.00", "2025-03-05", "Avoir", "AV000001"),
            invoice(2, "FA000002", "500.00", "2025-01-20", "2025-02-19"),
            payment(3, "1200.00", "2025-03-01", "VIR"),
            invoice(1, "FA000001", "1000.00", "2025-01-10", "2025-02-09"),
        },
        false, Money());
    REQUIRE(group.ok());
    CHECK(group->rule == LetteringRule::Manual);
    CHECK(group->balanced);
    CHECK_FALSE(group->writeOff);
    CHECK(group->entries == std::vector<std::int64_t>{1, 2, 3, 4});
    REQUIRE(group->allocations.size() == 3);
    CHECK(group->allocations[0].creditId == 3);
    CHECK(group->allocations[0].debitId == 1);
    CHECK(group->allocations[0].amount == amount("1000.00"));
    CHECK(group->allocations[1].creditId == 3);
    CHECK(group->allocations[1].debitId == 2);
    CHECK(group->allocations[1].amount == amount("200.00"));
    CHECK(group->allocations[2].creditId == 4);
    CHECK(group->allocations[2].debitId == 2);
    CHECK(group->allocations[2].amount == amount("300.00"));
}

TEST_CASE("manual lettering writes off a difference within the tolerance", "[receivables][lettering][manual]")
{
    const auto fa = invoice(1, "FA000001", "1000.00", "2025-01-10", "2025-02-09");
    SECTION("paid short by 2.00")
    {
        const auto group = letterManually({fa, payment(2, "998.00", "2025-02-01", "VIR")}, false, amount("5.00"));
        REQUIRE(group.ok());
        CHECK(group->balanced);
        REQUIRE(group->writeOff);
        CHECK(group->writeOff->entryId == 1);
        CHECK(group->writeOff->amount == amount("2.00"));
        CHECK_FALSE(group->writeOff->debit);
        CHECK(group->writeOff->reason == "payment_short");
    }
    SECTION("paid over by 3.00")
    {
        const auto group = letterManually({fa, payment(2, "1003.00", "2025-02-01", "VIR")}, false, amount("5.00"));
        REQUIRE(group.ok());
        CHECK(group->balanced);
        REQUIRE(group->writeOff);
        CHECK(group->writeOff->entryId == 2);
        CHECK(group->writeOff->amount == amount("3.00"));
        CHECK(group->writeOff->debit);
        CHECK(group->writeOff->reason == "payment_over");
    }
}

TEST_CASE("manual lettering of items that do not balance", "[receivables][lettering][manual]")
{
    const std::vector<OpenItem> items{
        invoice(1, "FA000001", "1000.00", "2025-01-10", "2025-02-09"),
        payment(2, "600.00", "2025-02-01", "VIR"),
    };
    SECTION("partial when allowed")
    {
        const auto group = letterManually(items, true, amount("5.00"));
        REQUIRE(group.ok());
        CHECK_FALSE(group->balanced);
        CHECK_FALSE(group->writeOff);
        REQUIRE(group->allocations.size() == 1);
        CHECK(group->allocations[0].amount == amount("600.00"));
    }
    SECTION("refused otherwise, with both totals")
    {
        const auto group = letterManually(items, false, amount("5.00"));
        REQUIRE_FALSE(group.ok());
        CHECK(group.error().code == ErrorCode::Unbalanced);
        CHECK(group.error().args == std::vector<std::string>{"1000.00", "600.00"});
    }
    SECTION("a difference within the tolerance but spread over two invoices is not written off")
    {
        // 600 + 0.60 + 0.40 owed, 600 paid: 1.00 is left on two invoices.
        const auto group = letterManually(
            {
                invoice(1, "FA000001", "600.00", "2025-01-10", "2025-02-09"),
                invoice(3, "FA000003", "0.60", "2025-01-11", "2025-02-10"),
                invoice(4, "FA000004", "0.40", "2025-01-12", "2025-02-11"),
                payment(2, "600.00", "2025-02-01", "VIR"),
            },
            false, amount("5.00"));
        REQUIRE_FALSE(group.ok());
        CHECK(group.error().code == ErrorCode::Unbalanced);
        CHECK(group.error().args == std::vector<std::string>{"601.00", "600.00"});
    }
}

TEST_CASE("manual lettering needs both sides", "[receivables][lettering][manual]")
{
    const auto fa = invoice(1, "FA000001", "1000.00", "2025-01-10", "2025-02-09");
    const auto p = payment(2, "1000.00", "2025-02-01", "VIR");
    CHECK(letterManually({}, true, Money()).error().code == ErrorCode::Empty);
    CHECK(letterManually({fa}, true, Money()).error().code == ErrorCode::Empty);
    CHECK(letterManually({p}, true, Money()).error().code == ErrorCode::Empty);
    const auto twice = letterManually({fa, p, p}, true, Money());
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::DuplicateKey);
    CHECK(twice.error().args == std::vector<std::string>{"2"});
}
