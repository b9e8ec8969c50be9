#include "receivables/PaymentPromise.h"

#include <algorithm>
#include <iterator>

namespace pc::receivables {

std::string_view toCode(PromiseState state)
{
    switch (state) {
    case PromiseState::Kept:
        return "kept";
    case PromiseState::Broken:
        return "broken";
    case PromiseState::Pending:
        break;
    }
    return "pending";
}

PromiseStatus promiseStatus(const PaymentPromise& promise, const std::vector<Receipt>& receipts, core::Date asOf,
                            int graceDays)
{
    PromiseStatus status;
    status.deadline = promise.promisedFor.addDays(graceDays);
    const core::Date lastCounted = std::min(asOf, status.deadline);

    std::vector<Receipt> counted;
    std::copy_if(receipts.begin(), receipts.end(), std::back_inserter(counted),
                 [&](const Receipt& r) { return r.date >= promise.madeOn && r.date <= lastCounted; });
    std::stable_sort(counted.begin(), counted.end(), [](const Receipt& a, const Receipt& b) { return a.date < b.date; });

    // Walked in date order so that a reversal (a negative receipt) undoes the day it was kept.
    std::optional<core::Date> keptOn;
    for (const Receipt& r : counted) {
        status.received += r.amount;
        if (status.received < promise.amount)
            keptOn.reset();
        else if (!keptOn)
            keptOn = r.date;
    }

    if (keptOn) {
        status.state = PromiseState::Kept;
        status.since = keptOn;
    } else if (asOf > status.deadline) {
        status.state = PromiseState::Broken;
        status.since = status.deadline.addDays(1);
    }
    return status;
}

} // namespace pc::receivables
