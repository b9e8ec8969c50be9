#include "app/DunningService.h"

#include "app/ClientService.h"
#include "app/PdfWriter.h"
#include "app/RecoveryLetter.h"
#include "app/RecoveryLetterBuilder.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "store/AuditLog.h"
#include "store/ClientRepository.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace pc::app {

using core::Date;
using core::Error;
using core::ErrorCode;
using core::Money;
using receivables::DunningChannel;

std::string_view toCode(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Reached:
        return "reached";
    case CallOutcome::NoAnswer:
        return "no_answer";
    case CallOutcome::Promise:
        return "promise";
    case CallOutcome::Dispute:
        return "dispute";
    case CallOutcome::WrongContact:
        return "wrong_contact";
    case CallOutcome::Refused:
        return "refused";
    }
    return "reached";
}

std::optional<CallOutcome> callOutcomeFromCode(std::string_view code)
{
    for (CallOutcome o : {CallOutcome::Reached, CallOutcome::NoAnswer, CallOutcome::Promise, CallOutcome::Dispute,
                          CallOutcome::WrongContact, CallOutcome::Refused})
        if (toCode(o) == code)
            return o;
    return std::nullopt;
}

namespace {

// Everything the plan reads, once for every client.
struct PlanInputs {
    std::map<qint64, std::vector<store::DunnedEntry>> entries;
    std::map<qint64, Money> unapplied;
    std::map<qint64, std::vector<receivables::Dispute>> disputes;
    std::map<qint64, std::vector<receivables::PaymentPromise>> promises;
    std::map<qint64, std::vector<receivables::Receipt>> receipts;
    std::map<qint64, std::map<std::string, int>> lastStep;
    std::map<qint64, Date> lastActionOn;
    std::map<qint64, receivables::LegalFileKind> legal;
    std::set<qint64> proceedings;
};

PlanInputs readInputs(store::RecoveryRepository& repo, std::optional<qint64> companyId, Date asOf)
{
    PlanInputs in;
    for (store::DunnedEntry& e : repo.dunnedEntries(companyId, asOf))
        in.entries[e.companyId].push_back(std::move(e));
    in.unapplied = repo.unappliedCredits(companyId, asOf);
    for (const store::DisputeRecord& r : repo.disputes(companyId))
        in.disputes[r.companyId].push_back(r.dispute);
    std::optional<Date> since;
    for (const store::PromiseRecord& r : repo.promises(companyId)) {
        in.promises[r.companyId].push_back(r.promise);
        since = since ? std::min(*since, r.promise.madeOn) : r.promise.madeOn;
    }
    if (since)
        in.receipts = repo.receipts(companyId, *since, asOf);
    in.lastStep = repo.lastStepDone(companyId, asOf);
    in.lastActionOn = repo.lastActionOn(companyId, asOf);
    in.legal = repo.clientsInLegalRecovery();
    in.proceedings = repo.clientsInProceedings();
    return in;
}

template <class T>
const std::vector<T>& listOf(const std::map<qint64, std::vector<T>>& map, qint64 key)
{
    static const std::vector<T> none;
    const auto it = map.find(key);
    return it == map.end() ? none : it->second;
}

// The client's items, with unapplied payments counted against the oldest due: a
// payment not yet lettered still stops the reminders it answers.
std::vector<receivables::DunningItem> itemsOf(const PlanInputs& in, qint64 companyId, const std::string& scenario,
                                             Date asOf)
{
    std::vector<receivables::DunningItem> items;
    const auto disputed = receivables::disputedByEntry(listOf(in.disputes, companyId), asOf);
    for (const store::DunnedEntry& e : listOf(in.entries, companyId)) {
        receivables::DunningItem item{e.entryId, e.piece, e.date, e.dueDate, e.open, {}, -1};
        if (const auto it = disputed.find(e.entryId); it != disputed.end())
            item.disputed = std::min(it->second, e.open);
        if (const auto it = in.lastStep.find(e.entryId); it != in.lastStep.end())
            if (const auto step = it->second.find(scenario); step != it->second.end())
                item.lastStepDone = step->second;
        items.push_back(item);
    }
    std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
        return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.entryId < b.entryId;
    });
    Money credit;
    if (const auto it = in.unapplied.find(companyId); it != in.unapplied.end())
        credit = it->second;
    for (receivables::DunningItem& item : items) {
        const Money used = std::min(credit, item.dunnable());
        item.open -= used;
        credit -= used;
    }
    return items;
}

