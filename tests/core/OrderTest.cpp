// Orders and deliveries (stages 4 and 5): status codes, totals and what remains to
// deliver, the status that follows from deliveries, the checks of an order and of a
// delivery with the field of each error.

#include "core/Order.h"
#include "support/TestPrinters.h"

#include <string>
#include <vector>

using namespace pc::core;

namespace Catch {
template <>
struct StringMaker<OrderStatus> {
    static std::string convert(OrderStatus s) { return std::string(toCode(s)); }
};
} // namespace Catch

namespace {

Money cents(std::int64_t c)
{
    return Money::fromCents(c);
}

Quantity qty(std::int64_t thousandths)
{
    return Quantity::fromThousandths(thousandths);
}

OrderLine orderLine(int lineNo, std::string description, std::int64_t thousandths, std::int64_t unitCents,
                    std::int64_t rateBp, std::int64_t deliveredThousandths = 0)
{
    return {lineNo, {std::move(description), qty(thousandths), cents(unitCents), Rate::fromBasisPoints(rateBp)},
            qty(deliveredThousandths)};
}

// 10 × 100.00 at 20 % and 4 × 25.50 at 5.5 %: 1 000.00 + 200.00 and 102.00 + 5.61.
Order sampleOrder(OrderStatus status = OrderStatus::Confirmed)
{
    Order o;
    o.id = 7;
    o.number = "CMD000007";
    o.clientId = 3;
    o.lines = {orderLine(1, "Colis", 10'000, 10'000, 2000), orderLine(2, "Livres", 4'000, 2'550, 550)};
    o.status = status;
    return o;
}

Delivery delivery(std::vector<DeliveryLine> lines)
{
    Delivery d;
    d.id = 1;
    d.number = "BL000001";
    d.orderId = 7;
    d.lines = std::move(lines);
    return d;
}

} // namespace

TEST_CASE("order statuses have stable codes that read back", "[core][order]")
{
    const auto [status, code] = GENERATE(table<OrderStatus, std::string>({
        {OrderStatus::Draft, "draft"},
        {OrderStatus::Confirmed, "confirmed"},
        {OrderStatus::PartlyDelivered, "partly_delivered"},
        {OrderStatus::Delivered, "delivered"},
        {OrderStatus::Invoiced, "invoiced"},
        {OrderStatus::Cancelled, "cancelled"},
    }));
    CHECK(toCode(status) == code);
    const auto back = orderStatusFromCode(code);
    REQUIRE(back);
    CHECK(*back == status);
}

TEST_CASE("unknown order status codes are refused", "[core][order]")
{
    for (const char* code : {"", "Draft", "CONFIRMED", "shipped", "partly delivered", " draft"}) {
        INFO('"' << code << '"');
        CHECK_FALSE(orderStatusFromCode(code).has_value());
    }
}

