#include "app/PromiseService.h"

#include "app/ClientService.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "store/AuditLog.h"
#include "store/ClientRepository.h"
#include "store/Transaction.h"

#include <algorithm>
#include <map>

namespace pc::app {

using core::Error;
using core::ErrorCode;

core::Result<qint64> PromiseService::add(const PromiseInput& input)
{
    const core::Date today = m_ws.clock().today();
    if (!input.amount.isPositive())
        return Error(ErrorCode::InvalidNumber, {input.amount.toString()}).inField("amount");
    if (input.promisedFor < today)
        return Error(ErrorCode::DateTooEarly, {input.promisedFor.toIso(), today.toIso()}).inField("date");
    auto client = ClientService(m_ws).find(input.client);
    if (!client)
        return client.error().inField("client");
    std::optional<qint64> written;
    auto outcome = guardStore([&]() -> core::Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::PromiseRecord r;
        r.companyId = client->id;
        r.promise.amount = input.amount;
        r.promise.madeOn = today;
        r.promise.promisedFor = input.promisedFor;
        r.contact = input.contact;
        r.note = input.note;
        auto id = store::RecoveryRepository(m_ws.db()).addPromise(r, m_ws.stamp());
        if (!id)
            return id.error();
        written = *id;
        store::AuditEntry entry{0, m_ws.clock().now(), m_ws.actor(), QStringLiteral("promise.add"),
                                QStringLiteral("promise"), QString::number(*id), {}, nullptr,
                                {{"client", client->company.siren ? client->company.siren->str() : std::string()},
                                 {"amount_cents", input.amount.cents()},
                                 {"promised_for", input.promisedFor.toIso()}}};
        if (auto status = store::AuditLog(m_ws.db()).record(entry); !status)
            return status;
        return tx.commit();
    });
    if (!outcome)
        return outcome.error();
    emit m_ws.notifier().salesChanged(client->id);
    return *written;
}

std::vector<PromiseView> PromiseService::promises(std::optional<qint64> companyId, core::Date asOf)
{
    store::RecoveryRepository repo(m_ws.db());
    auto records = repo.promises(companyId);
    if (records.empty())
        return {};
    core::Date since = records.front().promise.madeOn;
    for (const auto& r : records)
        since = std::min(since, r.promise.madeOn);
    const auto receipts = repo.receipts(companyId, since, asOf);
    const RecoveryPolicy policy = SharedSettings(m_ws).recoveryPolicy();
    store::ClientRepository clients(m_ws.db());
    // A client's promises share its receipts, with the grace of its own scenario, as the
    // dunning plan counts them.
    std::map<qint64, std::vector<std::size_t>> byClient;
    for (std::size_t i = 0; i < records.size(); ++i)
        byClient[records[i].companyId].push_back(i);
    std::vector<receivables::PromiseStatus> statuses(records.size());
    static const std::vector<receivables::Receipt> none;
    for (const auto& [client, indexes] : byClient) {
        const auto summary = clients.summaryById(client);
        const int grace =
            policy.scenarioFor(summary ? summary->segment.toStdString() : std::string()).promiseGraceDays;
        std::vector<receivables::PaymentPromise> promises;
        for (const std::size_t i : indexes)
            promises.push_back(records[i].promise);
        const auto it = receipts.find(client);
        const auto states = receivables::promiseStatuses(promises, it == receipts.end() ? none : it->second, asOf, grace);
        for (std::size_t k = 0; k < indexes.size(); ++k)
            statuses[indexes[k]] = states[k];
    }
    std::vector<PromiseView> views;
    for (std::size_t i = 0; i < records.size(); ++i)
        views.push_back({std::move(records[i]), statuses[i]});
    return views;
}

} // namespace pc::app
