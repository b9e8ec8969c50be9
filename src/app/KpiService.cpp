#include "app/KpiService.h"

#include "app/Workspace.h"
#include "receivables/ReceivablesKpi.h"
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

Balance balanceOn(store::AgingRepository& repo, Date day)
{
    Balance b;
    for (const store::OpenOnDay& e : repo.openOn(day)) {
        b.total += e.open;
        if (e.open.isPositive() && e.dueDate >= day)
            b.current += e.open;
    }
    return b;
}

// The calendar months up to `asOf`, newest first: the current one up to the day.
std::vector<receivables::MonthSales> monthsBefore(store::AgingRepository& repo, Date asOf)
{
    std::vector<receivables::MonthSales> months;
    Date end = asOf;
    for (int i = 0; i < kCountBackMonths; ++i) {
        const Date start = end.startOfMonth();
        months.push_back({repo.salesBetween(start, end), start.daysUntil(end) + 1});
        end = start.addDays(-1);
    }
    return months;
}

} // namespace

PortfolioKpis KpiService::portfolio(Date asOf)
{
    store::AgingRepository repo(m_ws.db());
    PortfolioKpis k;
    k.asOf = asOf;
    k.periodDays = kPeriodDays;
    const Balance ending = balanceOn(repo, asOf);
    const Balance beginning = balanceOn(repo, asOf.addDays(-kPeriodDays));
    k.receivables = ending.total;
    k.current = ending.current;
    k.overdue = ending.total - ending.current;
    k.sales = repo.salesBetween(asOf.addDays(1 - kPeriodDays), asOf);
    k.dso = receivables::dsoHundredths(k.receivables, k.sales, kPeriodDays);
    k.bestDso = receivables::bestPossibleDsoHundredths(k.current, k.sales, kPeriodDays);
    k.averageDaysDelinquent =
        receivables::averageDaysDelinquentHundredths(k.receivables, k.current, k.sales, kPeriodDays);
    k.countBackDso = receivables::countBackDsoHundredths(k.receivables, monthsBefore(repo, asOf));
    k.cei = receivables::collectionEffectivenessHundredths(beginning.total, k.sales, kPeriodMonths, ending.total,
                                                           ending.current);
    // overdue / receivables × 100: the same ratio as a DSO over "100 days".
    k.overdueShare = receivables::dsoHundredths(k.overdue, k.receivables, 100);
    return k;
}

} // namespace pc::app
