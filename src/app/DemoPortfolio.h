#pragma once

#include "core/ClientFile.h"
#include "core/Date.h"
#include "core/Result.h"

#include <cstdint>
#include <vector>

namespace pc::app {

class Workspace;

// A realistic portfolio of fictitious French companies (valid SIRENs, SIRETs, IBANs
// with their RIB key, addresses, NAF codes, accounts-payable contacts) with accounts
// in every status, so that the program can be tried and shown. The same seed and day
// always give the same portfolio.
class DemoPortfolio {
public:
    static constexpr int kDefaultSize = 300;

    // The client files, generated as of `today`.
    static std::vector<core::ClientFile> generate(int count, std::uint32_t seed, core::Date today);

    // Writes a generated portfolio into an empty store, in one transaction.
    // Errors: StoreNotEmpty when the store already holds clients.
    static core::Status install(Workspace& workspace, int count = kDefaultSize, std::uint32_t seed = 2026);
};

} // namespace pc::app
