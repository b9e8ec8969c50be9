#pragma once

#include "core/Date.h"
#include "core/Money.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pc::receivables {

// Stage 9: what the credit granted to each client costs (financing the outstanding,
// chasing it, losing part of it) against the margin its sales bring, and the price
// rise that would pay for it. Rates in basis points; amounts in cents, each rounded once.

// A change of a client's outstanding on a day: an invoice (+), a settlement of it (−).
struct BalanceMove {
    std::int64_t companyId = 0;
    core::Date date;
    core::Money delta;
};

// Σ over the days of [from, to] of the client's outstanding at the end of each day,
// in cent-days: the average daily outstanding × the number of days, exactly.
std::map<std::int64_t, std::int64_t> outstandingCentDays(const std::vector<BalanceMove>& moves, core::Date from,
                                                         core::Date to);

struct CostRates {
    std::int64_t financeRateBp = 450; // annual cost of financing the outstanding
    std::int64_t marginBp = 2'500;    // gross margin on sales
    // The unit cost of a dunning action by kind (its channel: "email", "letter", "call",
    // "registered_letter", "handover"); kinds absent cost nothing.
    std::map<std::string, core::Money> actionCost;
    // The expected loss on the exposure by risk class ("A"…"E"); a class absent, or no
    // class, takes `unratedLossBp`.
    std::map<std::string, std::int64_t> lossBpByClass;
    std::int64_t unratedLossBp = 300;

    std::int64_t lossBpOf(const std::string& riskClass) const;
};

struct ClientCostInput {
    std::int64_t companyId = 0;
    core::Money sales;             // excluding VAT, over the period
    std::int64_t centDays = 0;     // see outstandingCentDays()
    std::map<std::string, int> actions; // dunning actions done in the period, by kind
    core::Money exposure;          // outstanding at the end of the period
    std::string riskClass;         // "" when unrated
};

struct ClientCost {
    std::int64_t companyId = 0;
    core::Money sales;
    core::Money averageOutstanding;
    core::Money financing;
    core::Money collection;
    core::Money expectedLoss;
    core::Money margin;
    core::Money profit; // margin − financing − collection − expected loss
    // (financing + collection + expected loss) / sales, in hundredths of a percent;
    // empty without sales.
    std::optional<std::int64_t> upliftHundredths;

    core::Money costs() const { return financing + collection + expectedLoss; }
};

struct CostReport {
    int days = 0;
    std::vector<ClientCost> clients; // in the order of the inputs
    ClientCost total;                // the sum of the rows, so that they add up
};

// financing = cent-days × rate / (10 000 × 365), rounded half up once.
core::Money financingCost(std::int64_t centDays, std::int64_t rateBp);

// [from, to] counts both ends.
CostReport creditCost(const std::vector<ClientCostInput>& inputs, core::Date from, core::Date to,
                      const CostRates& rates);

} // namespace pc::receivables