TEST_CASE("an order's totals, items and remaining amount including VAT", "[core][order]")
{
    Order o = sampleOrder();
    const DocumentTotals t = o.totals();
    CHECK(t.net == cents(110'200));
    CHECK(t.vat == cents(20'561));
    CHECK(t.gross == cents(130'761));
    REQUIRE(o.items().size() == 2);
    CHECK(o.items()[0] == o.lines[0].item);
    CHECK(o.items()[1] == o.lines[1].item);
    CHECK(o.remainingGross() == cents(130'761));

    // 4 of the 10 parcels and all the books delivered: 6 × 100.00 + 20 % = 720.00.
    o.lines[0].delivered = Quantity::units(4);
    o.lines[1].delivered = Quantity::units(4);
    CHECK(o.lines[0].remaining() == Quantity::units(6));
    CHECK(o.lines[1].remaining().isZero());
    CHECK(o.remainingGross() == cents(72'000));

    // Half a parcel more than ordered does not make the remainder negative money.
    o.lines[0].delivered = qty(10'500);
    CHECK(o.lines[0].remaining() == qty(-500));
    CHECK(o.remainingGross() == Money());
}

TEST_CASE("the remaining amount rounds VAT once on what is left", "[core][order]")
{
    // 3 × 33.33 at 20 %: 99.99 + 20.00 = 119.99. One delivered: 66.66 + 13.33 (13.332).
    Order o;
    o.lines = {orderLine(1, "Heures", 3'000, 3'333, 2000, 1'000)};
    CHECK(o.totals().gross == cents(11'999));
    CHECK(o.remainingGross() == cents(7'999));
}

TEST_CASE("order lines are found by their number, not their position", "[core][order]")
{
    Order o;
    o.lines = {orderLine(5, "a", 1'000, 100, 2000), orderLine(2, "b", 1'000, 100, 2000)};
    REQUIRE(o.line(2) != nullptr);
    CHECK(o.line(2)->item.description == "b");
    REQUIRE(o.line(5) != nullptr);
    CHECK(o.line(5)->item.description == "a");
    CHECK(o.line(1) == nullptr);
    CHECK(o.line(0) == nullptr);
}

TEST_CASE("the progress status follows from what was delivered and invoiced", "[core][order]")
{
    Order o = sampleOrder();
    CHECK(progressStatus(o, false) == OrderStatus::Confirmed);
    CHECK(progressStatus(o, true) == OrderStatus::Confirmed);

    o.lines[1].delivered = qty(1);
    CHECK(progressStatus(o, false) == OrderStatus::PartlyDelivered);
    CHECK(progressStatus(o, true) == OrderStatus::PartlyDelivered);

    o.lines[0].delivered = Quantity::units(10);
    o.lines[1].delivered = Quantity::units(4);
    CHECK(progressStatus(o, false) == OrderStatus::Delivered);
    CHECK(progressStatus(o, true) == OrderStatus::Invoiced);

    // One line over-delivered, the other complete: delivered.
    o.lines[0].delivered = Quantity::units(11);
    CHECK(progressStatus(o, false) == OrderStatus::Delivered);

    // One line complete, the other untouched: partly delivered.
    o.lines[1].delivered = Quantity();
    CHECK(progressStatus(o, true) == OrderStatus::PartlyDelivered);
}

TEST_CASE("a valid order passes its checks, a purchase-order number being optional", "[core][order]")
{
    Order o = sampleOrder(OrderStatus::Draft);
    o.clientReference.clear();
    CHECK(checkOrder(o).ok());
    o.clientReference = "PO-2025-118";
    CHECK(checkOrder(o).ok());
}

TEST_CASE("an order without lines is refused on the field lines", "[core][order]")
{
    Order o = sampleOrder(OrderStatus::Draft);
    o.lines.clear();
    const Status s = checkOrder(o);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::MissingField);
    CHECK(s.error().where.field == "lines");
}

TEST_CASE("a bad order line is reported as lines[N].field, N its 1-based position", "[core][order]")
{
    const auto [badLine, code, field, arg] = GENERATE(table<OrderLine, ErrorCode, std::string, std::string>({
        {orderLine(9, "", 1'000, 100, 2000), ErrorCode::MissingField, "description", ""},
        {orderLine(9, "x", 0, 100, 2000), ErrorCode::InvalidNumber, "quantity", "0"},
        {orderLine(9, "x", -1'500, 100, 2000), ErrorCode::InvalidNumber, "quantity", "-1.5"},
        {orderLine(9, "x", 1'000, -100, 2000), ErrorCode::InvalidNumber, "unit_price", "-1.00"},
        {orderLine(9, "x", 1'000, 100, 1960), ErrorCode::UnknownValue, "vat_rate", "19.60"},
    }));
    Order o = sampleOrder(OrderStatus::Draft);
    o.lines.push_back(orderLine(3, "ok", 1'000, 100, 1000));

    SECTION("as the second line")
    {
        o.lines.insert(o.lines.begin() + 1, badLine);
        const Status s = checkOrder(o);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == code);
        CHECK(s.error().where.field == "lines[2]." + field);
        CHECK(s.error().arg(0) == arg);
    }
    SECTION("as the fourth line, after three good ones")
    {
        o.lines.push_back(badLine);
        const Status s = checkOrder(o);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().where.field == "lines[4]." + field);
    }
    SECTION("the first bad line is the one reported")
    {
        o.lines[0].item.quantity = Quantity();
        o.lines.push_back(badLine);
        const Status s = checkOrder(o);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::InvalidNumber);
        CHECK(s.error().where.field == "lines[1].quantity");
    }
}

TEST_CASE("delivered items are the delivered quantities priced as on the order", "[core][order]")
{
    const Order o = sampleOrder();
    const auto items = deliveredItems(o, delivery({{2, qty(1'500)}, {1, Quantity::units(3)}, {9, Quantity::units(1)}}));
    // Line 9 does not exist and is skipped.
    REQUIRE(items.size() == 2);
    CHECK(items[0] == DocumentLine{"Livres", qty(1'500), cents(2'550), Rate::fromBasisPoints(550)});
    CHECK(items[1] == DocumentLine{"Colis", Quantity::units(3), cents(10'000), Rate::fromBasisPoints(2000)});
    // 38.25 + 2.10 (2.10375) and 300.00 + 60.00.
    CHECK(totalsOf(items).gross == cents(40'035));
}

TEST_CASE("a delivery of what remains on a confirmed or partly delivered order passes", "[core][order]")
{
    Order o = sampleOrder();
    CHECK(checkDelivery(o, delivery({{1, Quantity::units(10)}, {2, Quantity::units(4)}})).ok());
    CHECK(checkDelivery(o, delivery({{1, qty(1)}})).ok());
    CHECK(checkDelivery(o, delivery({{1, Quantity::units(4)}, {1, Quantity::units(6)}})).ok());

    o.status = OrderStatus::PartlyDelivered;
    o.lines[0].delivered = Quantity::units(7);
    CHECK(checkDelivery(o, delivery({{1, Quantity::units(3)}})).ok());
    const Status over = checkDelivery(o, delivery({{1, qty(3'001)}}));
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().code == ErrorCode::TotalMismatch);
    CHECK(over.error().args == std::vector<std::string>{"3.001", "3"});
}

TEST_CASE("only confirmed and partly delivered orders can be delivered", "[core][order]")
{
    const auto [status, code] = GENERATE(table<OrderStatus, std::string>({
        {OrderStatus::Draft, "draft"},
        {OrderStatus::Cancelled, "cancelled"},
        {OrderStatus::Delivered, "delivered"},
        {OrderStatus::Invoiced, "invoiced"},
    }));
    const Status s = checkDelivery(sampleOrder(status), delivery({{1, Quantity::units(1)}}));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::InvalidTransition);
    CHECK(s.error().args == std::vector<std::string>{code, "delivered"});
}

TEST_CASE("a delivery without lines is refused", "[core][order]")
{
    const Status s = checkDelivery(sampleOrder(), delivery({}));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::MissingField);
    CHECK(s.error().where.field == "lines");
}

TEST_CASE("a delivery line unknown to the order is NotFound on lines[N].line", "[core][order]")
{
    const Status s = checkDelivery(sampleOrder(), delivery({{1, Quantity::units(1)}, {3, Quantity::units(1)}}));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::NotFound);
    CHECK(s.error().where.field == "lines[2].line");
    CHECK(s.error().args == std::vector<std::string>{"3"});
}

TEST_CASE("a delivery line must deliver something", "[core][order]")
{
    const Status zero = checkDelivery(sampleOrder(), delivery({{2, Quantity::units(1)}, {1, Quantity()}}));
    REQUIRE_FALSE(zero.ok());
    CHECK(zero.error().code == ErrorCode::InvalidNumber);
    CHECK(zero.error().where.field == "lines[2].quantity");
    CHECK(zero.error().arg(0) == "0");

    const Status negative = checkDelivery(sampleOrder(), delivery({{1, qty(-250)}}));
    REQUIRE_FALSE(negative.ok());
    CHECK(negative.error().code == ErrorCode::InvalidNumber);
    CHECK(negative.error().where.field == "lines[1].quantity");
    CHECK(negative.error().arg(0) == "-0.25");
}

TEST_CASE("a delivery never delivers more than remains, the same line twice included", "[core][order]")
{
    const Order o = sampleOrder();
    const Status over = checkDelivery(o, delivery({{2, qty(4'001)}}));
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().code == ErrorCode::TotalMismatch);
    CHECK(over.error().where.field == "lines[1].quantity");
    CHECK(over.error().args == std::vector<std::string>{"4.001", "4"});

    // 6 then 5 of line 1: each fits the 10 remaining, together they do not.
    const Status twice = checkDelivery(o, delivery({{1, Quantity::units(6)}, {2, Quantity::units(1)}, {1, Quantity::units(5)}}));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::TotalMismatch);
    CHECK(twice.error().where.field == "lines[3].quantity");
    CHECK(twice.error().args == std::vector<std::string>{"5", "10"});

    // A line that was over-delivered before (remaining negative) refuses any quantity.
    Order overDelivered = sampleOrder(OrderStatus::PartlyDelivered);
    overDelivered.lines[1].delivered = Quantity::units(5);
    const Status more = checkDelivery(overDelivered, delivery({{2, qty(1)}}));
    REQUIRE_FALSE(more.ok());
    CHECK(more.error().code == ErrorCode::TotalMismatch);
    CHECK(more.error().args == std::vector<std::string>{"0.001", "-1"});
}
