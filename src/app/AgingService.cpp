#include "app/AgingService.h"

#include "app/Workspace.h"
#include "store/AgingRepository.h"
#include "store/RecoveryRepository.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace pc::app {

using core::Money;

AgedBalanceView AgingService::agedBalance(core::Date asOf, receivables::AgingBasis basis,
                                          const receivables::AgingBuckets& buckets)
{
    // Looked up once per open entry: hashed rather than searched in the map.
    std::unordered_map<std::int64_t, Money> disputed;
    for (const auto& [entryId, amount] : store::RecoveryRepository(m_ws.db()).disputedOn(std::nullopt, asOf))
        disputed.emplace(entryId, amount);

    store::AgingRepository aging(m_ws.db());
    const std::vector<store::OpenOnDay> open = aging.openOn(asOf);
    std::vector<receivables::AgingItem> items;
    items.reserve(open.size());
    for (const store::OpenOnDay& e : open) {
        receivables::AgingItem item{e.companyId, e.date, e.dueDate, e.open, {}};
        if (!disputed.empty() && e.open.isPositive())
            if (const auto it = disputed.find(e.entryId); it != disputed.end())
                item.disputed = std::min(it->second, e.open);
        items.push_back(item);
    }
    receivables::AgedBalance balance = receivables::agedBalance(items, asOf, basis, buckets);

    AgedBalanceView view;
    view.asOf = asOf;
    view.basis = basis;
    view.labels = balance.labels;
    view.total = balance.total;
    // Every client's SIREN and name in one read, not a query per client.
    const auto labels = aging.clientLabels();
    view.clients.reserve(balance.clients.size());
    for (auto& [companyId, row] : balance.clients) {
        if (row.total.isZero() && row.disputed.isZero())
            continue;
        const auto it = labels.find(companyId);
        view.clients.push_back({companyId, it != labels.end() ? it->second.siren.toStdString() : std::string(),
                                it != labels.end() ? it->second.name.toStdString() : std::string(), std::move(row)});
    }
    std::sort(view.clients.begin(), view.clients.end(),
              [](const AgedClient& a, const AgedClient& b) { return a.siren < b.siren; });
    return view;
}

} // namespace pc::app
