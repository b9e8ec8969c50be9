// Disputes on invoices: their codes, when one is active as of a date (replaying the past
// included), the amount disputed per entry and the statistics of the dispute list.

#include "receivables/Dispute.h"
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

Dispute dispute(std::int64_t id, std::int64_t entryId, std::int64_t euros, DisputeReason reason, DisputeStatus status,
                const std::string& openedOn, const std::string& resolvedOn = "")
{
    Dispute d;
    d.id = id;
    d.entryId = entryId;
    d.amount = Money::fromEuros(euros);
    d.reason = reason;
    d.status = status;
    d.owner = "claims";
    d.openedOn = iso(openedOn);
    if (!resolvedOn.empty())
        d.resolvedOn = iso(resolvedOn);
    return d;
}

} // namespace

TEST_CASE("dispute reasons and statuses round-trip through their codes", "[receivables][dispute]")
{
    const std::vector<std::pair<DisputeReason, std::string>> reasons{
        {DisputeReason::Price, "price"},       {DisputeReason::Quantity, "quantity"},
        {DisputeReason::Quality, "quality"},   {DisputeReason::Delivery, "delivery"},
        {DisputeReason::BillingError, "billing_error"}, {DisputeReason::Duplicate, "duplicate"},
        {DisputeReason::Other, "other"},
    };
    for (const auto& [reason, code] : reasons) {
        CHECK(toCode(reason) == code);
        CHECK(disputeReasonFromCode(code) == reason);
    }
    const std::vector<std::pair<DisputeStatus, std::string>> statuses{
        {DisputeStatus::Open, "open"},
        {DisputeStatus::Investigating, "investigating"},
        {DisputeStatus::ResolvedCreditNote, "credit_note"},
        {DisputeStatus::ResolvedRejected, "rejected"},
        {DisputeStatus::ResolvedPartially, "partially"},
    };
    for (const auto& [status, code] : statuses) {
        CHECK(toCode(status) == code);
        CHECK(disputeStatusFromCode(code) == status);
    }
    CHECK_FALSE(disputeReasonFromCode("Price").has_value());
    CHECK_FALSE(disputeReasonFromCode("").has_value());
    CHECK_FALSE(disputeStatusFromCode("resolved").has_value());
}

TEST_CASE("only the three resolutions close a dispute", "[receivables][dispute]")
{
    CHECK_FALSE(isResolution(DisputeStatus::Open));
    CHECK_FALSE(isResolution(DisputeStatus::Investigating));
    CHECK(isResolution(DisputeStatus::ResolvedCreditNote));
    CHECK(isResolution(DisputeStatus::ResolvedRejected));
    CHECK(isResolution(DisputeStatus::ResolvedPartially));
}

TEST_CASE("a dispute is active from its opening day", "[receivables][dispute]")
{
    const Dispute open = dispute(1, 10, 100, DisputeReason::Price, DisputeStatus::Investigating, "2025-03-10");
    CHECK_FALSE(open.activeOn(iso("2025-03-09")));
    CHECK(open.activeOn(iso("2025-03-10")));
    CHECK(open.activeOn(iso("2030-01-01")));
}

TEST_CASE("a resolved dispute is active until the day it was resolved", "[receivables][dispute]")
{
    const Dispute resolved =
        dispute(1, 10, 100, DisputeReason::Quality, DisputeStatus::ResolvedRejected, "2025-03-10", "2025-04-02");
    CHECK_FALSE(resolved.activeOn(iso("2025-03-09")));
    CHECK(resolved.activeOn(iso("2025-03-10")));
    CHECK(resolved.activeOn(iso("2025-04-01")));
    CHECK_FALSE(resolved.activeOn(iso("2025-04-02")));
    CHECK_FALSE(resolved.activeOn(iso("2025-06-30")));

    // A resolution without its date is taken as settled whatever the day.
    const Dispute undated = dispute(2, 10, 100, DisputeReason::Quality, DisputeStatus::ResolvedCreditNote, "2025-03-10");
    CHECK_FALSE(undated.activeOn(iso("2025-03-20")));
}

