#include "risk/Commitments.h"

#include <map>

namespace pc::risk {
namespace {

bool isOpenOn(const core::Order& order, core::Date asOf)
{
    if (!order.confirmedOn || *order.confirmedOn > asOf)
        return false;
    return !order.cancelledOn || *order.cancelledOn > asOf;
}

} // namespace

Commitments commitmentsOf(const std::vector<core::Order>& orders, const std::vector<core::Delivery>& deliveries,
                          core::Date asOf)
{
    std::map<std::int64_t, const core::Order*> byId;
    for (const core::Order& order : orders)
        byId[order.id] = &order;

    Commitments result;
    // Quantities delivered by asOf, per order and line.
    std::map<std::int64_t, std::map<int, core::Quantity>> delivered;
    for (const core::Delivery& d : deliveries) {
        if (d.date > asOf)
            continue;
        const auto order = byId.find(d.orderId);
        if (order == byId.end())
            continue;
        for (const core::DeliveryLine& line : d.lines)
            delivered[d.orderId][line.lineNo] += line.quantity;
        if (!d.invoicedOn || *d.invoicedOn > asOf)
            result.deliveredNotInvoiced += core::totalsOf(core::deliveredItems(*order->second, d)).gross;
    }
    for (const core::Order& order : orders) {
        if (!isOpenOn(order, asOf))
            continue;
        std::vector<core::DocumentLine> remaining;
        for (const core::OrderLine& line : order.lines) {
            const core::Quantity left = line.item.quantity - delivered[order.id][line.lineNo];
            if (left.isPositive())
                remaining.push_back({line.item.description, left, line.item.unitPrice, line.item.vatRate});
        }
        result.openOrders += core::totalsOf(remaining).gross;
    }
    return result;
}

} // namespace pc::risk
