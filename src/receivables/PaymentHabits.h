#pragma once

#include "core/Date.h"
#include "core/Money.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

namespace pc::receivables {

// Stage 9: how each client really pays, read from the settled part of its invoices.
// Days are kept in hundredths (12.5 days = 1250), weighted by the amounts settled, from
// integer cents: a large invoice paid late weighs more than a small one paid on time.

// Part of an invoice (or an imported debit) settled by a payment on a day.
struct Settlement {
    std::int64_t companyId = 0;
    std::int64_t invoiceEntryId = 0; // the parts of one invoice count as one invoice observed
    core::Date invoiceDate;
    core::Date dueDate;
    core::Date paidOn;
    core::Money amount; // positive
};

enum class Confidence { Low, Medium, High };
// "low", "medium", "high".
std::string_view toCode(Confidence confidence);
// One level down, Low staying Low: a forecast already missed is less sure.
Confidence lowered(Confidence confidence);

struct HabitThresholds {
    int highMinInvoices = 6;
    std::int64_t highMaxDeviation = 1'000; // hundredths of a day
    int mediumMinInvoices = 3;

    Confidence confidenceOf(int invoices, std::int64_t deviation) const;
};

struct PaymentHabit {
    int invoices = 0;     // distinct invoices observed
    core::Money settled;  // the weight of the averages
    std::int64_t daysToPay = 0; // from the invoice date, hundredths
    std::int64_t daysLate = 0;  // payment date − due date, negative when paid early, hundredths
    std::int64_t deviation = 0; // mean absolute deviation of the days late, hundredths
    Confidence confidence = Confidence::Low;
    bool fromPortfolio = false; // no history of its own: the portfolio's habit stands in

    // Days late rounded to whole days (half away from zero): what a forecast adds to a due date.
    int wholeDaysLate() const;
};

struct HabitsReport {
    std::map<std::int64_t, PaymentHabit> clients;
    PaymentHabit portfolio; // every settlement of every client

    // The client's own habit, else the portfolio's with a low confidence.
    PaymentHabit of(std::int64_t companyId) const;
};

// Settlements with a non-positive amount are ignored.
HabitsReport paymentHabits(const std::vector<Settlement>& settlements, const HabitThresholds& thresholds = {});

} // namespace pc::receivables
