#pragma once

#include "core/ClientFile.h"
#include "core/Date.h"
#include "risk/FinancialStatement.h"
#include "store/CreditRepository.h"

#include <cstdint>
#include <vector>

namespace pc::app {

// The accounts of a demo company over its last three fiscal years, balanced and
// consistent (totals add up, assets = liabilities), from strong to failing according
// to `health` (0 failing … 100 strong) and trending with it.
std::vector<risk::FinancialStatement> demoStatements(const core::ClientFile& client, int health, std::uint32_t seed,
                                                     core::Date today);

// How healthy a demo company is, from what its file says (status, proceedings) and
// the draw: most are sound, blocked ones and those in proceedings are not.
int demoHealth(const core::ClientFile& client, std::uint32_t seed);

// A credit profile matching the company's size: expected purchases, terms, insurer.
store::CreditProfile demoCreditProfile(const core::ClientFile& client, const risk::FinancialStatement& last,
                                       std::uint32_t seed);

} // namespace pc::app
