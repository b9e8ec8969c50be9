// Payment promises: pending until their date plus the grace period, kept by the payments
// received in that window (the day of the one that completed it), broken the day after.

#include "receivables/PaymentPromise.h"
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

// 1 000 € promised on 1 March for 10 March; with 3 days of grace, payments count up to 13 March.
PaymentPromise promise()
{
    return {7, Money::fromEuros(1'000), iso("2025-03-01"), iso("2025-03-10")};
}

Receipt receipt(const std::string& date, std::int64_t euros)
{
    return {iso(date), Money::fromEuros(euros)};
}

} // namespace

TEST_CASE("promise states have codes", "[receivables][promise]")
{
    CHECK(toCode(PromiseState::Pending) == "pending");
    CHECK(toCode(PromiseState::Kept) == "kept");
    CHECK(toCode(PromiseState::Broken) == "broken");
}

TEST_CASE("a promise is pending until the grace period ends", "[receivables][promise]")
{
    for (const char* asOf : {"2025-03-01", "2025-03-10", "2025-03-13"}) {
        INFO(asOf);
        const PromiseStatus status = promiseStatus(promise(), {}, iso(asOf), 3);
        CHECK(status.state == PromiseState::Pending);
        CHECK(status.received.isZero());
        CHECK_FALSE(status.since.has_value());
        CHECK(status.deadline == iso("2025-03-13"));
    }
}

TEST_CASE("a promise is broken the day after the grace period", "[receivables][promise]")
{
    const PromiseStatus status = promiseStatus(promise(), {receipt("2025-03-08", 400)}, iso("2025-03-14"), 3);
    CHECK(status.state == PromiseState::Broken);
    CHECK(status.received == Money::fromEuros(400));
    CHECK(status.since == iso("2025-03-14"));

    // It stays broken, dated the same day, however late it is looked at.
    const PromiseStatus later = promiseStatus(promise(), {receipt("2025-03-08", 400)}, iso("2025-06-30"), 3);
    CHECK(later.state == PromiseState::Broken);
    CHECK(later.since == iso("2025-03-14"));
}

TEST_CASE("a promise is kept on the day of the payment that completes it", "[receivables][promise]")
{
    const std::vector<Receipt> receipts{receipt("2025-03-12", 700), receipt("2025-03-05", 300)};
    CHECK(promiseStatus(promise(), receipts, iso("2025-03-11"), 3).state == PromiseState::Pending);

    const PromiseStatus status = promiseStatus(promise(), receipts, iso("2025-03-12"), 3);
    CHECK(status.state == PromiseState::Kept);
    CHECK(status.received == Money::fromEuros(1'000));
    CHECK(status.since == iso("2025-03-12"));

    // Kept within the grace period stays kept afterwards.
    const PromiseStatus later = promiseStatus(promise(), receipts, iso("2025-04-30"), 3);
    CHECK(later.state == PromiseState::Kept);
    CHECK(later.since == iso("2025-03-12"));
}

TEST_CASE("an overpayment keeps the promise on the first sufficient day", "[receivables][promise]")
{
    const PromiseStatus status =
        promiseStatus(promise(), {receipt("2025-03-02", 1'200), receipt("2025-03-09", 100)}, iso("2025-03-20"), 3);
    CHECK(status.state == PromiseState::Kept);
    CHECK(status.received == Money::fromEuros(1'300));
    CHECK(status.since == iso("2025-03-02"));
}

TEST_CASE("payments outside the window do not count", "[receivables][promise]")
{
    // Before the promise was made, after the grace period, or after the day looked at.
    const std::vector<Receipt> receipts{receipt("2025-02-28", 1'000), receipt("2025-03-14", 1'000)};
    const PromiseStatus status = promiseStatus(promise(), receipts, iso("2025-03-20"), 3);
    CHECK(status.state == PromiseState::Broken);
    CHECK(status.received.isZero());

    const PromiseStatus early = promiseStatus(promise(), {receipt("2025-03-09", 1'000)}, iso("2025-03-08"), 3);
    CHECK(early.state == PromiseState::Pending);
    CHECK(early.received.isZero());
}

TEST_CASE("a payment on the last day of grace keeps the promise", "[receivables][promise]")
{
    const PromiseStatus status = promiseStatus(promise(), {receipt("2025-03-13", 1'000)}, iso("2025-03-14"), 3);
    CHECK(status.state == PromiseState::Kept);
    CHECK(status.since == iso("2025-03-13"));
}

TEST_CASE("without grace the promise breaks the day after its date", "[receivables][promise]")
{
    CHECK(promiseStatus(promise(), {}, iso("2025-03-10"), 0).state == PromiseState::Pending);
    const PromiseStatus status = promiseStatus(promise(), {}, iso("2025-03-11"), 0);
    CHECK(status.state == PromiseState::Broken);
    CHECK(status.since == iso("2025-03-11"));
    CHECK(status.deadline == iso("2025-03-10"));
}

TEST_CASE("a reversed payment undoes the day the promise was kept", "[receivables][promise]")
{
    // Paid in full on 5 March, the payment bounces on 7 March, paid again on 11 March.
    const std::vector<Receipt> receipts{receipt("2025-03-05", 1'000), receipt("2025-03-07", -1'000),
                                        receipt("2025-03-11", 1'000)};
    const PromiseStatus bounced = promiseStatus(promise(), receipts, iso("2025-03-08"), 3);
    CHECK(bounced.state == PromiseState::Pending);
    CHECK(bounced.received.isZero());

    const PromiseStatus status = promiseStatus(promise(), receipts, iso("2025-03-20"), 3);
    CHECK(status.state == PromiseState::Kept);
    CHECK(status.since == iso("2025-03-11"));
}

TEST_CASE("one payment keeps one promise: the promises of a client share its receipts", "[receivables][promise]")
{
    // 500 € promised for 10 March and 500 € for 20 March, both on 1 March; 500 € paid on
    // 9 March keeps the first only. On 24 March (grace 3 days) the second is broken.
    const PaymentPromise first{1, Money::fromEuros(500), iso("2025-03-01"), iso("2025-03-10")};
    const PaymentPromise second{2, Money::fromEuros(500), iso("2025-03-01"), iso("2025-03-20")};
    const std::vector<Receipt> paid{receipt("2025-03-09", 500)};
    // Given in any order, the earlier promise takes the payment.
    const auto states = promiseStatuses({second, first}, paid, iso("2025-03-24"), 3);
    REQUIRE(states.size() == 2);
    CHECK(states[1].state == PromiseState::Kept);
    CHECK(states[1].since == iso("2025-03-09"));
    CHECK(states[0].state == PromiseState::Broken);
    CHECK(states[0].received == Money());
    CHECK(states[0].since == iso("2025-03-24"));

    // A second payment of 500 € on 18 March keeps the second too.
    const auto both = promiseStatuses({first, second}, {receipt("2025-03-09", 500), receipt("2025-03-18", 500)},
                                      iso("2025-03-24"), 3);
    CHECK(both[0].state == PromiseState::Kept);
    CHECK(both[1].state == PromiseState::Kept);
    CHECK(both[1].since == iso("2025-03-18"));
}
