#pragma once

#include "core/Date.h"
#include "core/Money.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::receivables {

// A dispute (litige) on an invoice or part of it. While it is active its amount is left
// out of dunning and shown apart in the exposure and the aged balance.

enum class DisputeReason { Price, Quantity, Quality, Delivery, BillingError, Duplicate, Other };
// "price", "quantity", "quality", "delivery", "billing_error", "duplicate", "other".
std::string_view toCode(DisputeReason reason);
std::optional<DisputeReason> disputeReasonFromCode(std::string_view code);

// Open and investigating are active; the three resolutions close it.
enum class DisputeStatus { Open, Investigating, ResolvedCreditNote, ResolvedRejected, ResolvedPartially };
// "open", "investigating", "credit_note", "rejected", "partially".
std::string_view toCode(DisputeStatus status);
std::optional<DisputeStatus> disputeStatusFromCode(std::string_view code);
bool isResolution(DisputeStatus status);

struct Dispute {
    std::int64_t id = 0;
    std::int64_t entryId = 0; // the invoice's ledger entry
    core::Money amount;       // the part disputed, > 0
    DisputeReason reason = DisputeReason::Other;
    DisputeStatus status = DisputeStatus::Open;
    std::string owner; // who handles it
    core::Date openedOn;
    std::optional<core::Date> resolvedOn;

    // Opened on or before `asOf` and not resolved by then.
    bool activeOn(core::Date asOf) const;
};

// The amount under active dispute on each entry as of a date, capped by nothing: the
// caller caps it at what is open.
std::map<std::int64_t, core::Money> disputedByEntry(const std::vector<Dispute>& disputes, core::Date asOf);

struct DisputeStats {
    int active = 0;
    core::Money activeAmount;
    int averageAgeDays = 0;        // of the active ones, from openedOn to asOf
    int oldestAgeDays = 0;
    int resolved = 0;              // resolved on or before asOf
    int averageResolutionDays = 0; // of the resolved ones, openedOn to resolvedOn
    std::map<DisputeReason, int> activeByReason;
};

DisputeStats disputeStats(const std::vector<Dispute>& disputes, core::Date asOf);

} // namespace pc::receivables