receivables::DunningClient clientOf(const PlanInputs& in, qint64 companyId, const receivables::DunningScenario& scenario,
                                    Date asOf)
{
    receivables::DunningClient client;
    client.companyId = companyId;
    client.items = itemsOf(in, companyId, scenario.code, asOf);
    client.promises = receivables::promiseStatuses(listOf(in.promises, companyId), listOf(in.receipts, companyId),
                                                   asOf, scenario.promiseGraceDays);
    if (const auto it = in.lastActionOn.find(companyId); it != in.lastActionOn.end())
        client.lastActionOn = it->second;
    client.paused = in.legal.count(companyId) > 0 || in.proceedings.count(companyId) > 0;
    return client;
}

WorklistAction worklistAction(const receivables::PlannedAction& planned, const receivables::DunningClient& client,
                              const receivables::DunningScenario& scenario, const store::ClientSummary& summary,
                              const RecoveryPolicy& policy, Date asOf)
{
    WorklistAction a;
    a.planned = planned;
    a.scenarioCode = scenario.code;
    a.companyId = client.companyId;
    a.siren = summary.siren.toStdString();
    a.name = summary.name.toStdString();
    a.segment = summary.segment.toStdString();
    a.salesRep = summary.salesRep.toStdString();
    a.needsConfirmation = policy.needsConfirmation(planned.step);
    for (const std::int64_t id : planned.entryIds)
        for (const receivables::DunningItem& item : client.items)
            if (item.entryId == id)
                a.items.push_back({id, item.piece, item.dueDate, item.open, item.disputed,
                                   std::max(0, item.dueDate.daysUntil(asOf))});
    return a;
}

QString fileStem(const QString& outDir, const WorklistAction& a, Date asOf, qint64 actionId)
{
    return QDir(outDir).filePath(QStringLiteral("%1_%2_%3_%4")
                                     .arg(QString::fromStdString(asOf.toIso()), QString::fromStdString(a.siren),
                                          QString::fromStdString(a.planned.step.code))
                                     .arg(actionId));
}

core::Status writeBytes(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::IoError, {path.toStdString()});
    return {};
}

} // namespace

DunningPlanView DunningService::plan(Date asOf, std::optional<qint64> companyId)
{
    DunningPlanView view;
    view.asOf = asOf;
    store::RecoveryRepository repo(m_ws.db());
    store::ClientRepository clients(m_ws.db());
    const RecoveryPolicy policy = SharedSettings(m_ws).recoveryPolicy();
    const PlanInputs in = readInputs(repo, companyId, asOf);
    for (const auto& [id, entries] : in.entries) {
        const auto summary = clients.summaryById(id);
        if (!summary)
            continue;
        const receivables::DunningScenario& scenario = policy.scenarioFor(summary->segment.toStdString());
        const receivables::DunningClient client = clientOf(in, id, scenario, asOf);
        const receivables::ClientDunning decision = receivables::planClient(scenario, client, asOf);
        if (decision.action)
            view.actions.push_back(worklistAction(*decision.action, client, scenario, *summary, policy, asOf));
        else if (decision.hold && decision.hold->reason != "nothing_due")
            view.held.push_back({*decision.hold, summary->siren.toStdString(), summary->name.toStdString()});
        if (decision.nextStepOn)
            view.nextStepOn[id] = *decision.nextStepOn;
    }
    std::stable_sort(view.actions.begin(), view.actions.end(), [](const auto& a, const auto& b) {
        return a.planned.priority != b.planned.priority ? a.planned.priority > b.planned.priority
                                                        : a.companyId < b.companyId;
    });
    return view;
}

