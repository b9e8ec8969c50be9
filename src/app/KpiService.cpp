#include "app/KpiService.h"

#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "receivables/ReceivablesKpi.h"
#include "receivables/ReceivablesTimeline.h"
#include "store/AgingRepository.h"

namespace pc::app {

using core::Date;
using core::Money;

namespace {

constexpr int kPeriodDays = 90;
constexpr int kPeriodMonths = 3;
constexpr int kCountBackMonths = 24;

struct Balance {
    Money total;
    Money current;
};

// What the KPIs of one group are made of.
struct GroupInputs {
    Balance ending;
    Balance beginning;
    Money sales;
    std::map<Date, Money> monthSales; // by the first day of the month
};

void addOpen(Balance& b, const store::OpenOnDay& e, Date day)
{
    b.total += e.open;
    if (e.open.isPositive() && e.dueDate >= day)
        b.current += e.open;
}

// The calendar months up to `asOf`, newest first: the current one up to the day.
std::vector<receivables::MonthSales> monthsBefore(const std::map<Date, Money>& sales, Date asOf)
{
    std::vector<receivables::MonthSales> months;
    Date end = asOf;
    for (int i = 0; i < kCountBackMonths; ++i) {
        const Date start = end.startOfMonth();
        const auto it = sales.find(start);
        months.push_back({it == sales.end() ? Money() : it->second, start.daysUntil(end) + 1});
        end = start.addDays(-1);
    }
    return months;
}

PortfolioKpis kpisOf(const GroupInputs& in, Date asOf)
{
    PortfolioKpis k;
    k.asOf = asOf;
    k.periodDays = kPeriodDays;
    k.receivables = in.ending.total;
    k.current = in.ending.current;
    k.overdue = in.ending.total - in.ending.current;
    k.sales = in.sales;
    k.dso = receivables::dsoHundredths(k.receivables, k.sales, kPeriodDays);
    k.bestDso = receivables::bestPossibleDsoHundredths(k.current, k.sales, kPeriodDays);
    k.averageDaysDelinquent =
        receivables::averageDaysDelinquentHundredths(k.receivables, k.current, k.sales, kPeriodDays);
    k.countBackDso = receivables::countBackDsoHundredths(k.receivables, monthsBefore(in.monthSales, asOf));
    k.cei = receivables::collectionEffectivenessHundredths(in.beginning.total, k.sales, kPeriodMonths,
                                                           in.ending.total, in.ending.current);
    // overdue / receivables × 100: the same ratio as a DSO over "100 days".
    k.overdueShare = receivables::dsoHundredths(k.overdue, k.receivables, 100);
    return k;
}

} // namespace

std::optional<std::int64_t> gapToTarget(const std::optional<std::int64_t>& value,
                                        const std::optional<std::int64_t>& target, bool higherIsBetter)
{
    if (!value || !target)
        return std::nullopt;
    return higherIsBetter ? *target - *value : *value - *target;
}

std::map<std::string, PortfolioKpis> KpiService::compute(Date asOf, const GroupOf& groupOf)
{
    store::AgingRepository repo(m_ws.db());
    std::map<std::string, GroupInputs> groups;
    for (const store::OpenOnDay& e : repo.openOn(asOf))
        addOpen(groups[groupOf(e.companyId)].ending, e, asOf);
    const Date beginning = asOf.addDays(-kPeriodDays);
    for (const store::OpenOnDay& e : repo.openOn(beginning))
        addOpen(groups[groupOf(e.companyId)].beginning, e, beginning);
    for (const store::CompanySales& s : repo.salesByClientBetween(asOf.addDays(1 - kPeriodDays), asOf))
        groups[groupOf(s.companyId)].sales += s.sales;
    const Date firstMonth = asOf.startOfMonth().addMonths(1 - kCountBackMonths);
    for (const store::CompanySales& s : repo.salesByClientMonth(firstMonth, asOf))
        groups[groupOf(s.companyId)].monthSales[s.month] += s.sales;

    std::map<std::string, PortfolioKpis> kpis;
    for (const auto& [key, inputs] : groups)
        kpis.emplace(key, kpisOf(inputs, asOf));
    return kpis;
}

namespace {

// The portfolio on `day` from the ledger summed by day.
PortfolioKpis kpisFrom(const receivables::LedgerTimeline& timeline, Date day)
{
    GroupInputs in;
    const auto balance = [&](Date d) {
        const receivables::BalanceOnDay b = receivables::balanceOn(timeline, d);
        return Balance{b.total, b.current};
    };
    in.ending = balance(day);
    in.beginning = balance(day.addDays(-kPeriodDays));
    in.sales = receivables::salesBetween(timeline, day.addDays(1 - kPeriodDays), day);
    Date end = day;
    for (int i = 0; i < kCountBackMonths; ++i) {
        const Date start = end.startOfMonth();
        in.monthSales[start] = receivables::salesBetween(timeline, start, end);
        end = start.addDays(-1);
    }
    return kpisOf(in, day);
}

// The first day whose sales a KPI of `day` reads: the count-back's oldest month.
Date firstSalesDay(Date day)
{
    return day.startOfMonth().addMonths(1 - kCountBackMonths);
}

} // namespace

PortfolioKpis KpiService::portfolio(Date asOf)
{
    return kpisFrom(store::AgingRepository(m_ws.db()).timeline(firstSalesDay(asOf), asOf), asOf);
}

std::map<std::string, PortfolioKpis> KpiService::byGroup(Date asOf, KpiDimension dimension)
{
    const auto labels = store::AgingRepository(m_ws.db()).clientLabels();
    return compute(asOf, [&](qint64 companyId) {
        const auto it = labels.find(companyId);
        if (it == labels.end())
            return std::string();
        return (dimension == KpiDimension::SalesRep ? it->second.salesRep : it->second.segment).toStdString();
    });
}

std::vector<PortfolioKpis> KpiService::history(Date asOf, int months)
{
    // One read of the ledger for every month end, not one per month.
    std::vector<Date> days;
    for (int i = months - 1; i > 0; --i)
        days.push_back(asOf.startOfMonth().addMonths(-i).endOfMonth());
    days.push_back(asOf);
    const receivables::LedgerTimeline timeline =
        store::AgingRepository(m_ws.db()).timeline(firstSalesDay(days.front()), asOf);
    std::vector<PortfolioKpis> series;
    for (const Date day : days)
        series.push_back(kpisFrom(timeline, day));
    return series;
}

KpiTargets KpiService::targets()
{
    const ImpactPolicy policy = SharedSettings(m_ws).impactPolicy();
    return {policy.targetDso, policy.targetOverdueShare, policy.targetCei};
}

} // namespace pc::app
