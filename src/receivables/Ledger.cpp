#include "receivables/Ledger.h"

#include <array>
#include <unordered_map>
#include <utility>

namespace pc::receivables {
namespace {

constexpr std::array<std::pair<EntryKind, std::string_view>, 7> kKindCodes{{
    {EntryKind::Invoice, "invoice"},
    {EntryKind::CreditNote, "credit_note"},
    {EntryKind::Payment, "payment"},
    {EntryKind::Deposit, "deposit"},
    {EntryKind::Refund, "refund"},
    {EntryKind::Adjustment, "adjustment"},
    {EntryKind::Imported, "imported"},
}};

} // namespace

std::string_view toCode(EntryKind kind)
{
    for (const auto& [value, code] : kKindCodes)
        if (value == kind)
            return code;
    return "adjustment";
}

std::optional<EntryKind> entryKindFromCode(std::string_view code)
{
    for (const auto& [value, text] : kKindCodes)
        if (text == code)
            return value;
    return std::nullopt;
}

core::Money openAmount(const LedgerEntry& entry, const std::vector<Allocation>& allocations, core::Date asOf)
{
    if (entry.date > asOf)
        return {};
    core::Money open = entry.amount();
    for (const Allocation& a : allocations)
        if (a.date <= asOf && (a.debitEntryId == entry.id || a.creditEntryId == entry.id))
            open -= a.amount;
    return open;
}

int ReceivablesPosition::oldestOverdueDays(core::Date asOf) const
{
    return oldestOverdueDueDate ? oldestOverdueDueDate->daysUntil(asOf) : 0;
}

ReceivablesPosition positionOf(const std::vector<LedgerEntry>& entries, const std::vector<Allocation>& allocations,
                               core::Date asOf)
{
    std::unordered_map<std::int64_t, core::Money> allocated;
    for (const Allocation& a : allocations) {
        if (a.date > asOf)
            continue;
        allocated[a.debitEntryId] += a.amount;
        allocated[a.creditEntryId] += a.amount;
    }
    ReceivablesPosition position;
    for (const LedgerEntry& e : entries) {
        if (e.date > asOf)
            continue;
        const auto it = allocated.find(e.id);
        const core::Money open = e.amount() - (it == allocated.end() ? core::Money() : it->second);
        if (open.isZero())
            continue;
        if (!e.isDebit()) {
            (e.kind == EntryKind::Deposit ? position.openDeposits : position.unappliedCredits) += open;
            continue;
        }
        position.openDebits += open;
        const core::Date due = e.dueDate.value_or(e.date);
        if (due < asOf) {
            position.overdue += open;
            ++position.overdueItems;
            if (!position.oldestOverdueDueDate || due < *position.oldestOverdueDueDate)
                position.oldestOverdueDueDate = due;
        }
    }
    return position;
}

} // namespace pc::receivables
