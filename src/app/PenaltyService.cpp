#include "app/PenaltyService.h"

#include "app/ClientService.h"
#include "app/ReferenceTables.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "store/ClientRepository.h"

#include <algorithm>

namespace pc::app {

using core::Error;
using core::ErrorCode;
using core::Money;

std::vector<store::DunnedEntry> PenaltyService::owedEntries(qint64 companyId, core::Date asOf,
                                                            const std::map<std::int64_t, Money>& disputed)
{
    store::RecoveryRepository repo(m_ws.db());
    std::vector<store::DunnedEntry> entries = repo.dunnedEntries(companyId, asOf);
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.entryId < b.entryId;
    });
    const auto credits = repo.unappliedCredits(companyId, asOf);
    Money credit = credits.count(companyId) ? credits.at(companyId) : Money();
    for (store::DunnedEntry& e : entries) {
        const auto it = disputed.find(e.entryId);
        const Money undisputed = e.open - (it == disputed.end() ? Money() : std::min(it->second, e.open));
        const Money used = std::min(credit, undisputed);
        e.open -= used;
        credit -= used;
    }
    std::erase_if(entries, [](const store::DunnedEntry& e) { return !e.open.isPositive(); });
    return entries;
}

core::Result<std::vector<InvoicePenaltyRow>> PenaltyService::rowsOf(const std::vector<store::DunnedEntry>& entries,
                                                                    const std::map<std::int64_t, Money>& disputed,
                                                                    core::Date asOf)
{
    receivables::PenaltyTerms terms;
    terms.contractualRate = SharedSettings(m_ws).seller().penaltyRate;
    std::vector<InvoicePenaltyRow> rows;
    for (const store::DunnedEntry& e : entries) {
        if (e.dueDate >= asOf)
            continue;
        InvoicePenaltyRow row{e.entryId, e.piece, e.date, e.dueDate, e.amount, e.open, {}, {}};
        if (const auto it = disputed.find(e.entryId); it != disputed.end())
            row.disputed = std::min(it->second, e.open);
        const Money principal = e.open - row.disputed;
        if (!principal.isPositive())
            continue;
        auto penalty = receivables::latePenalty(principal, e.dueDate, asOf, reference::refinancingRates(), terms);
        if (!penalty)
            return penalty.error().inField("rate");
        row.penalty = *penalty;
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.entryId < b.entryId;
    });
    return rows;
}

core::Result<ClientPenalties> PenaltyService::penaltiesOf(qint64 companyId, core::Date asOf)
{
    return guardStore([&]() -> core::Result<ClientPenalties> {
        const auto client = store::ClientRepository(m_ws.db()).summaryById(companyId);
        if (!client)
            return Error(ErrorCode::NotFound, {std::to_string(companyId)}).inField("client");
        const auto disputed = store::RecoveryRepository(m_ws.db()).disputedOn(companyId, asOf);
        auto rows = rowsOf(owedEntries(companyId, asOf, disputed), disputed, asOf);
        if (!rows)
            return rows.error();
        ClientPenalties result;
        result.companyId = companyId;
        result.siren = client->siren.toStdString();
        result.name = client->name.toStdString();
        result.asOf = asOf;
        result.invoices = std::move(*rows);
        for (const InvoicePenaltyRow& r : result.invoices) {
            result.principal += r.penalty.principal;
            result.penalties += r.penalty.penalty;
            result.indemnities += r.penalty.indemnity;
        }
        return result;
    });
}

core::Result<ClientPenalties> PenaltyService::penalties(const QString& client, core::Date asOf)
{
    auto file = ClientService(m_ws).find(client);
    if (!file)
        return file.error().inField("client");
    return penaltiesOf(file->id, asOf);
}

} // namespace pc::app
