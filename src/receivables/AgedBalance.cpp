#include "receivables/AgedBalance.h"

#include <charconv>

namespace pc::receivables {

using core::Error;
using core::ErrorCode;
using core::Money;

std::string_view toCode(AgingBasis basis)
{
    return basis == AgingBasis::InvoiceDate ? "invoice" : "due";
}

std::optional<AgingBasis> agingBasisFromCode(std::string_view code)
{
    if (code == "due")
        return AgingBasis::DueDate;
    if (code == "invoice")
        return AgingBasis::InvoiceDate;
    return std::nullopt;
}

core::Result<AgingBuckets> AgingBuckets::parse(std::string_view text)
{
    AgingBuckets buckets;
    buckets.limits.clear();
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string_view part = text.substr(start, comma - start);
        int days = 0;
        const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), days);
        if (part.empty() || error != std::errc() || end != part.data() + part.size() || days <= 0)
            return Error(ErrorCode::InvalidNumber, {std::string(part)});
        if (!buckets.limits.empty() && days <= buckets.limits.back())
            return Error(ErrorCode::InvalidFormat, {std::string(text)});
        buckets.limits.push_back(days);
        start = comma + 1;
    }
    if (buckets.limits.empty())
        return Error(ErrorCode::Empty, {});
    return buckets;
}

std::vector<std::string> AgingBuckets::labels(AgingBasis basis) const
{
    std::vector<std::string> labels;
    int from = 1;
    if (basis == AgingBasis::DueDate)
        labels.push_back("not_due");
    else
        from = 0;
    for (const int limit : limits) {
        labels.push_back(std::to_string(from) + "-" + std::to_string(limit));
        from = limit + 1;
    }
    labels.push_back(std::to_string(limits.back()) + "+");
    return labels;
}

std::size_t AgingBuckets::bucketOf(int days, AgingBasis basis) const
{
    // By due date the first bucket holds what is not due yet (0 days or fewer).
    const std::size_t first = basis == AgingBasis::DueDate ? 1 : 0;
    if (basis == AgingBasis::DueDate && days <= 0)
        return 0;
    for (std::size_t i = 0; i < limits.size(); ++i)
        if (days <= limits[i])
            return first + i;
    return first + limits.size();
}

namespace {

void add(AgingRow& row, std::size_t bucket, Money undisputed, Money disputed)
{
    row.buckets[bucket] += undisputed;
    row.total += undisputed;
    row.disputed += disputed;
}

} // namespace

AgedBalance agedBalance(const std::vector<AgingItem>& items, core::Date asOf, AgingBasis basis,
                        const AgingBuckets& buckets)
{
    AgedBalance balance;
    balance.labels = buckets.labels(basis);
    balance.total.buckets.assign(buckets.count(basis), Money());
    for (const AgingItem& item : items) {
        if (item.date > asOf || item.open.isZero())
            continue;
        // Credits are aged from their own date: they have no due date of their own.
        const core::Date from = basis == AgingBasis::DueDate && item.open.isPositive() ? item.dueDate : item.date;
        const int days = from.daysUntil(asOf);
        const std::size_t bucket = buckets.bucketOf(days, basis);
        AgingRow& row = balance.clients[item.companyId];
        if (row.buckets.empty())
            row.buckets.assign(buckets.count(basis), Money());
        const Money undisputed = item.open - item.disputed;
        add(row, bucket, undisputed, item.disputed);
        add(balance.total, bucket, undisputed, item.disputed);
    }
    return balance;
}

} // namespace pc::receivables
