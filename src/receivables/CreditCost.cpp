#include "receivables/CreditCost.h"

#include "core/Rounding.h"

#include <algorithm>

namespace pc::receivables {

using core::Int128;
using core::Money;
using core::Rounding;

namespace {

std::optional<std::int64_t> uplift(Money costs, Money sales)
{
    if (!sales.isPositive())
        return std::nullopt;
    return core::divideRounded(static_cast<Int128>(costs.cents()) * 10'000, sales.cents(), Rounding::HalfUp);
}

Money basisPoints(Money amount, std::int64_t bp)
{
    return amount.scaled(bp, 10'000, Rounding::HalfUp);
}

Money collectionCost(const std::map<std::string, int>& actions, const CostRates& rates)
{
    Money cost;
    for (const auto& [kind, count] : actions)
        if (const auto it = rates.actionCost.find(kind); it != rates.actionCost.end())
            cost += it->second.times(count);
    return cost;
}

ClientCost costOf(const ClientCostInput& in, int days, const CostRates& rates)
{
    ClientCost c;
    c.companyId = in.companyId;
    c.sales = in.sales;
    c.averageOutstanding = Money::fromCents(core::divideRounded(in.centDays, days, Rounding::HalfUp));
    c.financing = financingCost(in.centDays, rates.financeRateBp);
    c.collection = collectionCost(in.actions, rates);
    c.expectedLoss = basisPoints(std::max(in.exposure, Money()), rates.lossBpOf(in.riskClass));
    c.margin = basisPoints(in.sales, rates.marginBp);
    c.profit = c.margin - c.costs();
    c.upliftHundredths = uplift(c.costs(), c.sales);
    return c;
}

void addInto(ClientCost& total, const ClientCost& c)
{
    total.sales += c.sales;
    total.averageOutstanding += c.averageOutstanding;
    total.financing += c.financing;
    total.collection += c.collection;
    total.expectedLoss += c.expectedLoss;
    total.margin += c.margin;
    total.profit += c.profit;
}

} // namespace

std::map<std::int64_t, std::int64_t> outstandingCentDays(const std::vector<BalanceMove>& moves, core::Date from,
                                                         core::Date to)
{
    // A move on day d weighs on every day from max(d, from) to `to`.
    std::map<std::int64_t, std::int64_t> centDays;
    for (const BalanceMove& m : moves) {
        if (m.date > to)
            continue;
        const int days = std::max(m.date, from).daysUntil(to) + 1;
        centDays[m.companyId] += m.delta.cents() * days;
    }
    return centDays;
}

std::int64_t CostRates::lossBpOf(const std::string& riskClass) const
{
    const auto it = lossBpByClass.find(riskClass);
    return it != lossBpByClass.end() ? it->second : unratedLossBp;
}

Money financingCost(std::int64_t centDays, std::int64_t rateBp)
{
    return Money::fromCents(
        core::divideRounded(static_cast<Int128>(centDays) * rateBp, Int128{10'000} * 365, Rounding::HalfUp));
}

CostReport creditCost(const std::vector<ClientCostInput>& inputs, core::Date from, core::Date to,
                      const CostRates& rates)
{
    CostReport report;
    report.days = std::max(from.daysUntil(to) + 1, 1);
    for (const ClientCostInput& in : inputs) {
        report.clients.push_back(costOf(in, report.days, rates));
        addInto(report.total, report.clients.back());
    }
    report.total.upliftHundredths = uplift(report.total.costs(), report.total.sales);
    return report;
}

} // namespace pc::receivables
