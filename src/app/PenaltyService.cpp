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

namespace {

std::map<std::int64_t, Money> activeDisputes(Workspace& ws, qint64 companyId, core::Date asOf)
{
    std::vector<receivables::Dispute> disputes;
    for (const store::DisputeRecord& r : store::RecoveryRepository(ws.db()).disputes(companyId))
        disputes.push_back(r.dispute);
    return receivables::disputedByEntry(disputes, asOf);
}

} // namespace

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
        const auto entries = store::RecoveryRepository(m_ws.db()).dunnedEntries(companyId, asOf);
        auto rows = rowsOf(entries, activeDisputes(m_ws, companyId, asOf), asOf);
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
