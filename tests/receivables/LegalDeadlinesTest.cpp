// The deadlines of legal recovery (../shared/reference/RULES.md §5): injonction de payer,
// saisie conservatoire, déclaration de créances, and the five-year prescription.

#include "receivables/LegalDeadlines.h"
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

void checkDeadline(const LegalDeadline& deadline, const std::string& code, const std::string& date,
                   const std::string& basis)
{
    CHECK(deadline.code == code);
    CHECK(deadline.date == iso(date));
    CHECK(deadline.basis == basis);
}

} // namespace

TEST_CASE("legal file kinds round-trip through their codes", "[receivables][legal]")
{
    const std::vector<std::pair<LegalFileKind, std::string>> kinds{
        {LegalFileKind::Injonction, "injonction"},
        {LegalFileKind::Agency, "agency"},
        {LegalFileKind::ProtectiveAttachment, "protective_attachment"},
        {LegalFileKind::ClaimDeclaration, "claim_declaration"},
    };
    for (const auto& [kind, code] : kinds) {
        CHECK(toCode(kind) == code);
        CHECK(legalFileKindFromCode(code) == kind);
    }
    CHECK_FALSE(legalFileKindFromCode("bailiff").has_value());
}

TEST_CASE("injonction: serve within 6 months, opposition within 1 month of service", "[receivables][legal]")
{
    LegalDates dates;
    dates.orderOn = iso("2025-03-14");
    const auto granted = legalDeadlines(LegalFileKind::Injonction, dates);
    REQUIRE(granted.size() == 1);
    checkDeadline(granted[0], "serve_order", "2025-09-14", "CPC 1411");

    dates.servedOn = iso("2025-04-30");
    const auto served = legalDeadlines(LegalFileKind::Injonction, dates);
    REQUIRE(served.size() == 2);
    checkDeadline(served[0], "serve_order", "2025-09-14", "CPC 1411");
    checkDeadline(served[1], "opposition", "2025-05-30", "CPC 1416");
}

TEST_CASE("a period in months ends on the month's last day when the day does not exist", "[receivables][legal]")
{
    // Order of 31 August: six months later is 28 February (29 in a leap year).
    LegalDates dates;
    dates.orderOn = iso("2025-08-31");
    dates.servedOn = iso("2024-01-31");
    const auto deadlines = legalDeadlines(LegalFileKind::Injonction, dates);
    REQUIRE(deadlines.size() == 2);
    CHECK(deadlines[0].date == iso("2026-02-28"));
    CHECK(deadlines[1].date == iso("2024-02-29"));
}

TEST_CASE("protective attachment: execute within 3 months, act within 1 month", "[receivables][legal]")
{
    LegalDates dates;
    dates.orderOn = iso("2025-11-30");
    dates.servedOn = iso("2025-12-15");
    const auto deadlines = legalDeadlines(LegalFileKind::ProtectiveAttachment, dates);
    REQUIRE(deadlines.size() == 2);
    checkDeadline(deadlines[0], "execute_attachment", "2026-02-28", "CPCE R511-6");
    checkDeadline(deadlines[1], "start_action", "2026-01-15", "CPCE R511-7");
}

TEST_CASE("claim declaration: 2 months from the BODACC, relief within 6", "[receivables][legal]")
{
    LegalDates dates;
    dates.publishedOn = iso("2025-10-20");
    const auto deadlines = legalDeadlines(LegalFileKind::ClaimDeclaration, dates);
    REQUIRE(deadlines.size() == 2);
    checkDeadline(deadlines[0], "claim_filing", "2025-12-20", "C. com. R622-24");
    checkDeadline(deadlines[1], "relief", "2026-04-20", "C. com. L622-26");

    // A creditor outside metropolitan France has two more months to file, not to ask relief.
    dates.creditorAbroad = true;
    const auto abroad = legalDeadlines(LegalFileKind::ClaimDeclaration, dates);
    REQUIRE(abroad.size() == 2);
    checkDeadline(abroad[0], "claim_filing", "2026-02-20", "C. com. R622-24");
    checkDeadline(abroad[1], "relief", "2026-04-20", "C. com. L622-26");
}

TEST_CASE("deadlines whose start is unknown are left out", "[receivables][legal]")
{
    CHECK(legalDeadlines(LegalFileKind::Injonction, {}).empty());
    CHECK(legalDeadlines(LegalFileKind::ProtectiveAttachment, {}).empty());
    CHECK(legalDeadlines(LegalFileKind::ClaimDeclaration, {}).empty());

    // Only the service is known: the opposition deadline alone.
    LegalDates dates;
    dates.servedOn = iso("2025-06-02");
    const auto served = legalDeadlines(LegalFileKind::Injonction, dates);
    REQUIRE(served.size() == 1);
    CHECK(served[0].code == "opposition");

    // Dates of other kinds of file are not read.
    dates.publishedOn = iso("2025-06-02");
    dates.orderOn = iso("2025-06-02");
    CHECK(legalDeadlines(LegalFileKind::Agency, dates).empty());
}

TEST_CASE("an invoice is time-barred five years after its due date", "[receivables][legal]")
{
    CHECK(prescriptionDate(iso("2025-03-15")) == iso("2030-03-15"));
    CHECK(prescriptionDate(iso("2024-02-29")) == iso("2029-02-28"));
}

TEST_CASE("prescription is warned about from six months before", "[receivables][legal]")
{
    const Date due = iso("2025-03-15"); // time-barred on 15 March 2030
    CHECK_FALSE(prescriptionNear(due, iso("2029-09-14")));
    CHECK(prescriptionNear(due, iso("2029-09-15")));
    CHECK(prescriptionNear(due, iso("2030-03-15")));
    CHECK(prescriptionNear(due, iso("2031-01-01"))); // still flagged once passed

    CHECK_FALSE(prescriptionNear(due, iso("2029-03-14"), 12));
    CHECK(prescriptionNear(due, iso("2029-03-15"), 12));
    CHECK_FALSE(prescriptionNear(due, iso("2030-03-14"), 0));
    CHECK(prescriptionNear(due, iso("2030-03-15"), 0));
}
