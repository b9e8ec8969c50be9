#pragma once

// The reference rate table of the penalty tests (RULES.md §4.2), shared by the tests
// of the statutory rate and of the penalties.

#include "receivables/PenaltyRate.h"
#include "support/CatchCompat.h"

#include <string>
#include <vector>

namespace pc::test {

inline core::Date iso(const std::string& text)
{
    const auto date = core::Date::parseIso(text);
    REQUIRE(date.ok());
    return *date;
}

// RULES.md §4.2, "ECB main refinancing operations (MRO) rate history".
inline std::vector<receivables::RefinancingRate> mroHistory()
{
    using core::Rate;
    return {
        {iso("2023-09-20"), Rate::fromBasisPoints(450)}, {iso("2024-06-12"), Rate::fromBasisPoints(425)},
        {iso("2024-09-18"), Rate::fromBasisPoints(365)}, {iso("2024-10-23"), Rate::fromBasisPoints(340)},
        {iso("2024-12-18"), Rate::fromBasisPoints(315)}, {iso("2025-02-05"), Rate::fromBasisPoints(290)},
        {iso("2025-03-12"), Rate::fromBasisPoints(265)}, {iso("2025-04-23"), Rate::fromBasisPoints(240)},
        {iso("2025-06-11"), Rate::fromBasisPoints(215)},
    };
}

} // namespace pc::test
