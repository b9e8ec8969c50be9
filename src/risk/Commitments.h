#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "core/Order.h"

#include <vector>

namespace pc::risk {

// What a client owes us beyond its ledger, as of a date, including VAT: goods delivered
// and not yet invoiced, and confirmed orders not yet delivered.
struct Commitments {
    core::Money deliveredNotInvoiced;
    core::Money openOrders;
};

// Replays the orders and deliveries as they stood on `asOf`: an order counts from its
// confirmation until it is cancelled, for what was not delivered by then; a delivery
// counts from its date until it is invoiced. Drafts never count.
Commitments commitmentsOf(const std::vector<core::Order>& orders, const std::vector<core::Delivery>& deliveries,
                          core::Date asOf);

} // namespace pc::risk
