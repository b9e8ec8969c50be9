#pragma once

#include "app/CreditCheckService.h"
#include "core/Invoice.h"
#include "core/Order.h"

#include <nlohmann/json.hpp>

namespace pc::app {

// The JSON shapes of stages 4 to 6 (docs/CLI.md): amounts in cents, dates ISO 8601,
// quantities and rates as exact decimal text ("1.5", "20.00").
nlohmann::json toJson(const CreditCheckOutcome& outcome);
nlohmann::json toJson(const core::Order& order);
nlohmann::json toJson(const core::Delivery& delivery);
nlohmann::json toJson(const core::Invoice& invoice);

} // namespace pc::app
