#pragma once

#include "core/Date.h"
#include "core/Money.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace pc::receivables {

// A client's promise to pay an amount by a date. Kept when the payments received from
// the day it was made to its date plus a grace period add up to the amount; broken when
// that day has passed without them; pending until then. A pending promise postpones
// dunning; a broken one moves the client up its scenario.

struct PaymentPromise {
    std::int64_t id = 0;
    core::Money amount; // > 0
    core::Date madeOn;
    core::Date promisedFor;
};

// A payment received (a credit entry of the ledger).
struct Receipt {
    core::Date date;
    core::Money amount;
};

enum class PromiseState { Pending, Kept, Broken };
// "pending", "kept", "broken".
std::string_view toCode(PromiseState state);

struct PromiseStatus {
    PromiseState state = PromiseState::Pending;
    core::Money received;           // in [madeOn, promisedFor + grace], up to asOf
    std::optional<core::Date> since; // the day it was kept (the payment that completed it) or broken (the day after the grace)
    core::Date deadline;             // promisedFor + grace: the last day a payment counts, and dunning waits
};

PromiseStatus promiseStatus(const PaymentPromise& promise, const std::vector<Receipt>& receipts, core::Date asOf,
                            int graceDays);

// The promises of one client: a payment keeps one promise only. Promises take the
// receipts of their window in the order they fall due (then by id), each up to its
// amount; what one promise used is not counted for the next. Statuses in the order
// of `promises`.
std::vector<PromiseStatus> promiseStatuses(const std::vector<PaymentPromise>& promises,
                                           const std::vector<Receipt>& receipts, core::Date asOf, int graceDays);

} // namespace pc::receivables
