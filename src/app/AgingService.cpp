#include "app/AgingService.h"

#include "app/Workspace.h"
#include "store/AgingRepository.h"
#include "store/ClientRepository.h"
#include "store/RecoveryRepository.h"

#include <algorithm>

namespace pc::app {

using core::Money;

AgedBalanceView AgingService::agedBalance(core::Date asOf, receivables::AgingBasis basis,
                                          const receivables::AgingBuckets& buckets)
{
    const auto disputed = store::RecoveryRepository(m_ws.db()).disputedOn(std::nullopt, asOf);

    std::vector<receivables::AgingItem> items;
    for (const store::OpenOnDay& e : store::AgingRepository(m_ws.db()).openOn(asOf)) {
        receivables::AgingItem item{e.companyId, e.date, e.dueDate, e.open, {}};
        if (const auto it = disputed.find(e.entryId); it != disputed.end() && e.open.isPositive())
            item.disputed = std::min(it->second, e.open);
        items.push_back(item);
    }
    receivables::AgedBalance balance = receivables::agedBalance(items, asOf, basis, buckets);

    AgedBalanceView view;
    view.asOf = asOf;
    view.basis = basis;
    view.labels = balance.labels;
    view.total = balance.total;
    store::ClientRepository clients(m_ws.db());
    for (auto& [companyId, row] : balance.clients) {
        if (row.total.isZero() && row.disputed.isZero())
            continue;
        const auto summary = clients.summaryById(companyId);
        view.clients.push_back({companyId, summary ? summary->siren.toStdString() : std::string(),
                                summary ? summary->name.toStdString() : std::string(), std::move(row)});
    }
    std::sort(view.clients.begin(), view.clients.end(),
              [](const AgedClient& a, const AgedClient& b) { return a.siren < b.siren; });
    return view;
}

} // namespace pc::app
