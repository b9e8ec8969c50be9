#include "receivables/Dispute.h"

#include "core/Rounding.h"

#include <algorithm>
#include <array>
#include <utility>

namespace pc::receivables {
namespace {

constexpr std::array<std::pair<DisputeReason, std::string_view>, 7> kReasonCodes{{
    {DisputeReason::Price, "price"},
    {DisputeReason::Quantity, "quantity"},
    {DisputeReason::Quality, "quality"},
    {DisputeReason::Delivery, "delivery"},
    {DisputeReason::BillingError, "billing_error"},
    {DisputeReason::Duplicate, "duplicate"},
    {DisputeReason::Other, "other"},
}};

constexpr std::array<std::pair<DisputeStatus, std::string_view>, 5> kStatusCodes{{
    {DisputeStatus::Open, "open"},
    {DisputeStatus::Investigating, "investigating"},
    {DisputeStatus::ResolvedCreditNote, "credit_note"},
    {DisputeStatus::ResolvedRejected, "rejected"},
    {DisputeStatus::ResolvedPartially, "partially"},
}};

template <class Enum, std::size_t N>
std::string_view codeOf(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value)
{
    for (const auto& [candidate, code] : table)
        if (candidate == value)
            return code;
    return table.back().second;
}

template <class Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view code)
{
    for (const auto& [value, text] : table)
        if (text == code)
            return value;
    return std::nullopt;
}

bool resolvedBy(const Dispute& dispute, core::Date asOf)
{
    return isResolution(dispute.status) && dispute.resolvedOn && *dispute.resolvedOn <= asOf;
}

int averageDays(std::int64_t totalDays, int count)
{
    return count == 0 ? 0 : static_cast<int>(core::divideRounded(totalDays, count, core::Rounding::HalfUp));
}

} // namespace

std::string_view toCode(DisputeReason reason)
{
    return codeOf(kReasonCodes, reason);
}

std::optional<DisputeReason> disputeReasonFromCode(std::string_view code)
{
    return valueOf(kReasonCodes, code);
}

std::string_view toCode(DisputeStatus status)
{
    return codeOf(kStatusCodes, status);
}

std::optional<DisputeStatus> disputeStatusFromCode(std::string_view code)
{
    return valueOf(kStatusCodes, code);
}

bool isResolution(DisputeStatus status)
{
    return status != DisputeStatus::Open && status != DisputeStatus::Investigating;
}

bool Dispute::activeOn(core::Date asOf) const
{
    if (openedOn > asOf)
        return false;
    // A resolution recorded with its date leaves the dispute active until that day, so
    // that replaying an earlier date sees it as it was.
    return !isResolution(status) || (resolvedOn && *resolvedOn > asOf);
}

std::map<std::int64_t, core::Money> disputedByEntry(const std::vector<Dispute>& disputes, core::Date asOf)
{
    std::map<std::int64_t, core::Money> out;
    for (const Dispute& d : disputes)
        if (d.activeOn(asOf))
            out[d.entryId] += d.amount;
    return out;
}

DisputeStats disputeStats(const std::vector<Dispute>& disputes, core::Date asOf)
{
    DisputeStats stats;
    std::int64_t activeDays = 0;
    std::int64_t resolutionDays = 0;
    for (const Dispute& d : disputes) {
        if (d.activeOn(asOf)) {
            const int age = d.openedOn.daysUntil(asOf);
            ++stats.active;
            stats.activeAmount += d.amount;
            activeDays += age;
            stats.oldestAgeDays = std::max(stats.oldestAgeDays, age);
            ++stats.activeByReason[d.reason];
        } else if (resolvedBy(d, asOf)) {
            ++stats.resolved;
            resolutionDays += d.openedOn.daysUntil(*d.resolvedOn);
        }
    }
    stats.averageAgeDays = averageDays(activeDays, stats.active);
    stats.averageResolutionDays = averageDays(resolutionDays, stats.resolved);
    return stats;
}

} // namespace pc::receivables