core::Result<DoneAction> DunningService::write(const WorklistAction& a, Date asOf, const QString& outDir,
                                               std::vector<QString>& written)
{
    store::RecoveryRepository repo(m_ws.db());
    const receivables::DunningStep& step = a.planned.step;
    const bool task = step.channel == DunningChannel::Call || step.channel == DunningChannel::Handover;
    store::ActionRecord record;
    record.companyId = a.companyId;
    record.scenarioCode = a.scenarioCode;
    record.stepCode = step.code;
    record.stepIndex = a.planned.stepIndex;
    record.channel = std::string(toCode(step.channel));
    record.status = task ? "todo" : "done";
    record.plannedOn = asOf;
    if (!task)
        record.doneOn = asOf;
    record.amount = a.planned.amount;
    for (const DunnedItemView& item : a.items)
        record.items.push_back({item.entryId, item.open - item.disputed, item.piece});
    auto id = repo.addAction(record, m_ws.stamp());
    if (!id)
        return id.error();
    DoneAction done{*id, a.companyId, a.siren, step.code, record.channel, a.planned.amount, {}, task};
    if (step.templateCode.empty() || outDir.isEmpty())
        return done;

    const std::set<qint64> only(a.planned.entryIds.begin(), a.planned.entryIds.end());
    auto letter = RecoveryLetterBuilder(m_ws).build(a.companyId, step.templateCode, asOf,
                                                    "R" + std::to_string(*id), only);
    if (!letter)
        return letter.error();
    DocumentTemplates templates(m_ws);
    auto rendered = renderLetter(*letter, templates.effective(QString::fromStdString(step.templateCode),
                                                               QString::fromStdString(letter->language)));
    if (!rendered)
        return rendered.error();
    const QString stem = fileStem(outDir, a, asOf, *id);
    const QString pdfPath = stem + QStringLiteral(".pdf");
    if (auto status = writePdf(rendered->html, pdfPath, rendered->subject); !status)
        return status.error();
    written.push_back(pdfPath);
    done.documents << pdfPath;
    if (step.channel == DunningChannel::Email) {
        QFile pdf(pdfPath);
        if (!pdf.open(QIODevice::ReadOnly))
            return Error(ErrorCode::IoError, {pdfPath.toStdString()});
        const QString emlPath = stem + QStringLiteral(".eml");
        const QByteArray eml =
            emlMessage(QString(), QString::fromStdString(letter->debtor.email), {}, *rendered, pdf.readAll(),
                       QFileInfo(pdfPath).fileName(), asOf);
        if (auto status = writeBytes(emlPath, eml); !status)
            return status.error();
        written.push_back(emlPath);
        done.documents << emlPath;
    }
    if (auto status = repo.setActionDocument(*id, pdfPath.toStdString()); !status)
        return status.error();
    return done;
}

