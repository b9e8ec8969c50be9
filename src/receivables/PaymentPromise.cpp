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

namespace {

// Takes `amount` from the positive receipts of the window, oldest first.
void consume(std::vector<Receipt>& pool, core::Date from, core::Date to, core::Money amount)
{
    for (Receipt& r : pool) {
        if (!amount.isPositive())
            return;
        if (r.date < from || r.date > to || !r.amount.isPositive())
            continue;
        const core::Money used = std::min(r.amount, amount);
        r.amount -= used;
        amount -= used;
    }
}

} // namespace

std::vector<PromiseStatus> promiseStatuses(const std::vector<PaymentPromise>& promises,
                                           const std::vector<Receipt>& receipts, core::Date asOf, int graceDays)
{
    std::vector<std::size_t> order(promises.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const PaymentPromise& x = promises[a];
        const PaymentPromise& y = promises[b];
        return x.promisedFor != y.promisedFor ? x.promisedFor < y.promisedFor : x.id < y.id;
    });
    std::vector<Receipt> pool = receipts;
    std::stable_sort(pool.begin(), pool.end(), [](const Receipt& a, const Receipt& b) { return a.date < b.date; });
    std::vector<PromiseStatus> statuses(promises.size());
    for (const std::size_t i : order) {
        const PaymentPromise& promise = promises[i];
        statuses[i] = promiseStatus(promise, pool, asOf, graceDays);
        consume(pool, promise.madeOn, std::min(asOf, statuses[i].deadline),
                std::min(statuses[i].received, promise.amount));
    }
    return statuses;
}

} // namespace pc::receivables
