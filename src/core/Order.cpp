#include "core/Order.h"

#include <algorithm>
#include <array>
#include <utility>

namespace pc::core {
namespace {

constexpr std::array<std::pair<OrderStatus, std::string_view>, 6> kStatusCodes{{
    {OrderStatus::Draft, "draft"},
    {OrderStatus::Confirmed, "confirmed"},
    {OrderStatus::PartlyDelivered, "partly_delivered"},
    {OrderStatus::Delivered, "delivered"},
    {OrderStatus::Invoiced, "invoiced"},
    {OrderStatus::Cancelled, "cancelled"},
}};

std::string lineField(std::size_t index, const std::string& field)
{
    return "lines[" + std::to_string(index + 1) + "]" + (field.empty() ? "" : "." + field);
}

} // namespace

std::string_view toCode(OrderStatus status)
{
    for (const auto& [value, code] : kStatusCodes)
        if (value == status)
            return code;
    return "draft";
}

std::optional<OrderStatus> orderStatusFromCode(std::string_view code)
{
    for (const auto& [value, text] : kStatusCodes)
        if (text == code)
            return value;
    return std::nullopt;
}

DocumentTotals Order::totals() const
{
    return totalsOf(items());
}

std::vector<DocumentLine> Order::items() const
{
    std::vector<DocumentLine> result;
    for (const OrderLine& l : lines)
        result.push_back(l.item);
    return result;
}

Money Order::remainingGross() const
{
    std::vector<DocumentLine> remaining;
    for (const OrderLine& l : lines)
        if (l.remaining().isPositive())
            remaining.push_back({l.item.description, l.remaining(), l.item.unitPrice, l.item.vatRate});
    return totalsOf(remaining).gross;
}

const OrderLine* Order::line(int lineNo) const
{
    auto it = std::ranges::find(lines, lineNo, &OrderLine::lineNo);
    return it == lines.end() ? nullptr : &*it;
}

OrderStatus progressStatus(const Order& order, bool everythingDeliveredIsInvoiced)
{
    const bool nothing = std::ranges::all_of(order.lines, [](const OrderLine& l) { return l.delivered.isZero(); });
    const bool all = std::ranges::all_of(order.lines, [](const OrderLine& l) { return !l.remaining().isPositive(); });
    if (nothing)
        return OrderStatus::Confirmed;
    if (!all)
        return OrderStatus::PartlyDelivered;
    return everythingDeliveredIsInvoiced ? OrderStatus::Invoiced : OrderStatus::Delivered;
}

Status checkOrder(const Order& order)
{
    if (order.lines.empty())
        return Error(ErrorCode::MissingField).inField("lines");
    for (std::size_t i = 0; i < order.lines.size(); ++i) {
        Status line = checkLine(order.lines[i].item);
        if (!line) {
            Error error = line.error();
            return error.inField(lineField(i, error.where.field));
        }
    }
    return {};
}

std::vector<DocumentLine> deliveredItems(const Order& order, const Delivery& delivery)
{
    std::vector<DocumentLine> items;
    for (const DeliveryLine& d : delivery.lines)
        if (const OrderLine* l = order.line(d.lineNo))
            items.push_back({l->item.description, d.quantity, l->item.unitPrice, l->item.vatRate});
    return items;
}

Status checkDelivery(const Order& order, const Delivery& delivery)
{
    if (order.status != OrderStatus::Confirmed && order.status != OrderStatus::PartlyDelivered)
        return Error(ErrorCode::InvalidTransition, {std::string(toCode(order.status)), "delivered"}).inField("order.status");
    if (delivery.lines.empty())
        return Error(ErrorCode::MissingField).inField("lines");
    for (std::size_t i = 0; i < delivery.lines.size(); ++i) {
        const DeliveryLine& d = delivery.lines[i];
        const OrderLine* l = order.line(d.lineNo);
        if (!l)
            return Error(ErrorCode::NotFound, {std::to_string(d.lineNo)}).inField(lineField(i, "line"));
        if (!d.quantity.isPositive())
            return Error(ErrorCode::InvalidNumber, {d.quantity.toString()}).inField(lineField(i, "quantity"));
        Quantity already;
        for (std::size_t j = 0; j < i; ++j)
            if (delivery.lines[j].lineNo == d.lineNo)
                already += delivery.lines[j].quantity;
        if (already + d.quantity > l->remaining())
            return Error(ErrorCode::TotalMismatch, {d.quantity.toString(), l->remaining().toString()})
                .inField(lineField(i, "quantity"));
    }
    return {};
}

} // namespace pc::core
