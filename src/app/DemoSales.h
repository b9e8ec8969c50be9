#pragma once

#include "core/Result.h"

#include <QtGlobal>
#include <cstdint>
#include <vector>

namespace pc::app {

class Workspace;

// Five months of trade with the demo's active clients, replayed day by day through the
// real use cases: credit limits, orders confirmed through the credit check, deliveries,
// invoices, credit notes, deposits and payments (late for the fragile clients), a few
// overrides, two accounts blocked after repeated delays, and the seller's identity.
// Runs inside the caller's transaction. Same seed and day, same history.
core::Status installDemoSales(Workspace& workspace, const std::vector<qint64>& activeClients, std::uint32_t seed);

} // namespace pc::app
