#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "core/Result.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::receivables {

// The aged balance (balance âgée) as of a date: what each client owes, spread into
// buckets of age. By due date, the first bucket is what is not due yet and the others
// count days past due; by invoice date, they count days since the invoice.

enum class AgingBasis { DueDate, InvoiceDate };
// "due", "invoice".
std::string_view toCode(AgingBasis basis);
std::optional<AgingBasis> agingBasisFromCode(std::string_view code);

// The upper limits of the buckets in days, ascending: {30, 60, 90} makes "not_due",
// "1-30", "31-60", "61-90", "90+" by due date, and "0-30", "31-60", "61-90", "90+" by
// invoice date.
struct AgingBuckets {
    std::vector<int> limits{30, 60, 90};

    // Errors: InvalidNumber (empty, or not a positive whole number; args {text}),
    // InvalidFormat (not ascending; args {text}).
    static core::Result<AgingBuckets> parse(std::string_view text);
    std::vector<std::string> labels(AgingBasis basis) const;
    std::size_t count(AgingBasis basis) const { return limits.size() + (basis == AgingBasis::DueDate ? 2 : 1); }
    // The bucket of an item `days` past due (or since its invoice).
    std::size_t bucketOf(int days, AgingBasis basis) const;
};

// An entry open on the day, signed like the balance: a debit positive, a credit (a
// payment or credit note not set against anything) negative.
struct AgingItem {
    std::int64_t companyId = 0;
    core::Date date;
    core::Date dueDate;
    core::Money open;
    core::Money disputed; // part of `open` under active dispute, shown apart
};

struct AgingRow {
    std::vector<core::Money> buckets; // undisputed amounts
    core::Money total;                // their sum
    core::Money disputed;             // apart from the buckets
};

struct AgedBalance {
    std::vector<std::string> labels;
    std::map<std::int64_t, AgingRow> clients;
    AgingRow total;
};

// Items dated after `asOf` are left out. A credit is aged from its own date.
AgedBalance agedBalance(const std::vector<AgingItem>& items, core::Date asOf, AgingBasis basis,
                        const AgingBuckets& buckets);

} // namespace pc::receivables
