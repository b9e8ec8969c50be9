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
