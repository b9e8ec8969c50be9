#pragma once

#include "core/Date.h"

#include <QString>
#include <nlohmann/json.hpp>

#include <cstdint>

// The store of the aged-balance and dashboard benchmarks (issue 7): many clients, each
// with open invoices over the last 18 months, some partly paid, some disputed, beside
// a history of invoices paid in full. Written once through the sqlite3 C API into a
// store the application created (its migrations), then reused while its description
// file (the store's path + ".json") matches the options.

namespace pc::bench {

struct AgingStoreOptions {
    std::uint64_t seed = 20240101;
    int clients = 100'000;
    int openPerClient = 10; // open entries of each client: invoices, one in 100 clients an unapplied payment
    int paidPerClient = 3;  // invoices paid in full, each with its payment
    core::Date asOf = *core::Date::fromYmd(2026, 11, 23); // the day the balance is read; nothing after it

    nlohmann::json toJson() const;
};

struct AgingStoreInfo {
    QString path;
    bool generated = false; // false when an earlier run's store was reused
    double generationSeconds = 0;
    nlohmann::json counts; // rows per table, open entries, partial, disputed…
};

// Returns the store at `path`, writing it first when it is missing or was written with
// other options. Throws (fail) when it cannot.
AgingStoreInfo ensureAgingStore(const QString& path, const AgingStoreOptions& options);

} // namespace pc::bench
