// Invoices (stage 6): operation-nature codes, the seller's mandatory mentions, the
// chronology of invoice dates and the document numbers of a series.

#include "core/Invoice.h"
#include "support/TestPrinters.h"

#include <string>
#include <vector>

using namespace pc::core;

namespace {

Date iso(const std::string& text)
{
    const auto date = Date::parseIso(text);
    REQUIRE(date.ok());
    return *date;
}

SellerIdentity completeSeller()
{
    SellerIdentity s;
    s.name = "Poste Conseil";
    s.legalForm = "SAS";
    s.shareCapital = "100 000 €";
    s.siren = *Siren::parse("732829320");
    s.rcsCity = "RCS Lyon";
    s.address = {"12 rue de la République", "", "69002", "Lyon", "FR"};
    return s;
}

} // namespace

TEST_CASE("operation natures have stable codes that read back", "[core][invoice]")
{
    const auto [nature, code] = GENERATE(table<OperationNature, std::string>({
        {OperationNature::Goods, "goods"},
        {OperationNature::Services, "services"},
        {OperationNature::Mixed, "mixed"},
    }));
    CHECK(toCode(nature) == code);
    const auto back = operationNatureFromCode(code);
    REQUIRE(back);
    CHECK(*back == nature);
}

TEST_CASE("unknown operation natures are refused", "[core][invoice]")
{
    for (const char* code : {"", "Goods", "service", "both", "goods "}) {
        INFO('"' << code << '"');
        CHECK_FALSE(operationNatureFromCode(code).has_value());
    }
}

TEST_CASE("invoice kinds have stable codes", "[core][invoice]")
{
    CHECK(toCode(InvoiceKind::Invoice) == "invoice");
    CHECK(toCode(InvoiceKind::CreditNote) == "credit_note");
}

TEST_CASE("a complete seller lacks no mention", "[core][invoice]")
{
    const SellerIdentity s = completeSeller();
    CHECK_FALSE(missingSellerMention(s).has_value());
    // Capital, RCS, bank details and the legal form are printed when known but do not
    // block the invoice.
    SellerIdentity minimal;
    minimal.name = s.name;
    minimal.siren = s.siren;
    minimal.address = s.address;
    CHECK_FALSE(missingSellerMention(minimal).has_value());
}

TEST_CASE("the first missing seller mention is named: name, then SIREN, then address", "[core][invoice]")
{
    SellerIdentity s = completeSeller();

    SECTION("everything missing: the name first")
    {
        const auto missing = missingSellerMention(SellerIdentity{});
        REQUIRE(missing);
        CHECK(*missing == "seller.name");
    }
    SECTION("no name, no SIREN: the name")
    {
        s.name.clear();
        s.siren.reset();
        CHECK(missingSellerMention(s).value_or("") == "seller.name");
    }
    SECTION("no SIREN, no address: the SIREN")
    {
        s.siren.reset();
        s.address = {};
        CHECK(missingSellerMention(s).value_or("") == "seller.siren");
    }
    SECTION("an address without street")
    {
        s.address.line1.clear();
        CHECK(missingSellerMention(s).value_or("") == "seller.address");
    }
    SECTION("an address without postal code")
    {
        s.address.postalCode.clear();
        CHECK(missingSellerMention(s).value_or("") == "seller.address");
    }
    SECTION("an address without city")
    {
        s.address.city.clear();
        CHECK(missingSellerMention(s).value_or("") == "seller.address");
    }
    SECTION("a second address line is optional")
    {
        s.address.line2.clear();
        CHECK_FALSE(missingSellerMention(s).has_value());
    }
}

TEST_CASE("the seller's VAT number follows from its SIREN", "[core][invoice]")
{
    SellerIdentity s = completeSeller();
    const auto vat = s.vatNumber();
    REQUIRE(vat);
    CHECK(vat->str() == "FR44732829320");
    s.siren.reset();
    CHECK_FALSE(s.vatNumber().has_value());
}

TEST_CASE("a seller identity has sensible defaults", "[core][invoice]")
{
    const SellerIdentity s;
    CHECK(s.nature == OperationNature::Goods);
    CHECK_FALSE(s.penaltyRate.has_value()); // the statutory rate
    CHECK_FALSE(s.earlyPaymentDiscount.has_value());
    CHECK_FALSE(s.vatOnDebits);
}

TEST_CASE("an invoice is never dated before the last one issued", "[core][invoice]")
{
    CHECK(checkInvoiceDate(iso("2025-03-10"), std::nullopt).ok());
    CHECK(checkInvoiceDate(iso("2025-03-10"), iso("2025-03-10")).ok()); // the same day
    CHECK(checkInvoiceDate(iso("2025-03-11"), iso("2025-03-10")).ok());
    CHECK(checkInvoiceDate(iso("2026-01-01"), iso("2025-12-31")).ok());

    const Status early = checkInvoiceDate(iso("2025-03-09"), iso("2025-03-10"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == ErrorCode::DateTooEarly);
    CHECK(early.error().where.field == "date");
    CHECK(early.error().args == std::vector<std::string>{"2025-03-09", "2025-03-10"});

    const Status yearBefore = checkInvoiceDate(iso("2024-12-31"), iso("2025-01-01"));
    REQUIRE_FALSE(yearBefore.ok());
    CHECK(yearBefore.error().code == ErrorCode::DateTooEarly);
}

TEST_CASE("document numbers pad the counter to six digits and never truncate it", "[core][invoice]")
{
    const auto [prefix, counter, number] = GENERATE(table<std::string, std::int64_t, std::string>({
        {"FA", 42, "FA000042"},
        {"FA", 1, "FA000001"},
        {"FA", 0, "FA000000"},
        {"AV", 999'999, "AV999999"},
        {"FA", 1'000'000, "FA1000000"},
        {"FA", 1'234'567, "FA1234567"},
        {"CMD", 42, "CMD000042"},
        {"BL", 123'456, "BL123456"},
        {"", 5, "000005"},
    }));
    CHECK(documentNumber(prefix, counter) == number);
}
