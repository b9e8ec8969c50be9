#include "app/DashboardService.h"

#include "app/AgingService.h"
#include "app/AnalyticsService.h"
#include "app/Workspace.h"
#include "store/AgingRepository.h"
#include "store/AlertRepository.h"
#include "store/RecoveryRepository.h"

#include <algorithm>
#include <map>
#include <set>

namespace pc::app {

using core::Date;
using core::Money;

namespace {

constexpr int kHistoryMonths = 12;
constexpr int kForecastMonths = 6;
constexpr std::size_t kTopExposures = 10;
constexpr int kAtRiskDays = 90;

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load();
}

} // namespace

void DashboardService::addExposures(DashboardData& data)
{
    struct Owed {
        Money exposure;
        Money overdue;
        bool atRisk = false;
    };
    std::map<qint64, Owed> owed;
    store::AgingRepository aging(m_ws.db());
    for (const store::OpenOnDay& e : aging.openOn(data.asOf)) {
        Owed& o = owed[e.companyId];
        o.exposure += e.open;
        if (e.open.isPositive() && e.dueDate < data.asOf)
            o.overdue += e.open;
        if (e.open.isPositive() && e.dueDate.daysUntil(data.asOf) > kAtRiskDays)
            o.atRisk = true;
    }
    store::AlertRepository alerts(m_ws.db());
    for (const store::ProceedingsState& p : alerts.proceedings())
        if (auto it = owed.find(p.companyId); it != owed.end())
            it->second.atRisk = true;
    for (const auto& [companyId, kind] : store::RecoveryRepository(m_ws.db()).clientsInLegalRecovery())
        if (auto it = owed.find(companyId); it != owed.end())
            it->second.atRisk = true;
    std::map<qint64, Money> limits;
    for (const store::LimitState& l : alerts.limitStates(data.asOf))
        limits[l.companyId] = l.limit;

    const auto labels = aging.clientLabels();
    for (const auto& [id, o] : owed) {
        if (!o.exposure.isPositive())
            continue;
        if (o.atRisk)
            data.atRisk += o.exposure;
        const auto limit = limits.find(id);
        if (limit != limits.end()) {
            data.limits += limit->second;
            data.limitedExposure += o.exposure;
        }
        const auto label = labels.find(id);
        data.topExposures.push_back({id, label == labels.end() ? QString() : label->second.siren,
                                     label == labels.end() ? QString() : label->second.name, o.exposure, o.overdue,
                                     limit == limits.end() ? std::nullopt : std::optional<Money>(limit->second)});
    }
    const std::size_t top = std::min(kTopExposures, data.topExposures.size());
    std::partial_sort(data.topExposures.begin(), data.topExposures.begin() + static_cast<std::ptrdiff_t>(top),
                      data.topExposures.end(),
                      [](const TopExposure& a, const TopExposure& b) { return a.exposure > b.exposure; });
    data.topExposures.resize(top);
}

DashboardData DashboardService::load(Date asOf, const std::atomic<bool>* cancel)
{
    DashboardData data;
    data.asOf = asOf;
    KpiService kpis(m_ws);
    // The twelve month ends end on the day itself: one read of the ledger for both.
    data.history = kpis.history(asOf, kHistoryMonths);
    data.kpis = data.history.back();
    data.targets = kpis.targets();
    const AgedBalanceView aged = AgingService(m_ws).agedBalance(asOf, receivables::AgingBasis::DueDate, {});
    data.agingLabels = aged.labels;
    data.agingTotal = aged.total;
    if (cancelled(cancel))
        return data;
    addExposures(data);
    data.alerts = AlertService(m_ws).alerts(asOf);
    if (cancelled(cancel))
        return data;
    AnalyticsService analytics(m_ws);
    for (const AbcClient& c : analytics.abc(asOf, AbcBasis::Outstanding)) {
        const auto i = static_cast<std::size_t>(c.row.abc);
        ++data.abc.clients[i];
        data.abc.outstanding[i] += c.row.value;
    }
    data.forecast = analytics.forecast(asOf, receivables::Granularity::Month, kForecastMonths);
    return data;
}

} // namespace pc::app
