#pragma once

#include "core/Date.h"
#include "core/Rate.h"

#include <cstdint>

#include <optional>
#include <vector>

namespace pc::receivables {

// A change of the ECB's main refinancing operations rate, from its effective date.
struct RefinancingRate {
    core::Date effective;
    core::Rate rate;
};

// The statutory late-payment rate (Code de commerce L441-10): the ECB rate in force on
// 1 January for the first half-year, on 1 July for the second, plus 10 points. Empty
// when `history` (any order) starts after that reference day.
std::optional<core::Rate> statutoryPenaltyRate(core::Date day, const std::vector<RefinancingRate>& history);

// The fixed recovery indemnity owed per late invoice (D441-5): 40 €.
inline constexpr std::int64_t kRecoveryIndemnityCents = 4'000;

} // namespace pc::receivables
