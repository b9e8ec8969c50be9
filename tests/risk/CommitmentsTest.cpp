// Commitments beyond the ledger, replayed as of several dates: confirmed orders not yet
// delivered and deliveries not yet invoiced, including VAT. Every amount is computed by
// hand in the comments.

#include "risk/Commitments.h"
#include "support/TestPrinters.h"

#include <string>
#include <vector>

using namespace pc::core;
using namespace pc::risk;

namespace {

Date iso(const std::string& text)
{
    const auto date = Date::parseIso(text);
    REQUIRE(date.ok());
    return *date;
}

Money cents(std::int64_t c)
{
    return Money::fromCents(c);
}

OrderLine orderLine(int lineNo, std::int64_t thousandths, std::int64_t unitCents, std::int64_t rateBp)
{
    return {lineNo,
            {"ligne " + std::to_string(lineNo), Quantity::fromThousandths(thousandths), cents(unitCents),
             Rate::fromBasisPoints(rateBp)},
            Quantity()};
}

Order order(std::int64_t id, OrderStatus status, std::vector<OrderLine> lines, std::optional<std::string> confirmed,
            std::optional<std::string> cancelled = std::nullopt)
{
    Order o;
    o.id = id;
    o.number = "CMD" + std::to_string(id);
    o.status = status;
    o.lines = std::move(lines);
    if (confirmed)
        o.confirmedOn = iso(*confirmed);
    if (cancelled)
        o.cancelledOn = iso(*cancelled);
    return o;
}

Delivery delivery(std::int64_t id, std::int64_t orderId, const std::string& date, std::vector<DeliveryLine> lines,
                  std::optional<std::string> invoiced = std::nullopt)
{
    Delivery d;
    d.id = id;
    d.number = "BL" + std::to_string(id);
    d.orderId = orderId;
    d.date = iso(date);
    d.lines = std::move(lines);
    if (invoiced) {
        d.invoiceId = id + 100;
        d.invoicedOn = iso(*invoiced);
    }
    return d;
}

// Order 1, confirmed 03/03: 10 × 100.00 at 20 % (1 000.00 + 200.00) and 4 × 25.50 at
// 5.5 % (102.00 + 5.61): 1 307.61.
// Order 2, a draft of 5 000.00 at 20 %.
// Order 3, confirmed 05/03, cancelled 20/03: 2 × 150.00 at 10 % = 330.00.
// Delivery 1 of order 1 on 10/03, invoiced 15/03: 4 parcels and the 4 books,
// 400.00 + 80.00 + 107.61 = 587.61.
// Delivery 2 of order 1 on 25/03, not invoiced: 3 parcels, 300.00 + 60.00 = 360.00.
std::vector<Order> orders()
{
    return {
        order(1, OrderStatus::PartlyDelivered, {orderLine(1, 10'000, 10'000, 2000), orderLine(2, 4'000, 2'550, 550)},
              "2025-03-03"),
        order(2, OrderStatus::Draft, {orderLine(1, 1'000, 500'000, 2000)}, std::nullopt),
        order(3, OrderStatus::Cancelled, {orderLine(1, 2'000, 15'000, 1000)}, "2025-03-05", "2025-03-20"),
    };
}

std::vector<Delivery> deliveries()
{
    return {
        delivery(1, 1, "2025-03-10", {{1, Quantity::units(4)}, {2, Quantity::units(4)}}, "2025-03-15"),
        delivery(2, 1, "2025-03-25", {{1, Quantity::units(3)}}),
    };
}

} // namespace

