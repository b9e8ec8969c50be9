#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "core/Rate.h"
#include "core/Result.h"
#include "receivables/PenaltyRate.h"

#include <optional>
#include <vector>

namespace pc::receivables {

// Late-payment penalties of one invoice (Code de commerce L441-10): the amount due
// incl. VAT × annual rate × days late / 365, days counted from the day after the due
// date to `asOf` included. The statutory rate (ECB + 10 points) is fixed per half-year,
// so a delay that crosses 1 January or 1 July is cut into periods, each at its rate.

struct PenaltyTerms {
    // The rate stated in the terms of sale; the statutory rate of each half-year when none.
    std::optional<core::Rate> contractualRate;
    // The fixed recovery indemnity (D441-5) is owed by professionals only.
    bool indemnityOwed = true;
};

// One stretch of the delay at one rate.
struct PenaltyPeriod {
    core::Date from; // first day counted
    core::Date to;   // last day counted
    int days = 0;
    core::Rate rate;
    core::Money penalty; // this stretch alone, rounded to the cent
};

struct InvoicePenalty {
    core::Money principal; // the amount the penalty runs on
    core::Date dueDate;
    int daysLate = 0;    // 0 when not late
    core::Rate rate;     // the rate of the last period (what a letter states)
    core::Money penalty; // exact sum over the periods, rounded once (half up)
    core::Money indemnity; // 40 € when late and owed, else 0
    std::vector<PenaltyPeriod> periods;
};

// Errors: NotFound when the rate history has no rate for a half-year of the delay
// (args {the 1 January / 1 July date as ISO}); InvalidNumber when `principal` < 0.
core::Result<InvoicePenalty> latePenalty(core::Money principal, core::Date dueDate, core::Date asOf,
                                         const std::vector<RefinancingRate>& history, const PenaltyTerms& terms);

} // namespace pc::receivables
