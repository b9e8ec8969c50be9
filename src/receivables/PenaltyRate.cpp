#include "receivables/PenaltyRate.h"

namespace pc::receivables {

std::optional<core::Rate> statutoryPenaltyRate(core::Date day, const std::vector<RefinancingRate>& history)
{
    const core::Date reference = *core::Date::fromYmd(day.year(), day.month() <= 6 ? 1 : 7, 1);
    const RefinancingRate* inForce = nullptr;
    for (const RefinancingRate& step : history)
        if (step.effective <= reference && (!inForce || step.effective > inForce->effective))
            inForce = &step;
    if (!inForce)
        return std::nullopt;
    return inForce->rate + core::Rate::fromBasisPoints(1'000);
}

} // namespace pc::receivables
