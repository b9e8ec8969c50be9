#include "app/DemoRecovery.h"

#include "app/Clock.h"
#include "app/DisputeService.h"
#include "app/DunningService.h"
#include "app/LegalFileService.h"
#include "app/PenaltyService.h"
#include "app/PromiseService.h"
#include "app/Workspace.h"
#include "store/ClientRepository.h"
#include "store/RecoveryRepository.h"

#include <memory>
#include <set>

namespace pc::app {

using core::Date;
using core::Money;
using core::Status;

namespace {

constexpr int kReplayedDays = 60;
// The collector was away for the last week: its actions wait in today's worklist.
constexpr int kBacklogDays = 7;

// Runs `body` with the workspace's clock stopped on `day`.
template <class F>
auto onDay(Workspace& ws, Date day, F&& body)
{
    const std::shared_ptr<const Clock> previous = ws.sharedClock();
    ws.setClock(std::make_shared<FixedClock>(day));
    auto result = body();
    ws.setClock(previous);
    return result;
}

QString sirenOf(Workspace& ws, qint64 companyId)
{
    const auto summary = store::ClientRepository(ws.db()).summaryById(companyId);
    return summary ? summary->siren : QString();
}

// Calls handed to the collector are made the next day, with an outcome that
// depends on the client.
Status noteCalls(Workspace& ws, Date day, std::uint32_t seed)
{
    DunningService dunning(ws);
    for (const store::ActionRecord& task : dunning.openTasks(day)) {
        if (task.channel != "call" || task.plannedOn >= day)
            continue;
        const auto outcome = (task.companyId + seed) % 3 == 0 ? CallOutcome::NoAnswer : CallOutcome::Reached;
        const std::string note = outcome == CallOutcome::Reached ? "Comptabilité jointe, règlement en préparation"
                                                                 : "Message laissé au standard";
        if (auto status = onDay(ws, day, [&] { return dunning.completeTask(task.id, outcome, note, day.addDays(5)); });
            !status)
            return status;
    }
    return {};
}

// The overdue clients of today, then those of the coming month, largest first, to
// give the disputes and promises to.
std::vector<WorklistAction> overdueClients(Workspace& ws, Date today)
{
    std::vector<WorklistAction> clients;
    std::set<qint64> seen;
    for (const Date day : {today, today.addDays(30)})
        for (WorklistAction& a : DunningService(ws).plan(day).actions)
            if (a.planned.overdue.isPositive() && seen.insert(a.companyId).second)
                clients.push_back(std::move(a));
    return clients;
}

Status openDisputes(Workspace& ws, const std::vector<WorklistAction>& clients)
{
    const std::vector<receivables::DisputeReason> reasons{receivables::DisputeReason::Quality,
                                                          receivables::DisputeReason::Price};
    for (std::size_t i = 0; i < clients.size() && i < reasons.size(); ++i) {
        const WorklistAction& c = clients[clients.size() - 1 - i];
        if (c.items.empty())
            continue;
        DisputeInput input;
        input.client = QString::fromStdString(c.siren);
        input.invoice = QString::fromStdString(c.items.front().piece);
        input.amount = (c.items.front().open - c.items.front().disputed).scaled(3, 10, core::Rounding::Down);
        input.reason = reasons[i];
        input.owner = "Sophie Martin";
        input.note = i == 0 ? "Palettes livrées abîmées, photos reçues" : "Prix unitaire différent du devis";
        auto id = DisputeService(ws).open(input);
        if (!id)
            return id.error();
        if (i == 0)
            if (auto status = DisputeService(ws).investigate(*id, "Sophie Martin"); !status)
                return status;
    }
    return {};
}

// What a client owes and is past due today, as its promise states it.
Money overdueToday(Workspace& ws, qint64 companyId, Date today)
{
    const auto penalties = PenaltyService(ws).penaltiesOf(companyId, today);
    return penalties ? penalties->principal : Money();
}

// A promise pending for the next week, and one that broke last week, from clients
// late today that no dispute was given to.
Status makePromises(Workspace& ws, const std::vector<WorklistAction>& clients, Date today)
{
    std::vector<std::pair<const WorklistAction*, Money>> late;
    for (std::size_t i = 0; i + 2 < clients.size() && late.size() < 2; ++i)
        if (const Money owed = overdueToday(ws, clients[i].companyId, today); owed.isPositive())
            late.emplace_back(&clients[i], owed);
    if (late.size() < 2)
        return {};
    PromiseInput pending;
    pending.client = QString::fromStdString(late[0].first->siren);
    pending.amount = late[0].second;
    pending.promisedFor = today.addDays(6);
    pending.contact = "Service comptable";
    pending.note = "Virement annoncé après la clôture mensuelle";
    if (auto id = PromiseService(ws).add(pending); !id)
        return id.error();
    PromiseInput broken;
    broken.client = QString::fromStdString(late[1].first->siren);
    broken.amount = late[1].second;
    broken.promisedFor = today.addDays(-9);
    broken.contact = "Directeur financier";
    broken.note = "Promesse au téléphone";
    auto id = onDay(ws, today.addDays(-16), [&] { return PromiseService(ws).add(broken); });
    return id ? Status() : Status(id.error());
}

// The first client handed over who still owes something gets its injonction de
// payer prepared.
Status prepareLegalFile(Workspace& ws, Date today)
{
    for (const store::ActionRecord& task : DunningService(ws).openTasks(today)) {
        if (task.channel != "handover")
            continue;
        auto file = LegalFileService(ws).prepareInjonction(sirenOf(ws, task.companyId), today, QString());
        if (file)
            return {};
        if (file.error().code != core::ErrorCode::Empty)
            return file.error();
    }
    return {};
}

} // namespace

Status installDemoRecovery(Workspace& ws, std::uint32_t seed)
{
    const Date today = ws.clock().today();
    for (Date day = today.addDays(-kReplayedDays); day < today.addDays(-kBacklogDays); day = day.addDays(1)) {
        if (auto status = noteCalls(ws, day, seed); !status)
            return status;
        auto run = onDay(ws, day, [&] { return DunningService(ws).run(day, QString(), false); });
        if (!run)
            return run.error();
    }
    const std::vector<WorklistAction> clients = overdueClients(ws, today);
    if (auto status = openDisputes(ws, clients); !status)
        return status;
    if (auto status = makePromises(ws, clients, today); !status)
        return status;
    return prepareLegalFile(ws, today);
}

} // namespace pc::app