core::Result<DunningRunReport> DunningService::run(Date asOf, const QString& outDir, bool automaticOnly,
                                                   const std::function<bool(int, int)>& progress)
{
    if (!outDir.isEmpty() && !QDir().mkpath(outDir))
        return Error(ErrorCode::IoError, {outDir.toStdString()}).inField("out");
    DunningRunReport report;
    report.asOf = asOf;
    std::vector<QString> written;
    auto outcome = guardStore([&]() -> core::Status {
        const DunningPlanView view = plan(asOf);
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        const int total = static_cast<int>(view.actions.size());
        for (int i = 0; i < total; ++i) {
            const WorklistAction& a = view.actions[static_cast<std::size_t>(i)];
            if (progress && !progress(i, total))
                return Error(ErrorCode::Cancelled, {});
            if (automaticOnly && (a.needsConfirmation || !receivables::producesDocument(a.planned.step.channel))) {
                ++report.waitingConfirmation;
                continue;
            }
            auto done = write(a, asOf, outDir, written);
            if (!done)
                return done.error().inField(a.siren);
            report.done.push_back(std::move(*done));
        }
        store::AuditEntry entry{0, m_ws.clock().now(), m_ws.actor(), QStringLiteral("dunning.run"),
                                QStringLiteral("dunning"), QString::fromStdString(asOf.toIso()), {}, nullptr,
                                {{"actions", report.done.size()}, {"automatic_only", automaticOnly}}};
        if (auto status = store::AuditLog(m_ws.db()).record(entry); !status)
            return status;
        return tx.commit();
    });
    if (!outcome) {
        for (const QString& path : written)
            QFile::remove(path);
        return outcome.error();
    }
    emit m_ws.notifier().ledgerChanged();
    return report;
}

core::Result<DoneAction> DunningService::carryOut(const WorklistAction& action, Date asOf, const QString& outDir)
{
    if (!QDir().mkpath(outDir))
        return Error(ErrorCode::IoError, {outDir.toStdString()}).inField("out");
    std::vector<QString> written;
    std::optional<DoneAction> done;
    auto outcome = guardStore([&]() -> core::Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        auto result = write(action, asOf, outDir, written);
        if (!result)
            return result.error();
        done = std::move(*result);
        return tx.commit();
    });
    if (!outcome) {
        for (const QString& path : written)
            QFile::remove(path);
        return outcome.error();
    }
    emit m_ws.notifier().salesChanged(action.companyId);
    return *done;
}

core::Status DunningService::completeTask(qint64 actionId, CallOutcome outcome, const std::string& note,
                                          std::optional<Date> nextActionOn)
{
    std::optional<qint64> companyId;
    auto status = guardStore([&]() -> core::Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::RecoveryRepository repo(m_ws.db());
        const auto action = repo.action(actionId);
        if (!action)
            return Error(ErrorCode::NotFound, {std::to_string(actionId)}).inField("action");
        if (action->status != "todo")
            return Error(ErrorCode::InvalidTransition, {action->status, "done"});
        if (auto s = repo.completeAction(actionId, "done", m_ws.clock().today(), std::string(toCode(outcome)), note,
                                         nextActionOn);
            !s)
            return s;
        companyId = action->companyId;
        return tx.commit();
    });
    if (status && companyId)
        emit m_ws.notifier().salesChanged(*companyId);
    return status;
}

core::Result<qint64> DunningService::noteCall(qint64 companyId, CallOutcome outcome, const std::string& note,
                                              std::optional<Date> nextActionOn)
{
    std::optional<qint64> written;
    auto status = guardStore([&]() -> core::Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        if (!store::ClientRepository(m_ws.db()).summaryById(companyId))
            return Error(ErrorCode::NotFound, {std::to_string(companyId)}).inField("client");
        store::ActionRecord record;
        record.companyId = companyId;
        record.stepCode = "note";
        record.stepIndex = -1;
        record.channel = "call";
        record.status = "done";
        record.plannedOn = m_ws.clock().today();
        record.doneOn = record.plannedOn;
        record.outcome = std::string(toCode(outcome));
        record.note = note;
        record.nextActionOn = nextActionOn;
        auto id = store::RecoveryRepository(m_ws.db()).addAction(record, m_ws.stamp());
        if (!id)
            return id.error();
        written = *id;
        return tx.commit();
    });
    if (!status)
        return status.error();
    emit m_ws.notifier().salesChanged(companyId);
    return *written;
}

std::vector<store::ActionRecord> DunningService::history(qint64 companyId)
{
    return store::RecoveryRepository(m_ws.db()).actions(companyId);
}

std::vector<store::ActionRecord> DunningService::openTasks(Date asOf)
{
    return store::RecoveryRepository(m_ws.db()).openTasks(asOf);
}

} // namespace pc::app
