#include "receivables/Provisions.h"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

namespace pc::receivables {

using core::Error;
using core::ErrorCode;
using core::Money;
using core::Rate;

namespace {

constexpr std::int64_t kWhole = 10000; // 100 % in basis points

constexpr std::array<std::pair<DoubtfulReason, std::string_view>, 5> kReasonCodes{{
    {DoubtfulReason::Age, "age"},
    {DoubtfulReason::Proceedings, "proceedings"},
    {DoubtfulReason::LegalAction, "legal_action"},
    {DoubtfulReason::Dispute, "dispute"},
    {DoubtfulReason::Manual, "manual"},
}};

core::Status checkRate(Rate rate, const std::string& field)
{
    if (auto status = checkProvisionRate(rate); !status)
        return status.error().inField(field);
    return {};
}

// Keeps the cause with the highest rate; on a tie the one found first stays.
void consider(std::optional<DoubtfulCause>& best, DoubtfulCause candidate)
{
    if (!best || candidate.rate > best->rate)
        best = std::move(candidate);
}

std::optional<DoubtfulCause> ruleCause(const ProvisionItem& item, const ProvisionRules& rules, int daysPastDue)
{
    std::optional<DoubtfulCause> best;
    for (const AgeRule& rule : rules.ageRules)
        if (daysPastDue >= rule.daysPastDue)
            consider(best, {DoubtfulReason::Age, std::to_string(rule.daysPastDue), rule.rate});
    if (item.proceedings != core::Proceedings::None) {
        const bool liquidation = item.proceedings == core::Proceedings::Liquidation;
        consider(best, {DoubtfulReason::Proceedings, std::string(core::toCode(item.proceedings)),
                        liquidation ? rules.liquidationRate : rules.proceedingsRate});
    }
    if (item.legalAction)
        consider(best, {DoubtfulReason::LegalAction, std::string(toCode(*item.legalAction)), rules.legalActionRate});
    if (rules.disputeRate && item.disputed.isPositive())
        consider(best, {DoubtfulReason::Dispute, item.disputed.toString(), *rules.disputeRate});
    return best;
}

JournalEntry entryOf(ProvisionEntryKind kind, const EntryRef& ref, std::vector<JournalLine> lines)
{
    return {kind, {}, ref.date, ref.entryId, ref.piece, std::move(lines)};
}

JournalLine debit(std::string_view account, Money amount, std::string auxiliary = {})
{
    return {std::string(account), std::move(auxiliary), amount, Money()};
}

JournalLine credit(std::string_view account, Money amount, std::string auxiliary = {})
{
    return {std::string(account), std::move(auxiliary), Money(), amount};
}

} // namespace

std::string_view toCode(DoubtfulReason reason)
{
    for (const auto& [value, code] : kReasonCodes)
        if (value == reason)
            return code;
    return "manual";
}

std::optional<DoubtfulReason> doubtfulReasonFromCode(std::string_view code)
{
    for (const auto& [value, text] : kReasonCodes)
        if (text == code)
            return value;
    return std::nullopt;
}

core::Status checkProvisionRate(Rate rate)
{
    if (rate.basisPoints() < 0 || rate.basisPoints() > kWhole)
        return Error(ErrorCode::InvalidNumber, {rate.toString()});
    return {};
}

core::Status ProvisionRules::validate() const
{
    std::set<int> days;
    for (std::size_t i = 0; i < ageRules.size(); ++i) {
        const std::string field = "age_rules[" + std::to_string(i) + "]";
        if (ageRules[i].daysPastDue <= 0)
            return Error(ErrorCode::InvalidNumber, {std::to_string(ageRules[i].daysPastDue)}).inField(field + ".days");
        if (!days.insert(ageRules[i].daysPastDue).second)
            return Error(ErrorCode::DuplicateKey, {std::to_string(ageRules[i].daysPastDue)}).inField(field + ".days");
        if (auto status = checkRate(ageRules[i].rate, field + ".rate"); !status)
            return status;
    }
    const std::array<std::pair<Rate, const char*>, 4> rates{{{liquidationRate, "liquidation_rate"},
                                                             {proceedingsRate, "proceedings_rate"},
                                                             {legalActionRate, "legal_action_rate"},
                                                             {defaultVatRate, "default_vat_rate"}}};
    for (const auto& [rate, field] : rates)
        if (auto status = checkRate(rate, field); !status)
            return status;
    if (disputeRate)
        return checkRate(*disputeRate, "dispute_rate");
    return {};
}

VatSplit splitOpen(const ProvisionItem& item, Rate defaultVat)
{
    Money net;
    if (item.invoiceNet && item.invoiceVat && (*item.invoiceNet + *item.invoiceVat).isPositive())
        net = item.open.scaled(item.invoiceNet->cents(), (*item.invoiceNet + *item.invoiceVat).cents(),
                               core::Rounding::HalfUp);
    else
        net = item.open.scaled(kWhole, kWhole + defaultVat.basisPoints(), core::Rounding::HalfUp);
    return {net, item.open - net};
}

ProvisionProposal proposeProvision(const ProvisionItem& item, const ProvisionRules& rules, core::Date asOf)
{
    ProvisionProposal p;
    p.entryId = item.entryId;
    p.companyId = item.companyId;
    p.daysPastDue = std::max(0, item.dueDate.daysUntil(asOf));
    p.open = item.open;
    p.booked = item.booked;
    const VatSplit split = splitOpen(item, rules.defaultVatRate);
    p.base = split.net;
    p.vat = split.vat;
    if (item.open.isPositive()) {
        const std::optional<DoubtfulCause> byRule = ruleCause(item, rules, p.daysPastDue);
        // The user's rate is a judgement on this receivable: it replaces the rules, and
        // a positive one is evidence enough to make it doubtful.
        p.cause = item.overrideRate ? std::optional(DoubtfulCause{DoubtfulReason::Manual, {}, *item.overrideRate})
                                    : byRule;
        p.doubtful = byRule || (item.overrideRate && item.overrideRate->basisPoints() > 0);
    }
    // Once in 416 a receivable stays there until it is settled or written off.
    p.doubtful = p.doubtful || item.classified;
    p.transfer = p.doubtful && !item.classified && item.open.isPositive();
    if (p.doubtful && p.cause) {
        p.rate = p.cause->rate;
        p.target = std::min(p.base.percent(p.rate, core::Rounding::HalfUp), p.base);
    }
    return p;
}

std::string_view toCode(ProvisionEntryKind kind)
{
    switch (kind) {
    case ProvisionEntryKind::Transfer:
        return "transfer";
    case ProvisionEntryKind::Dotation:
        return "dotation";
    case ProvisionEntryKind::Reversal:
        return "reversal";
    case ProvisionEntryKind::WriteOff:
        return "write_off";
    }
    return "dotation";
}

Money JournalEntry::totalDebit() const
{
    Money total;
    for (const JournalLine& line : lines)
        total += line.debit;
    return total;
}

Money JournalEntry::totalCredit() const
{
    Money total;
    for (const JournalLine& line : lines)
        total += line.credit;
    return total;
}

JournalEntry transferEntry(const EntryRef& ref, Money gross)
{
    return entryOf(ProvisionEntryKind::Transfer, ref,
                   {debit(accounts::kDoubtful, gross, ref.clientAccount),
                    credit(accounts::kClients, gross, ref.clientAccount)});
}

JournalEntry dotationEntry(const EntryRef& ref, Money amount)
{
    return entryOf(ProvisionEntryKind::Dotation, ref,
                   {debit(accounts::kDotation, amount), credit(accounts::kImpairment, amount)});
}

JournalEntry reversalEntry(const EntryRef& ref, Money amount)
{
    return entryOf(ProvisionEntryKind::Reversal, ref,
                   {debit(accounts::kImpairment, amount), credit(accounts::kReversal, amount)});
}

JournalEntry writeOffEntry(const EntryRef& ref, VatSplit amounts, bool fromDoubtful)
{
    std::vector<JournalLine> lines{debit(accounts::kLoss, amounts.net)};
    if (!amounts.vat.isZero())
        lines.push_back(debit(accounts::kVatCollected, amounts.vat));
    lines.push_back(credit(fromDoubtful ? accounts::kDoubtful : accounts::kClients, amounts.net + amounts.vat,
                           ref.clientAccount));
    return entryOf(ProvisionEntryKind::WriteOff, ref, std::move(lines));
}

} // namespace pc::receivables
