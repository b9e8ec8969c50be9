// Doubtful receivables and provisions: each rule at its threshold, the highest rate
// winning, the user's rate, the base excluding VAT (invoice split or default rate),
// movements against what is booked, and the journal entries (RULES.md §6.1 worked
// journal as a vector), every one balanced.

#include "receivables/Provisions.h"
#include "support/TestPrinters.h"

#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::receivables;

namespace {

const Date kAsOf = *Date::fromYmd(2026, 11, 23);

Money cents(std::int64_t value)
{
    return Money::fromCents(value);
}

Rate bp(std::int64_t value)
{
    return Rate::fromBasisPoints(value);
}

// 1,200.00 incl. VAT (1,000.00 + 200.00) due `daysLate` days before kAsOf.
ProvisionItem invoice(int daysLate)
{
    ProvisionItem item;
    item.entryId = 7;
    item.companyId = 3;
    item.dueDate = kAsOf.addDays(-daysLate);
    item.open = cents(120'000);
    item.invoiceNet = cents(100'000);
    item.invoiceVat = cents(20'000);
    return item;
}

const EntryRef kRef{kAsOf, 7, "FA000123", "411DUPONT"};

void requireBalanced(const JournalEntry& entry)
{
    INFO(std::string(toCode(entry.kind)));
    CHECK(entry.balanced());
    CHECK(entry.totalDebit().isPositive());
}

} // namespace

TEST_CASE("age rule: day N-1 is not doubtful, day N is", "[receivables][provisions]")
{
    const ProvisionRules rules; // 180 days 50 %, 365 days 100 %
    const ProvisionProposal before = proposeProvision(invoice(179), rules, kAsOf);
    CHECK_FALSE(before.doubtful);
    CHECK_FALSE(before.transfer);
    CHECK(before.target == Money());
    CHECK(before.daysPastDue == 179);

    const ProvisionProposal at = proposeProvision(invoice(180), rules, kAsOf);
    CHECK(at.doubtful);
    CHECK(at.transfer);
    REQUIRE(at.cause);
    CHECK(at.cause->reason == DoubtfulReason::Age);
    CHECK(at.cause->parameter == "180");
    CHECK(at.rate == bp(5000));
    CHECK(at.base == cents(100'000));
    CHECK(at.vat == cents(20'000));
    CHECK(at.target == cents(50'000));
    CHECK(at.movement() == cents(50'000));

    CHECK(proposeProvision(invoice(364), rules, kAsOf).rate == bp(5000));
    const ProvisionProposal year = proposeProvision(invoice(365), rules, kAsOf);
    CHECK(year.rate == bp(10000));
    CHECK(year.cause->parameter == "365");
    // Capped at the amount excluding VAT: never the VAT.
    CHECK(year.target == cents(100'000));
}

TEST_CASE("not yet due and paid entries are not doubtful", "[receivables][provisions]")
{
    const ProvisionRules rules;
    const ProvisionProposal future = proposeProvision(invoice(-10), rules, kAsOf);
    CHECK(future.daysPastDue == 0);
    CHECK_FALSE(future.doubtful);
    ProvisionItem paid = invoice(400);
    paid.open = Money();
    CHECK_FALSE(proposeProvision(paid, rules, kAsOf).doubtful);
}

TEST_CASE("proceedings: liquidation 100 %, safeguard and receivership 50 %", "[receivables][provisions]")
{
    const ProvisionRules rules;
    ProvisionItem item = invoice(-20); // not even due: proceedings are enough
    item.proceedings = Proceedings::Liquidation;
    ProvisionProposal p = proposeProvision(item, rules, kAsOf);
    CHECK(p.doubtful);
    CHECK(p.cause->reason == DoubtfulReason::Proceedings);
    CHECK(p.cause->parameter == "liquidation");
    CHECK(p.target == cents(100'000));

    item.proceedings = Proceedings::Safeguard;
    p = proposeProvision(item, rules, kAsOf);
    CHECK(p.cause->parameter == "safeguard");
    CHECK(p.target == cents(50'000));
    item.proceedings = Proceedings::Receivership;
    CHECK(proposeProvision(item, rules, kAsOf).rate == bp(5000));
}

TEST_CASE("legal action and dispute rules; the highest rate wins", "[receivables][provisions]")
{
    ProvisionRules rules;
    rules.legalActionRate = bp(4000);
    ProvisionItem item = invoice(30);
    item.legalAction = LegalFileKind::Injonction;
    ProvisionProposal p = proposeProvision(item, rules, kAsOf);
    CHECK(p.cause->reason == DoubtfulReason::LegalAction);
    CHECK(p.cause->parameter == "injonction");
    CHECK(p.target == cents(40'000));

    // 200 days late (50 %) beats the legal action (40 %).
    item.dueDate = kAsOf.addDays(-200);
    p = proposeProvision(item, rules, kAsOf);
    CHECK(p.cause->reason == DoubtfulReason::Age);
    CHECK(p.rate == bp(5000));

    // A dispute counts only when the rules give it a rate.
    ProvisionItem disputed = invoice(10);
    disputed.disputed = cents(30'000);
    CHECK_FALSE(proposeProvision(disputed, rules, kAsOf).doubtful);
    rules.disputeRate = bp(2500);
    p = proposeProvision(disputed, rules, kAsOf);
    CHECK(p.doubtful);
    CHECK(p.cause->reason == DoubtfulReason::Dispute);
    CHECK(p.cause->parameter == "300.00");
    CHECK(p.target == cents(25'000));
}

TEST_CASE("the user's rate overrides the rules, up or down", "[receivables][provisions]")
{
    const ProvisionRules rules;
    ProvisionItem item = invoice(400); // 100 % by age
    item.overrideRate = bp(6000);
    ProvisionProposal p = proposeProvision(item, rules, kAsOf);
    CHECK(p.doubtful);
    CHECK(p.cause->reason == DoubtfulReason::Manual);
    CHECK(p.rate == bp(6000));
    CHECK(p.target == cents(60'000));

    // A positive rate on a recent invoice makes it doubtful by itself.
    item = invoice(5);
    item.overrideRate = bp(2000);
    p = proposeProvision(item, rules, kAsOf);
    CHECK(p.doubtful);
    CHECK(p.target == cents(20'000));

    // Zero on a recent invoice: nothing to provision, not doubtful.
    item.overrideRate = bp(0);
    CHECK_FALSE(proposeProvision(item, rules, kAsOf).doubtful);
}

TEST_CASE("the base is the open amount excluding VAT, pro rata of the invoice", "[receivables][provisions]")
{
    ProvisionItem item = invoice(200);
    item.open = cents(60'000); // half paid
    VatSplit split = splitOpen(item, bp(2000));
    CHECK(split.net == cents(50'000));
    CHECK(split.vat == cents(10'000));

    // An invoice at 5.5 % and 20 %: its own split, not the default rate.
    item.invoiceNet = cents(100'000);
    item.invoiceVat = cents(12'345);
    item.open = cents(112'345);
    split = splitOpen(item, bp(2000));
    CHECK(split.net == cents(100'000));
    CHECK(split.vat == cents(12'345));
    item.open = cents(33'333);
    split = splitOpen(item, bp(2000));
    CHECK(split.net == cents(29'670)); // 33,333 × 100,000 / 112,345 = 29,670.3
    CHECK(split.net + split.vat == cents(33'333));

    // Imported entry: the default VAT rate.
    ProvisionItem imported = invoice(200);
    imported.invoiceNet.reset();
    imported.invoiceVat.reset();
    imported.open = cents(1'000);
    split = splitOpen(imported, bp(2000));
    CHECK(split.net == cents(833)); // 10.00 / 1.2 = 8.333
    CHECK(split.vat == cents(167));
    split = splitOpen(imported, bp(0));
    CHECK(split.net == cents(1'000));
    CHECK(split.vat == Money());
}

TEST_CASE("movements against what is booked: more, the same, less, paid", "[receivables][provisions]")
{
    const ProvisionRules rules;
    ProvisionItem item = invoice(400);
    item.classified = true;
    item.booked = cents(50'000);
    ProvisionProposal p = proposeProvision(item, rules, kAsOf);
    CHECK_FALSE(p.transfer);
    CHECK(p.movement() == cents(50'000)); // 100 % now

    item.booked = cents(100'000);
    CHECK(proposeProvision(item, rules, kAsOf).movement() == Money());

    // Half paid: the base halves, the stock is reversed by as much.
    item.open = cents(60'000);
    CHECK(proposeProvision(item, rules, kAsOf).movement() == cents(-50'000));

    // Paid in full: still classified, the whole stock is reversed.
    item.open = Money();
    p = proposeProvision(item, rules, kAsOf);
    CHECK(p.doubtful);
    CHECK(p.target == Money());
    CHECK(p.movement() == cents(-100'000));
}

TEST_CASE("RULES.md 6.1 worked journal: 1,200 TTC, 60 %", "[receivables][provisions][journal]")
{
    ProvisionItem item = invoice(30);
    item.overrideRate = bp(6000);
    const ProvisionProposal p = proposeProvision(item, ProvisionRules{}, kAsOf);
    REQUIRE(p.transfer);

    // 1. Debit 416 1,200 / credit 411 1,200.
    const JournalEntry transfer = transferEntry(kRef, p.open);
    REQUIRE(transfer.lines.size() == 2);
    CHECK(transfer.lines[0].account == "416000");
    CHECK(transfer.lines[0].auxiliary == "411DUPONT");
    CHECK(transfer.lines[0].debit == cents(120'000));
    CHECK(transfer.lines[1].account == "411000");
    CHECK(transfer.lines[1].credit == cents(120'000));
    requireBalanced(transfer);

    // 2. Debit 6817 600 / credit 491 600.
    const JournalEntry dotation = dotationEntry(kRef, p.movement());
    CHECK(dotation.lines[0].account == "681700");
    CHECK(dotation.lines[0].debit == cents(60'000));
    CHECK(dotation.lines[1].account == "491000");
    CHECK(dotation.lines[1].credit == cents(60'000));
    requireBalanced(dotation);

    // 3. Debit 654 1,000 + 44571 200 / credit 416 1,200; then 491 600 / 7817 600.
    const JournalEntry loss = writeOffEntry(kRef, {p.base, p.vat}, true);
    REQUIRE(loss.lines.size() == 3);
    CHECK(loss.lines[0].account == "654000");
    CHECK(loss.lines[0].debit == cents(100'000));
    CHECK(loss.lines[1].account == "445710");
    CHECK(loss.lines[1].debit == cents(20'000));
    CHECK(loss.lines[2].account == "416000");
    CHECK(loss.lines[2].credit == cents(120'000));
    requireBalanced(loss);
    const JournalEntry reversal = reversalEntry(kRef, cents(60'000));
    CHECK(reversal.lines[0].account == "491000");
    CHECK(reversal.lines[0].debit == cents(60'000));
    CHECK(reversal.lines[1].account == "781700");
    CHECK(reversal.lines[1].credit == cents(60'000));
    requireBalanced(reversal);
}

TEST_CASE("a write-off that was never doubtful credits 411; no VAT line at 0 %", "[receivables][provisions][journal]")
{
    const JournalEntry loss = writeOffEntry(kRef, {cents(1'234), Money()}, false);
    REQUIRE(loss.lines.size() == 2);
    CHECK(loss.lines[1].account == "411000");
    CHECK(loss.lines[1].auxiliary == "411DUPONT");
    requireBalanced(loss);
    // Odd cents everywhere still balance.
    for (std::int64_t open : {1, 7, 99'999, 123'457}) {
        ProvisionItem item = invoice(400);
        item.open = cents(open);
        item.invoiceNet = cents(83'339);
        item.invoiceVat = cents(16'661);
        const VatSplit split = splitOpen(item, bp(2000));
        requireBalanced(writeOffEntry(kRef, split, true));
    }
}

TEST_CASE("rules are validated with the field at fault", "[receivables][provisions]")
{
    CHECK(ProvisionRules{}.validate().ok());
    ProvisionRules rules;
    rules.ageRules.push_back({90, bp(10001)});
    auto status = rules.validate();
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::InvalidNumber);
    CHECK(status.error().where.field == "age_rules[2].rate");

    rules.ageRules = {{180, bp(5000)}, {180, bp(6000)}};
    status = rules.validate();
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::DuplicateKey);
    CHECK(status.error().where.field == "age_rules[1].days");

    rules = {};
    rules.ageRules = {{0, bp(5000)}};
    CHECK(rules.validate().error().where.field == "age_rules[0].days");
    rules = {};
    rules.liquidationRate = bp(-1);
    CHECK(rules.validate().error().where.field == "liquidation_rate");
    rules = {};
    rules.disputeRate = bp(20000);
    CHECK(rules.validate().error().where.field == "dispute_rate");

    CHECK(doubtfulReasonFromCode("legal_action") == DoubtfulReason::LegalAction);
    CHECK_FALSE(doubtfulReasonFromCode("other"));
}
