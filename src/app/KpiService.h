#pragma once

#include "core/Date.h"
#include "core/Money.h"

#include <QtGlobal>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pc::app {

class Workspace;

// The receivables KPIs of a set of clients on a day (RULES.md §7). Days and
// percentages in hundredths; empty when there was nothing to divide by.
struct PortfolioKpis {
    core::Date asOf;
    int periodDays = 90;
    core::Money receivables; // open debits less credits set against nothing
    core::Money current;     // not yet due
    core::Money overdue;     // past due
    core::Money sales;       // invoices less credit notes of the period
    std::optional<std::int64_t> dso;
    std::optional<std::int64_t> bestDso;
    std::optional<std::int64_t> averageDaysDelinquent;
    std::optional<std::int64_t> countBackDso; // over the calendar months up to the day
    std::optional<std::int64_t> cei;          // over the period, as three months
    std::optional<std::int64_t> overdueShare; // overdue / receivables
};

// What the team aims at, in hundredths (settings kpi.target.*); unset: no target.
struct KpiTargets {
    std::optional<std::int64_t> dso;
    std::optional<std::int64_t> overdueShare;
    std::optional<std::int64_t> cei;
};

// The gap to a target, signed so that positive is worse (DSO and overdue share above
// their target, CEI below it).
std::optional<std::int64_t> gapToTarget(const std::optional<std::int64_t>& value,
                                        const std::optional<std::int64_t>& target, bool higherIsBetter);

// How the KPIs are split: the sales rep or the segment of the client's account.
enum class KpiDimension { SalesRep, Segment };

// Stage 9 KPIs over the whole portfolio, per group of clients, and month by month.
class KpiService {
public:
    explicit KpiService(Workspace& workspace) : m_ws(workspace) {}

    PortfolioKpis portfolio(core::Date asOf);
    // One set per sales rep (or segment); clients without one under "".
    std::map<std::string, PortfolioKpis> byGroup(core::Date asOf, KpiDimension dimension);
    // The portfolio at the end of each of the `months` calendar months up to `asOf`,
    // oldest first; the last one is `asOf` itself.
    std::vector<PortfolioKpis> history(core::Date asOf, int months);
    // From the shared settings (kpi.target_*).
    KpiTargets targets();

private:
    using GroupOf = std::function<std::string(qint64 companyId)>;
    std::map<std::string, PortfolioKpis> compute(core::Date asOf, const GroupOf& groupOf);

    Workspace& m_ws;
};

} // namespace pc::app