TEST_CASE("commitments replayed as of each date of the orders' lives", "[risk][commitments]")
{
    const auto [asOf, deliveredNotInvoiced, openOrders] = GENERATE(table<std::string, std::int64_t, std::int64_t>({
        // Nothing confirmed yet; the draft never counts.
        {"2025-01-01", 0, 0},
        {"2025-03-02", 0, 0},
        // Order 1 confirmed.
        {"2025-03-03", 0, 130'761},
        {"2025-03-04", 0, 130'761},
        // Order 3 confirmed: + 330.00.
        {"2025-03-05", 0, 163'761},
        // Delivery 1: 6 parcels left on order 1 (600.00 + 120.00) + 330.00; 587.61
        // delivered and not invoiced.
        {"2025-03-10", 58'761, 105'000},
        {"2025-03-14", 58'761, 105'000},
        // Delivery 1 invoiced.
        {"2025-03-15", 0, 105'000},
        // Order 3 cancelled.
        {"2025-03-19", 0, 105'000},
        {"2025-03-20", 0, 72'000},
        // Delivery 2: 3 parcels left (360.00), 360.00 delivered and not invoiced.
        {"2025-03-24", 0, 72'000},
        {"2025-03-25", 36'000, 36'000},
        {"2026-01-01", 36'000, 36'000},
    }));
    INFO("as of " << asOf);
    const Commitments c = commitmentsOf(orders(), deliveries(), iso(asOf));
    CHECK(c.deliveredNotInvoiced == cents(deliveredNotInvoiced));
    CHECK(c.openOrders == cents(openOrders));
}

TEST_CASE("drafts never count, however late the date", "[risk][commitments]")
{
    const std::vector<Order> drafts{order(2, OrderStatus::Draft, {orderLine(1, 1'000, 500'000, 2000)}, std::nullopt)};
    const Commitments c = commitmentsOf(drafts, {}, iso("2030-01-01"));
    CHECK(c.openOrders == Money());
    CHECK(c.deliveredNotInvoiced == Money());
}

TEST_CASE("an order cancelled on the day it was confirmed never counts", "[risk][commitments]")
{
    const std::vector<Order> o{
        order(1, OrderStatus::Cancelled, {orderLine(1, 1'000, 10'000, 2000)}, "2025-05-02", "2025-05-02")};
    CHECK(commitmentsOf(o, {}, iso("2025-05-01")).openOrders == Money());
    CHECK(commitmentsOf(o, {}, iso("2025-05-02")).openOrders == Money());
    CHECK(commitmentsOf(o, {}, iso("2025-05-03")).openOrders == Money());
}

TEST_CASE("open orders are what is left, its VAT rounded on the remainder", "[risk][commitments]")
{
    // 3 × 33.33 at 20 %: 99.99 + 20.00 = 119.99. After one: 66.66 + 13.33 (13.332) =
    // 79.99 left; the delivery is 33.33 + 6.67 (6.666) = 40.00.
    const std::vector<Order> o{order(1, OrderStatus::PartlyDelivered, {orderLine(1, 3'000, 3'333, 2000)}, "2025-01-02")};
    const std::vector<Delivery> d{delivery(1, 1, "2025-01-10", {{1, Quantity::units(1)}})};
    const Commitments before = commitmentsOf(o, d, iso("2025-01-09"));
    CHECK(before.openOrders == cents(11'999));
    CHECK(before.deliveredNotInvoiced == Money());
    const Commitments after = commitmentsOf(o, d, iso("2025-01-10"));
    CHECK(after.openOrders == cents(7'999));
    CHECK(after.deliveredNotInvoiced == cents(4'000));
}

TEST_CASE("partial quantities and several deliveries of the same line add up", "[risk][commitments]")
{
    // 2.5 kg at 12.00 at 5.5 %: 30.00 + 1.65 = 31.65.
    // 0.75 kg on 02/02: 9.00 + 0.495 → 0.50 = 9.50 delivered; 1.75 kg left, 21.00 + 1.155 →
    // 1.16 = 22.16.
    // 1.75 kg more on 03/02: nothing left; 21.00 + 1.16 = 22.16 delivered.
    const std::vector<Order> o{order(4, OrderStatus::PartlyDelivered, {orderLine(1, 2'500, 1'200, 550)}, "2025-02-01")};
    const std::vector<Delivery> d{delivery(1, 4, "2025-02-02", {{1, Quantity::fromThousandths(750)}}),
                                  delivery(2, 4, "2025-02-03", {{1, Quantity::fromThousandths(1'750)}}, "2025-02-04")};
    CHECK(commitmentsOf(o, d, iso("2025-02-01")).openOrders == cents(3'165));
    const Commitments first = commitmentsOf(o, d, iso("2025-02-02"));
    CHECK(first.openOrders == cents(2'216));
    CHECK(first.deliveredNotInvoiced == cents(950));
    const Commitments second = commitmentsOf(o, d, iso("2025-02-03"));
    CHECK(second.openOrders == Money());
    CHECK(second.deliveredNotInvoiced == cents(950 + 2'216));
    const Commitments invoiced = commitmentsOf(o, d, iso("2025-02-04"));
    CHECK(invoiced.openOrders == Money());
    CHECK(invoiced.deliveredNotInvoiced == cents(950));
}

TEST_CASE("an over-delivered line leaves nothing open and never a negative amount", "[risk][commitments]")
{
    // Line 1 over-delivered by one, line 2 untouched: only line 2 (50.00 + 10.00) is open.
    const std::vector<Order> o{order(1, OrderStatus::PartlyDelivered,
                                     {orderLine(1, 2'000, 10'000, 2000), orderLine(2, 1'000, 5'000, 2000)},
                                     "2025-01-02")};
    const std::vector<Delivery> d{delivery(1, 1, "2025-01-05", {{1, Quantity::units(3)}})};
    const Commitments c = commitmentsOf(o, d, iso("2025-01-05"));
    CHECK(c.openOrders == cents(6'000));
    CHECK(c.deliveredNotInvoiced == cents(36'000));
}

TEST_CASE("deliveries of unknown orders and deliveries after the date are ignored", "[risk][commitments]")
{
    const std::vector<Delivery> d{delivery(9, 99, "2025-03-10", {{1, Quantity::units(1)}}),
                                  delivery(2, 1, "2025-03-25", {{1, Quantity::units(3)}})};
    const Commitments c = commitmentsOf(orders(), d, iso("2025-03-12"));
    CHECK(c.deliveredNotInvoiced == Money());
    CHECK(c.openOrders == cents(163'761));
}

TEST_CASE("nothing at all gives nothing", "[risk][commitments]")
{
    const Commitments c = commitmentsOf({}, {}, iso("2025-03-12"));
    CHECK(c.deliveredNotInvoiced == Money());
    CHECK(c.openOrders == Money());
}
