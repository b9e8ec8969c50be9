#include "app/DisputeService.h"

#include "app/ClientService.h"
#include "app/InvoiceService.h"
#include "app/Workspace.h"
#include "store/AuditLog.h"
#include "store/LedgerRepository.h"
#include "store/Transaction.h"

namespace pc::app {

using core::Error;
using core::ErrorCode;
using core::Money;
using receivables::DisputeStatus;

namespace {

// The client's debit entry of that piece, with what is open on it on `asOf`.
std::optional<store::DunnedEntry> disputedEntry(Workspace& ws, qint64 companyId, const QString& piece, core::Date asOf)
{
    for (const store::DunnedEntry& e : store::RecoveryRepository(ws.db()).dunnedEntries(companyId, asOf))
        if (e.piece == piece.toStdString())
            return e;
    return std::nullopt;
}

Money alreadyDisputed(Workspace& ws, qint64 companyId, qint64 entryId, core::Date asOf)
{
    Money total;
    for (const store::DisputeRecord& r : store::RecoveryRepository(ws.db()).disputes(companyId))
        if (r.dispute.entryId == entryId && r.dispute.activeOn(asOf))
            total += r.dispute.amount;
    return total;
}

core::Status audit(Workspace& ws, const char* action, qint64 id, nlohmann::json details)
{
    store::AuditEntry entry{0,       ws.clock().now(), ws.actor(), QString::fromLatin1(action),
                            QStringLiteral("dispute"), QString::number(id), {}, nullptr, std::move(details)};
    return store::AuditLog(ws.db()).record(entry);
}

} // namespace

core::Result<qint64> DisputeService::open(const DisputeInput& input)
{
    const core::Date today = m_ws.clock().today();
    const core::Date openedOn = input.openedOn.value_or(today);
    if (openedOn > today)
        return Error(ErrorCode::DateTooLate, {openedOn.toIso(), today.toIso()}).inField("opened_on");
    auto client = ClientService(m_ws).find(input.client);
    if (!client)
        return client.error().inField("client");
    std::optional<qint64> written;
    auto outcome = guardStore([&]() -> core::Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        const auto entry = disputedEntry(m_ws, client->id, input.invoice, openedOn);
        if (!entry)
            return Error(ErrorCode::NotFound, {input.invoice.toStdString()}).inField("invoice");
        const Money available = entry->open - alreadyDisputed(m_ws, client->id, entry->entryId, openedOn);
        const Money amount = input.amount.value_or(available);
        if (!amount.isPositive())
            return Error(ErrorCode::InvalidNumber, {amount.toString()}).inField("amount");
        if (amount > available)
            return Error(ErrorCode::TotalMismatch, {amount.toString(), available.toString()}).inField("amount");
        store::DisputeRecord r;
        r.companyId = client->id;
        r.dispute.entryId = entry->entryId;
        r.dispute.amount = amount;
        r.dispute.reason = input.reason;
        r.dispute.owner = input.owner.empty() ? m_ws.actor().toStdString() : input.owner;
        r.dispute.openedOn = openedOn;
        r.note = input.note;
        auto id = store::RecoveryRepository(m_ws.db()).addDispute(r, m_ws.stamp());
        if (!id)
            return id.error();
        written = *id;
        if (auto status = audit(m_ws, "dispute.open", *id,
                                {{"invoice", entry->piece},
                                 {"amount_cents", amount.cents()},
                                 {"reason", std::string(toCode(input.reason))}});
            !status)
            return status;
        return tx.commit();
    });
    if (!outcome)
        return outcome.error();
    emit m_ws.notifier().salesChanged(client->id);
    return *written;
}

