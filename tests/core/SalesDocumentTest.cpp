// Lines and totals of sales documents: a line's amount rounded once, VAT rounded once
// per rate on the sum of the lines, the French rates, the checks of a typed line and
// the lines of a full or partial credit note. Every figure is computed by hand in the
// comments.

#include "core/SalesDocument.h"
#include "support/TestPrinters.h"

#include <string>
#include <vector>

using namespace pc::core;

namespace {

Money cents(std::int64_t c)
{
    return Money::fromCents(c);
}

Rate bp(std::int64_t basisPoints)
{
    return Rate::fromBasisPoints(basisPoints);
}

Quantity qty(std::int64_t thousandths)
{
    return Quantity::fromThousandths(thousandths);
}

DocumentLine line(std::string description, std::int64_t thousandths, std::int64_t unitCents, std::int64_t rateBp)
{
    return {std::move(description), qty(thousandths), cents(unitCents), bp(rateBp)};
}

// What totalsOf() shows for one rate: base plus its VAT rounded half up.
Money grossAt(Money base, Rate rate)
{
    return base + base.percent(rate, Rounding::HalfUp);
}

} // namespace

TEST_CASE("a line's net amount is unit price × quantity rounded half up once", "[core][sales]")
{
    CHECK(line("a", 1'500, 3, 2000).net() == cents(5));        // 0.045 → 0.05
    CHECK(line("b", 2'000, 4'999, 2000).net() == cents(9'998)); // 99.98
    CHECK(line("c", 333, 100, 2000).net() == cents(33));       // 0.333 → 0.33
    CHECK(line("d", 1'000, 0, 2000).net() == Money());
}

TEST_CASE("no lines make zero totals and no VAT line", "[core][sales]")
{
    const DocumentTotals t = totalsOf({});
    CHECK(t.net == Money());
    CHECK(t.vat == Money());
    CHECK(t.gross == Money());
    CHECK(t.byRate.empty());
}

TEST_CASE("VAT is rounded once on the sum of a rate's lines, not line by line", "[core][sales]")
{
    // Three lines of 1.67 at 20 %: 0.334 of VAT each. Rounded per line that would be
    // 3 × 0.33 = 0.99; on the base of 5.01 it is 1.002 → 1.00.
    const std::vector<DocumentLine> lines{line("a", 1'000, 167, 2000), line("b", 1'000, 167, 2000),
                                          line("c", 1'000, 167, 2000)};
    Money perLine;
    for (const DocumentLine& l : lines)
        perLine += l.net().percent(l.vatRate, Rounding::HalfUp);
    REQUIRE(perLine == cents(99));

    const DocumentTotals t = totalsOf(lines);
    REQUIRE(t.byRate.size() == 1);
    CHECK(t.byRate[0] == VatLine{bp(2000), cents(501), cents(100)});
    CHECK(t.net == cents(501));
    CHECK(t.vat == cents(100));
    CHECK(t.gross == cents(601));
}

TEST_CASE("VAT rounded once also rounds up where lines would round down, and the other way", "[core][sales]")
{
    // Three lines of 0.05 at 10 %: 0.005 each rounds to 0.01 (0.03 in all); on 0.15 the
    // VAT is 0.015 → 0.02.
    const DocumentTotals t = totalsOf({line("a", 1'000, 5, 1000), line("b", 1'000, 5, 1000), line("c", 1'000, 5, 1000)});
    CHECK(t.vat == cents(2));
    CHECK(t.gross == cents(17));
}

TEST_CASE("three quantities of 0.333 are three rounded lines, not one of 0.999", "[core][sales]")
{
    // Each line is 0.333 × 1.00 = 0.333 → 0.33, so the three make 0.99 excluding VAT,
    // while a single line of 0.999 makes 1.00.
    const DocumentTotals three =
        totalsOf({line("a", 333, 100, 2000), line("b", 333, 100, 2000), line("c", 333, 100, 2000)});
    CHECK(three.net == cents(99));
    CHECK(three.vat == cents(20)); // 0.198 → 0.20
    CHECK(three.gross == cents(119));
    const DocumentTotals one = totalsOf({line("a", 999, 100, 2000)});
    CHECK(one.net == cents(100));
    CHECK(one.vat == cents(20));
    CHECK(one.gross == cents(120));
}

TEST_CASE("mixed rates give one VAT line per rate, by increasing rate", "[core][sales]")
{
    const std::vector<DocumentLine> lines{
        line("conseil", 2'000, 4'999, 2000),   // 99.98, VAT 19.996
        line("travaux", 3'000, 1'235, 1000),   // 37.05, VAT 3.705 → 3.71
        line("livres", 1'500, 899, 550),       // 13.485 → 13.49
        line("exonere", 1'000, 3'000, 0),      // 30.00
        line("presse", 1'000, 4'500, 210),     // 45.00, VAT 0.945 → 0.95
        line("repas", 500, 1'000, 550),        // 5.00; 5.5 % base 18.49, VAT 1.01695 → 1.02
        line("conseil 2", 1'000, 1, 2000),     // 0.01; 20 % base 99.99, VAT 19.998 → 20.00
    };
    const DocumentTotals t = totalsOf(lines);
    REQUIRE(t.byRate.size() == 5);
    CHECK(t.byRate[0] == VatLine{bp(0), cents(3'000), cents(0)});
    CHECK(t.byRate[1] == VatLine{bp(210), cents(4'500), cents(95)});
    CHECK(t.byRate[2] == VatLine{bp(550), cents(1'849), cents(102)});
    CHECK(t.byRate[3] == VatLine{bp(1000), cents(3'705), cents(371)});
    CHECK(t.byRate[4] == VatLine{bp(2000), cents(9'999), cents(2'000)});
    // 30.00 + 45.00 + 18.49 + 37.05 + 99.99
    CHECK(t.net == cents(23'053));
    // 0 + 0.95 + 1.02 + 3.71 + 20.00
    CHECK(t.vat == cents(2'568));
    CHECK(t.gross == cents(25'621));
}

TEST_CASE("the French VAT rates are 20, 10, 5.5, 2.1 and 0", "[core][sales]")
{
    for (const std::int64_t rate : {0, 210, 550, 1000, 2000}) {
        INFO(rate << " bp");
        CHECK(isFrenchVatRate(bp(rate)));
    }
    // Former rates (19.6, 7), overseas rates (8.5), nonsense.
    for (const std::int64_t rate : {1960, 700, 850, 1, 2100, -2000, 10'000}) {
        INFO(rate << " bp");
        CHECK_FALSE(isFrenchVatRate(bp(rate)));
    }
}

TEST_CASE("a typed line needs a description, a positive quantity, a price of zero or more, a French rate",
          "[core][sales]")
{
    CHECK(checkLine(line("conseil", 1'000, 10'000, 2000)).ok());
    CHECK(checkLine(line("gratuit", 1'000, 0, 2000)).ok());
    CHECK(checkLine(line("a", 1, 1, 0)).ok());

    const auto [l, code, field, arg] = GENERATE(table<DocumentLine, ErrorCode, std::string, std::string>({
        {line("", 1'000, 100, 2000), ErrorCode::MissingField, "description", ""},
        {line("", 0, -1, 1960), ErrorCode::MissingField, "description", ""}, // the first problem
        {line("a", 0, 100, 2000), ErrorCode::InvalidNumber, "quantity", "0"},
        {line("a", -500, 100, 2000), ErrorCode::InvalidNumber, "quantity", "-0.5"},
        {line("a", -2'000, 100, 2000), ErrorCode::InvalidNumber, "quantity", "-2"},
        {line("a", 1'000, -1, 2000), ErrorCode::InvalidNumber, "unit_price", "-0.01"},
        {line("a", 1'000, 100, 1960), ErrorCode::UnknownValue, "vat_rate", "19.60"},
        {line("a", 1'000, 100, 850), ErrorCode::UnknownValue, "vat_rate", "8.50"},
    }));
    const Status s = checkLine(l);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == code);
    CHECK(s.error().where.field == field);
    CHECK(s.error().arg(0) == arg);
}

TEST_CASE("a credit note without an amount takes every line of the invoice", "[core][sales]")
{
    const std::vector<DocumentLine> invoice{line("conseil", 2'000, 4'999, 2000), line("livres", 1'500, 899, 550)};
    const auto lines = creditNoteLines(invoice, std::nullopt, "ignored");
    REQUIRE(lines.ok());
    CHECK(*lines == invoice);
    CHECK(totalsOf(*lines) == totalsOf(invoice));
}

TEST_CASE("a partial credit note at one rate is exactly the amount asked when the VAT lets it", "[core][sales]")
{
    // Invoice: 100.00 at 20 % = 120.00. A credit of 60.00 is 50.00 + 10.00.
    const std::vector<DocumentLine> invoice{line("conseil", 1'000, 10'000, 2000)};
    const auto lines = creditNoteLines(invoice, cents(6'000), "Geste commercial");
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 1);
    CHECK((*lines)[0] == DocumentLine{"Geste commercial", Quantity::units(1), cents(5'000), bp(2000)});
    CHECK(totalsOf(*lines).gross == cents(6'000));
}

TEST_CASE("a credit note of the whole amount gives one line per rate with the invoice's bases", "[core][sales]")
{
    const std::vector<DocumentLine> invoice{line("a", 1'000, 10'000, 2000), line("b", 1'000, 10'000, 550)};
    const DocumentTotals before = totalsOf(invoice);
    REQUIRE(before.gross == cents(22'550));
    const auto lines = creditNoteLines(invoice, before.gross, "Annulation");
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 2);
    CHECK((*lines)[0] == DocumentLine{"Annulation", Quantity::units(1), cents(10'000), bp(550)});
    CHECK((*lines)[1] == DocumentLine{"Annulation", Quantity::units(1), cents(10'000), bp(2000)});
    CHECK(totalsOf(*lines) == before);
}

TEST_CASE("a partial credit note over two rates is shared in proportion of the amounts including VAT",
          "[core][sales]")
{
    // 100.00 at 20 % (120.00) and 100.00 at 5.5 % (105.50): 225.50. Half of it, 112.75,
    // is 60.00 (50.00 + 10.00) and 52.75 (50.00 + 2.75).
    const std::vector<DocumentLine> invoice{line("a", 1'000, 10'000, 2000), line("b", 1'000, 10'000, 550)};
    const auto lines = creditNoteLines(invoice, cents(11'275), "Remise");
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 2);
    CHECK((*lines)[0] == DocumentLine{"Remise", Quantity::units(1), cents(5'000), bp(550)});
    CHECK((*lines)[1] == DocumentLine{"Remise", Quantity::units(1), cents(5'000), bp(2000)});
    const DocumentTotals t = totalsOf(*lines);
    CHECK(t.gross == cents(11'275));
    CHECK(t.vat == cents(1'275));
}

TEST_CASE("a credit note stops one cent below a share the 20 % rounding cannot reach", "[core][sales]")
{
    // At 20 %: a base of 83.32 gives 83.32 + 16.66 = 99.98, 83.33 gives 83.33 + 16.67 =
    // 100.00. 99.99 cannot be reached: the line stops at 99.98.
    REQUIRE(grossAt(cents(8'332), bp(2000)) == cents(9'998));
    REQUIRE(grossAt(cents(8'333), bp(2000)) == cents(10'000));
    const std::vector<DocumentLine> invoice{line("conseil", 1'000, 10'000, 2000)};
    const auto lines = creditNoteLines(invoice, cents(9'999), "Remise");
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 1);
    CHECK((*lines)[0].unitPrice == cents(8'332));
    CHECK(totalsOf(*lines).gross == cents(9'998));

    // 100.00 itself is reachable.
    const auto hundred = creditNoteLines(invoice, cents(10'000), "Remise");
    REQUIRE(hundred.ok());
    CHECK((*hundred)[0].unitPrice == cents(8'333));
    CHECK(totalsOf(*hundred).gross == cents(10'000));
}

TEST_CASE("a rate whose share rounds to nothing gets no credit-note line", "[core][sales]")
{
    // 1 000.00 at 20 % (1 200.00) and 0.01 exempt: 1.00 goes entirely to the 20 % rate.
    // 0.83 + 0.17 (0.166 → 0.17) = 1.00.
    const std::vector<DocumentLine> invoice{line("a", 1'000, 100'000, 2000), line("b", 1'000, 1, 0)};
    const auto lines = creditNoteLines(invoice, cents(100), "Remise");
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 1);
    CHECK((*lines)[0].vatRate == bp(2000));
    CHECK((*lines)[0].unitPrice == cents(83));
    CHECK(totalsOf(*lines).gross == cents(100));
}

TEST_CASE("every partial credit note of a mixed invoice is at most the amount and at most a cent per rate below",
          "[core][sales]")
{
    // 12.34 at 20 % (14.81), 7.77 at 5.5 % (8.20), 3.33 at 2.1 % (3.40), 1.11 exempt:
    // 27.52 including VAT.
    const std::vector<DocumentLine> invoice{line("a", 1'000, 1'234, 2000), line("b", 1'000, 777, 550),
                                            line("c", 1'000, 333, 210), line("d", 1'000, 111, 0)};
    const DocumentTotals full = totalsOf(invoice);
    REQUIRE(full.gross == cents(2'752));
    for (std::int64_t amount = 1; amount <= full.gross.cents(); ++amount) {
        INFO("credit of " << amount << " cents");
        const auto lines = creditNoteLines(invoice, cents(amount), "Remise");
        REQUIRE(lines.ok());
        const DocumentTotals t = totalsOf(*lines);
        REQUIRE(t.gross <= cents(amount));
        REQUIRE(cents(amount) - t.gross <= cents(static_cast<std::int64_t>(lines->size())));
        for (const DocumentLine& l : *lines) {
            REQUIRE(l.quantity == Quantity::units(1));
            REQUIRE(l.description == "Remise");
            REQUIRE(l.unitPrice.isPositive());
            // Each line would pass the checks of a typed line.
            REQUIRE(checkLine(l).ok());
        }
    }
    // The exempt rate always reaches its share: a credit note of an exempt invoice is exact.
    const std::vector<DocumentLine> exempt{line("d", 1'000, 5'000, 0)};
    for (std::int64_t amount = 1; amount <= 5'000; amount += 7) {
        const auto lines = creditNoteLines(exempt, cents(amount), "Remise");
        REQUIRE(lines.ok());
        REQUIRE(totalsOf(*lines).gross == cents(amount));
    }
}

TEST_CASE("each partial line is the largest base whose amount including VAT fits its share", "[core][sales]")
{
    // One rate only, so the share is the whole amount.
    for (const std::int64_t rate : {210, 550, 1000, 2000}) {
        const std::vector<DocumentLine> invoice{line("a", 1'000, 50'000, rate)};
        for (std::int64_t amount = 1; amount <= 2'000; ++amount) {
            INFO(rate << " bp, credit of " << amount << " cents");
            const auto lines = creditNoteLines(invoice, cents(amount), "R");
            REQUIRE(lines.ok());
            REQUIRE(lines->size() == 1);
            const Money base = (*lines)[0].unitPrice;
            REQUIRE(grossAt(base, bp(rate)) <= cents(amount));
            REQUIRE(grossAt(base + cents(1), bp(rate)) > cents(amount));
        }
    }
}

TEST_CASE("a credit note must be above zero and not more than the invoice", "[core][sales]")
{
    const std::vector<DocumentLine> invoice{line("conseil", 1'000, 10'000, 2000)}; // 120.00

    const auto zero = creditNoteLines(invoice, Money(), "R");
    REQUIRE_FALSE(zero.ok());
    CHECK(zero.error().code == ErrorCode::InvalidNumber);
    CHECK(zero.error().where.field == "amount");
    CHECK(zero.error().arg(0) == "0.00");

    const auto negative = creditNoteLines(invoice, cents(-500), "R");
    REQUIRE_FALSE(negative.ok());
    CHECK(negative.error().code == ErrorCode::InvalidNumber);
    CHECK(negative.error().arg(0) == "-5.00");

    const auto tooMuch = creditNoteLines(invoice, cents(12'001), "R");
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().code == ErrorCode::TotalMismatch);
    CHECK(tooMuch.error().where.field == "amount");
    CHECK(tooMuch.error().args == std::vector<std::string>{"120.01", "120.00"});

    CHECK(creditNoteLines(invoice, cents(12'000), "R").ok());

    // Nothing to credit on an empty invoice.
    const auto empty = creditNoteLines({}, cents(1), "R");
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == ErrorCode::TotalMismatch);
}