TEST_CASE("the disputed amount adds up the active disputes of each entry", "[receivables][dispute]")
{
    const std::vector<Dispute> disputes{
        dispute(1, 10, 100, DisputeReason::Price, DisputeStatus::Open, "2025-03-01"),
        dispute(2, 10, 40, DisputeReason::Quantity, DisputeStatus::Investigating, "2025-03-05"),
        dispute(3, 10, 999, DisputeReason::Duplicate, DisputeStatus::ResolvedCreditNote, "2025-02-01", "2025-02-20"),
        dispute(4, 20, 250, DisputeReason::Delivery, DisputeStatus::ResolvedPartially, "2025-03-01", "2025-04-15"),
        dispute(5, 30, 70, DisputeReason::Other, DisputeStatus::Open, "2025-05-01"),
    };
    const auto onMarch10 = disputedByEntry(disputes, iso("2025-03-10"));
    // 10: 100 + 40 (3 was resolved in February); 20: still active; 30: not opened yet.
    REQUIRE(onMarch10.size() == 2);
    CHECK(onMarch10.at(10) == Money::fromEuros(140));
    CHECK(onMarch10.at(20) == Money::fromEuros(250));

    const auto onFebruary10 = disputedByEntry(disputes, iso("2025-02-10"));
    REQUIRE(onFebruary10.size() == 1);
    CHECK(onFebruary10.at(10) == Money::fromEuros(999));

    const auto onMay1 = disputedByEntry(disputes, iso("2025-05-01"));
    REQUIRE(onMay1.size() == 2);
    CHECK(onMay1.at(10) == Money::fromEuros(140));
    CHECK(onMay1.at(30) == Money::fromEuros(70));
    CHECK_FALSE(onMay1.contains(20));

    CHECK(disputedByEntry({}, iso("2025-05-01")).empty());
}

TEST_CASE("dispute statistics as of a date", "[receivables][dispute]")
{
    const std::vector<Dispute> disputes{
        // Active on 31 March: ages 30, 10 and 21 days.
        dispute(1, 10, 100, DisputeReason::Price, DisputeStatus::Open, "2025-03-01"),
        dispute(2, 11, 40, DisputeReason::Price, DisputeStatus::Investigating, "2025-03-21"),
        dispute(3, 12, 60, DisputeReason::Quality, DisputeStatus::ResolvedRejected, "2025-03-10", "2025-04-20"),
        // Resolved by 31 March in 9 and 20 days.
        dispute(4, 13, 500, DisputeReason::Duplicate, DisputeStatus::ResolvedCreditNote, "2025-02-01", "2025-02-10"),
        dispute(5, 14, 80, DisputeReason::Delivery, DisputeStatus::ResolvedPartially, "2025-03-01", "2025-03-21"),
        // Opened after the date: neither.
        dispute(6, 15, 30, DisputeReason::Other, DisputeStatus::Open, "2025-04-05"),
    };
    const DisputeStats stats = disputeStats(disputes, iso("2025-03-31"));
    CHECK(stats.active == 3);
    CHECK(stats.activeAmount == Money::fromEuros(200));
    CHECK(stats.averageAgeDays == 20); // (30 + 10 + 21) / 3 = 20.33
    CHECK(stats.oldestAgeDays == 30);
    CHECK(stats.resolved == 2);
    CHECK(stats.averageResolutionDays == 15); // (9 + 20) / 2 = 14.5, rounded half up
    REQUIRE(stats.activeByReason.size() == 2);
    CHECK(stats.activeByReason.at(DisputeReason::Price) == 2);
    CHECK(stats.activeByReason.at(DisputeReason::Quality) == 1);
}

TEST_CASE("no dispute, no statistics", "[receivables][dispute]")
{
    const DisputeStats stats = disputeStats({}, iso("2025-03-31"));
    CHECK(stats.active == 0);
    CHECK(stats.activeAmount.isZero());
    CHECK(stats.averageAgeDays == 0);
    CHECK(stats.oldestAgeDays == 0);
    CHECK(stats.resolved == 0);
    CHECK(stats.averageResolutionDays == 0);
    CHECK(stats.activeByReason.empty());
}