core::Status DisputeService::investigate(qint64 disputeId, const std::string& owner)
{
    std::optional<qint64> companyId;
    auto outcome = guardStore([&]() -> core::Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::RecoveryRepository repo(m_ws.db());
        auto r = repo.dispute(disputeId);
        if (!r)
            return Error(ErrorCode::NotFound, {std::to_string(disputeId)}).inField("dispute");
        if (isResolution(r->dispute.status))
            return Error(ErrorCode::InvalidTransition, {std::string(toCode(r->dispute.status)), "investigating"});
        r->dispute.status = DisputeStatus::Investigating;
        if (!owner.empty())
            r->dispute.owner = owner;
        if (auto status = repo.updateDispute(*r); !status)
            return status;
        if (auto status = audit(m_ws, "dispute.investigate", disputeId, {{"owner", r->dispute.owner}}); !status)
            return status;
        companyId = r->companyId;
        return tx.commit();
    });
    if (outcome && companyId)
        emit m_ws.notifier().salesChanged(*companyId);
    return outcome;
}

core::Status DisputeService::resolve(qint64 disputeId, const DisputeResolution& resolution)
{
    if (!isResolution(resolution.status))
        return Error(ErrorCode::InvalidTransition, {"open", std::string(toCode(resolution.status))}).inField("status");
    if (resolution.status == DisputeStatus::ResolvedPartially && !resolution.creditAmount)
        return Error(ErrorCode::MissingField, {"amount"}).inField("amount");
    const core::Date on = resolution.on.value_or(m_ws.clock().today());
    if (on > m_ws.clock().today())
        return Error(ErrorCode::DateTooLate, {on.toIso(), m_ws.clock().today().toIso()}).inField("date");
    std::optional<qint64> companyId;
    auto outcome = guardStore([&]() -> core::Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::RecoveryRepository repo(m_ws.db());
        auto r = repo.dispute(disputeId);
        if (!r)
            return Error(ErrorCode::NotFound, {std::to_string(disputeId)}).inField("dispute");
        if (isResolution(r->dispute.status))
            return Error(ErrorCode::InvalidTransition,
                         {std::string(toCode(r->dispute.status)), std::string(toCode(resolution.status))});
        if (on < r->dispute.openedOn)
            return Error(ErrorCode::DateTooEarly, {on.toIso(), r->dispute.openedOn.toIso()}).inField("date");
        std::optional<Money> credited;
        if (resolution.status != DisputeStatus::ResolvedRejected) {
            credited = resolution.creditAmount.value_or(r->dispute.amount);
            // A PosteClient invoice is credited by a credit note of stage 6 (the entry
            // posts it, so it is this client's); an imported one was credited in the
            // software that issued it.
            if (repo.invoiceOfEntry(r->dispute.entryId)) {
                auto note = InvoiceService(m_ws).creditNote(QString::fromStdString(r->piece), credited,
                                                            QString::fromStdString(resolution.note.empty()
                                                                                       ? "Litige " + r->piece
                                                                                       : resolution.note),
                                                            on);
                if (!note)
                    return note.error();
                const auto noteEntry = store::LedgerRepository(m_ws.db()).entryOfInvoice(note->id);
                if (noteEntry)
                    r->creditEntryId = noteEntry->id;
            }
        }
        r->dispute.status = resolution.status;
        r->dispute.resolvedOn = on;
        r->resolutionNote = resolution.note;
        if (auto status = repo.updateDispute(*r); !status)
            return status;
        if (auto status = audit(m_ws, "dispute.resolve", disputeId,
                                {{"status", std::string(toCode(resolution.status))},
                                 {"credited_cents", credited ? credited->cents() : 0},
                                 {"on", on.toIso()}});
            !status)
            return status;
        companyId = r->companyId;
        return tx.commit();
    });
    if (outcome && companyId)
        emit m_ws.notifier().salesChanged(*companyId);
    return outcome;
}

std::vector<store::DisputeRecord> DisputeService::disputes(std::optional<qint64> companyId)
{
    return store::RecoveryRepository(m_ws.db()).disputes(companyId);
}

receivables::DisputeStats DisputeService::stats(std::optional<qint64> companyId, core::Date asOf)
{
    std::vector<receivables::Dispute> all;
    for (const store::DisputeRecord& r : disputes(companyId))
        all.push_back(r.dispute);
    return receivables::disputeStats(all, asOf);
}

} // namespace pc::app
