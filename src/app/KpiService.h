#pragma once

#include "core/Date.h"
#include "core/Money.h"

#include <cstdint>
#include <optional>

namespace pc::app {

class Workspace;

// The portfolio's receivables KPIs on a day (RULES.md §7). Days and percentages in
// hundredths; empty when there were no sales to divide by.
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

// Stage 9 KPIs over the whole portfolio.
class KpiService {
public:
    explicit KpiService(Workspace& workspace) : m_ws(workspace) {}

    PortfolioKpis portfolio(core::Date asOf);

private:
    Workspace& m_ws;
};

} // namespace pc::app
