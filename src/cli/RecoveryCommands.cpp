// Stage 8 from the shell: the dunning plan and run, penalties, disputes, promises and
// legal files.

#include "app/DisputeService.h"
#include "app/DunningService.h"
#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/LegalFileService.h"
#include "app/PenaltyService.h"
#include "app/PdfWriter.h"
#include "app/PromiseService.h"
#include "app/RecoveryLetter.h"
#include "app/RecoveryLetterBuilder.h"
#include "app/RecoveryLabels.h"
#include "app/Workspace.h"
#include "cli/Cli.h"

#include <QFile>

namespace pc::cli {

using nlohmann::json;
using namespace pc::core;

namespace {

json actionJson(const app::WorklistAction& a)
{
    json invoices = json::array();
    json items = json::array();
    for (const app::DunnedItemView& i : a.items) {
        invoices.push_back(i.piece);
        items.push_back({{"invoice", i.piece},
                         {"due_date", i.dueDate.toIso()},
                         {"open_cents", i.open.cents()},
                         {"disputed_cents", i.disputed.cents()},
                         {"days_late", i.daysLate}});
    }
    const receivables::DunningStep& step = a.planned.step;
    return {{"client", a.siren},
            {"siren", a.siren},
            {"name", a.name},
            {"segment", a.segment},
            {"sales_rep", a.salesRep},
            {"scenario", a.scenarioCode},
            {"step", step.code},
            {"step_index", a.planned.stepIndex},
            {"channel", std::string(receivables::toCode(step.channel))},
            {"tone", std::string(receivables::toCode(step.tone))},
            {"template", step.templateCode},
            {"copy_sales_rep", step.copySalesRep},
            {"needs_confirmation", a.needsConfirmation},
            {"due_on", a.planned.dueOn.toIso()},
            {"invoices", invoices},
            {"items", items},
            {"amount_cents", a.planned.amount.cents()},
            {"overdue_cents", a.planned.overdue.cents()},
            {"oldest_days_late", a.planned.oldestDaysLate},
            {"escalated", a.planned.escalated},
            {"priority", a.planned.priority}};
}

json penaltyJson(const app::InvoicePenaltyRow& r)
{
    json periods = json::array();
    for (const receivables::PenaltyPeriod& p : r.penalty.periods)
        periods.push_back({{"from", p.from.toIso()},
                           {"to", p.to.toIso()},
                           {"days", p.days},
                           {"rate_bp", p.rate.basisPoints()},
                           {"penalty_cents", p.penalty.cents()}});
    return {{"invoice", r.piece},
            {"date", r.date.toIso()},
            {"due_date", r.dueDate.toIso()},
            {"amount_cents", r.amount.cents()},
            {"open_cents", r.open.cents()},
            {"disputed_cents", r.disputed.cents()},
            {"principal_cents", r.penalty.principal.cents()},
            {"days_late", r.penalty.daysLate},
            {"rate_bp", r.penalty.rate.basisPoints()},
            {"penalty_cents", r.penalty.penalty.cents()},
            {"indemnity_cents", r.penalty.indemnity.cents()},
            {"periods", periods}};
}

json disputeJson(const store::DisputeRecord& r, Date asOf)
{
    return {{"id", r.dispute.id},
            {"invoice", r.piece},
            {"amount_cents", r.dispute.amount.cents()},
            {"reason", std::string(receivables::toCode(r.dispute.reason))},
            {"status", std::string(receivables::toCode(r.dispute.status))},
            {"active", r.dispute.activeOn(asOf)},
            {"owner", r.dispute.owner},
            {"opened_on", r.dispute.openedOn.toIso()},
            {"resolved_on", r.dispute.resolvedOn ? json(r.dispute.resolvedOn->toIso()) : json(nullptr)},
            {"note", r.note},
            {"resolution_note", r.resolutionNote}};
}

json actionRecordJson(const store::ActionRecord& a)
{
    json invoices = json::array();
    for (const store::ActionItem& i : a.items)
        invoices.push_back(i.piece);
    return {{"id", a.id},
            {"date", a.plannedOn.toIso()},
            {"step", a.stepCode},
            {"channel", a.channel},
            {"status", a.status},
            {"outcome", a.outcome},
            {"note", a.note},
            {"next_action_on", a.nextActionOn ? json(a.nextActionOn->toIso()) : json(nullptr)},
            {"amount_cents", a.amount.cents()},
            {"invoices", invoices},
            {"document", a.document}};
}

json legalJson(const app::LegalFileView& v)
{
    json deadlines = json::array();
    for (const receivables::LegalDeadline& d : v.deadlines)
        deadlines.push_back({{"code", d.code}, {"date", d.date.toIso()}, {"basis", d.basis}});
    const store::LegalFileRecord& r = v.record;
    return {{"id", r.id},
            {"siren", v.siren},
            {"name", v.name},
            {"kind", std::string(receivables::toCode(r.kind))},
            {"status", r.status},
            {"opened_on", r.openedOn.toIso()},
            {"principal_cents", r.principal.cents()},
            {"penalties_cents", r.penalties.cents()},
            {"indemnity_cents", r.indemnity.cents()},
            {"court", r.court},
            {"counterpart", r.counterpart},
            {"document", r.document},
            {"deadlines", deadlines}};
}

} // namespace

Result<std::optional<qint64>> Cli::optionalClient(int index)
{
    const QString key = m_args.word(index).isEmpty() ? m_args.option(QStringLiteral("client")) : m_args.word(index);
    if (key.isEmpty())
        return std::optional<qint64>();
    auto file = findClient(key);
    if (!file)
        return file.error();
    return std::optional<qint64>(file->id);
}

// -- dunning -------------------------------------------------------------------------------

int Cli::runDunning()
{
    const QString sub = m_args.word(1);
    if (sub == QLatin1String("plan"))
        return runDunningPlan();
    if (sub == QLatin1String("run"))
        return runDunningRun();
    if (sub == QLatin1String("history"))
        return runDunningHistory();
    if (sub == QLatin1String("call"))
        return runDunningCall();
    if (sub == QLatin1String("letter"))
        return runDunningLetter();
    return failUsage(tr("dunning attend plan, run, history, call ou letter"));
}

int Cli::runDunningPlan()
{
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    auto client = optionalClient(2);
    if (!client)
        return fail(client.error());
    const Date asOf = m_ws->clock().today();
    const app::DunningPlanView plan = app::DunningService(*m_ws).plan(asOf, *client);
    if (m_args.json) {
        json actions = json::array();
        for (const app::WorklistAction& a : plan.actions)
            actions.push_back(actionJson(a));
        json held = json::array();
        for (const app::HeldClient& h : plan.held)
            held.push_back({{"siren", h.siren},
                            {"name", h.name},
                            {"reason", h.hold.reason},
                            {"until", h.hold.until ? json(h.hold.until->toIso()) : json(nullptr)}});
        printJson({{"as_of", asOf.toIso()}, {"actions", actions}, {"held", held}});
        return kExitOk;
    }
    m_out << tr("Relances dues au %1 : %n action(s)", nullptr, static_cast<int>(plan.actions.size()))
                 .arg(app::Labels::date(asOf))
          << '\n';
    for (const app::WorklistAction& a : plan.actions) {
        QStringList pieces;
        for (const app::DunnedItemView& i : a.items)
            pieces << QString::fromStdString(i.piece);
        m_out << "  " << QString::fromStdString(a.siren) << ' ' << padded(QString::fromStdString(a.name), 28) << ' '
              << padded(app::RecoveryLabels::step(a.planned.step), 22) << ' '
              << padded(app::RecoveryLabels::channel(a.planned.step.channel), 20) << ' '
              << padded(app::Labels::money(a.planned.amount), 14) << ' ' << pieces.join(QLatin1Char(',')) << '\n';
    }
    for (const app::HeldClient& h : plan.held)
        m_out << "  " << QString::fromStdString(h.siren) << ' ' << padded(QString::fromStdString(h.name), 28) << ' '
              << app::RecoveryLabels::holdReason(h.hold) << '\n';
    return kExitOk;
}

int Cli::runDunningRun()
{
    const QString out = m_args.option(QStringLiteral("out"));
    if (out.isEmpty())
        return failUsage(tr("dunning run attend --out DOSSIER"));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const Date asOf = m_ws->clock().today();
    const bool automaticOnly = m_args.options.contains(QStringLiteral("automatic-only"));
    auto report = app::DunningService(*m_ws).run(asOf, out, automaticOnly);
    if (!report)
        return fail(report.error());
    if (m_args.json) {
        json done = json::array();
        for (const app::DoneAction& d : report->done) {
            json documents = json::array();
            for (const QString& path : d.documents)
                documents.push_back(path.toStdString());
            done.push_back({{"action_id", d.actionId},
                            {"siren", d.siren},
                            {"step", d.stepCode},
                            {"channel", d.channel},
                            {"amount_cents", d.amount.cents()},
                            {"task", d.task},
                            {"documents", documents}});
        }
        printJson({{"as_of", asOf.toIso()},
                   {"actions", done},
                   {"recorded", report->done.size()},
                   {"waiting_confirmation", report->waitingConfirmation}});
        return kExitOk;
    }
    int documents = 0;
    for (const app::DoneAction& d : report->done)
        documents += static_cast<int>(d.documents.size());
    m_out << tr("%n relance(s) enregistrée(s), %1 document(s) écrit(s) dans %2", nullptr,
                static_cast<int>(report->done.size()))
                 .arg(documents)
                 .arg(out)
          << '\n';
    if (report->waitingConfirmation > 0)
        m_out << tr("%n action(s) attendent une confirmation", nullptr, report->waitingConfirmation) << '\n';
    return kExitOk;
}

int Cli::runDunningHistory()
{
    if (m_args.word(2).isEmpty())
        return failUsage(tr("dunning history attend un client"));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    auto client = optionalClient(2);
    if (!client)
        return fail(client.error());
    const auto actions = app::DunningService(*m_ws).history(**client);
    if (m_args.json) {
        json list = json::array();
        for (const store::ActionRecord& a : actions)
            list.push_back(actionRecordJson(a));
        printJson({{"actions", list}});
        return kExitOk;
    }
    for (const store::ActionRecord& a : actions)
        m_out << app::Labels::date(a.plannedOn) << ' ' << padded(QString::fromStdString(a.stepCode), 16) << ' '
              << padded(QString::fromStdString(a.channel), 18) << ' ' << padded(QString::fromStdString(a.status), 6)
              << ' ' << app::Labels::money(a.amount) << ' ' << QString::fromStdString(a.note) << '\n';
    return kExitOk;
}

int Cli::runDunningCall()
{
    if (m_args.word(2).isEmpty())
        return failUsage(tr("dunning call attend un client et --outcome"));
    const auto outcome = app::callOutcomeFromCode(m_args.option(QStringLiteral("outcome")).toStdString());
    if (!outcome)
        return fail(Error(ErrorCode::UnknownValue, {m_args.option(QStringLiteral("outcome")).toStdString()})
                        .inField("--outcome"));
    auto next = dateOption(QStringLiteral("next"));
    if (!next)
        return fail(next.error());
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    auto client = optionalClient(2);
    if (!client)
        return fail(client.error());
    auto id = app::DunningService(*m_ws).noteCall(**client, *outcome, m_args.option(QStringLiteral("note")).toStdString(),
                                                  *next);
    if (!id)
        return fail(id.error());
    if (m_args.json)
        printJson({{"action_id", *id}});
    else
        m_out << tr("Appel noté (n° %1)").arg(*id) << '\n';
    return kExitOk;
}

int Cli::runDunningLetter()
{
    const QString code = m_args.option(QStringLiteral("template"));
    const QString out = m_args.option(QStringLiteral("out"));
    if (m_args.word(2).isEmpty() || code.isEmpty() || out.isEmpty())
        return failUsage(tr("dunning letter attend un client, --template MODELE et --out FICHIER"));
    if (!app::DocumentTemplates::codes().contains(code))
        return fail(Error(ErrorCode::UnknownValue, {code.toStdString()}).inField("--template"));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    auto client = optionalClient(2);
    if (!client)
        return fail(client.error());
    const Date asOf = m_ws->clock().today();
    auto letter = app::RecoveryLetterBuilder(*m_ws).build(**client, code.toStdString(), asOf, {});
    if (!letter)
        return fail(letter.error());
    auto rendered = app::renderLetter(
        *letter, app::DocumentTemplates(*m_ws).effective(code, QString::fromStdString(letter->language)));
    if (!rendered)
        return fail(rendered.error());
    if (out.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)) {
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(rendered->html.toUtf8()) < 0)
            return fail(Error(ErrorCode::IoError, {out.toStdString()}).inField("--out"));
    } else if (auto written = app::writePdf(rendered->html, out, rendered->subject); !written) {
        return fail(written.error());
    }
    if (m_args.json)
        printJson({{"document", out.toStdString()},
                   {"subject", rendered->subject.toStdString()},
                   {"overdue_cents", letter->totalOverdue.cents()},
                   {"penalties_cents", letter->totalPenalties.cents()},
                   {"indemnity_cents", letter->totalIndemnities.cents()},
                   {"total_cents", letter->totalClaimed.cents()}});
    else
        m_out << tr("%1 écrit dans %2").arg(rendered->subject, out) << '\n';
    return kExitOk;
}

// -- penalties ------------------------------------------------------------------------------

int Cli::runPenalties()
{
    if (m_args.word(1).isEmpty())
        return failUsage(tr("penalties attend un client"));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const Date asOf = m_ws->clock().today();
    auto result = app::PenaltyService(*m_ws).penalties(m_args.word(1), asOf);
    if (!result)
        return fail(result.error());
    if (m_args.json) {
        json invoices = json::array();
        for (const app::InvoicePenaltyRow& r : result->invoices)
            invoices.push_back(penaltyJson(r));
        printJson({{"siren", result->siren},
                   {"name", result->name},
                   {"as_of", asOf.toIso()},
                   {"invoices", invoices},
                   {"principal_cents", result->principal.cents()},
                   {"penalty_cents", result->penalties.cents()},
                   {"indemnity_cents", result->indemnities.cents()},
                   {"total_cents", (result->principal + result->penalties + result->indemnities).cents()}});
        return kExitOk;
    }
    m_out << tr("Pénalités de retard de %1 au %2").arg(QString::fromStdString(result->name), app::Labels::date(asOf))
          << '\n';
    for (const app::InvoicePenaltyRow& r : result->invoices)
        m_out << "  " << padded(QString::fromStdString(r.piece), 14) << ' ' << app::Labels::date(r.dueDate) << ' '
              << tr("%n jour(s)", nullptr, r.penalty.daysLate).leftJustified(12) << ' '
              << padded(QString::fromStdString(r.penalty.rate.toString()) + QStringLiteral(" %"), 9) << ' '
              << padded(app::Labels::money(r.penalty.penalty), 12) << ' ' << app::Labels::money(r.penalty.indemnity)
              << '\n';
    m_out << tr("Principal %1, pénalités %2, indemnités %3")
                 .arg(app::Labels::money(result->principal), app::Labels::money(result->penalties),
                      app::Labels::money(result->indemnities))
          << '\n';
    return kExitOk;
}

// -- disputes -------------------------------------------------------------------------------

int Cli::runDispute()
{
    const QString sub = m_args.word(1);
    if (sub == QLatin1String("add"))
        return runDisputeAdd();
    if (sub == QLatin1String("resolve"))
        return runDisputeResolve(false);
    if (sub == QLatin1String("investigate"))
        return runDisputeResolve(true);
    if (sub == QLatin1String("list"))
        return runDisputeList();
    return failUsage(tr("dispute attend add, investigate, resolve ou list"));
}

int Cli::runDisputeAdd()
{
    app::DisputeInput input;
    input.client = m_args.word(2);
    input.invoice = m_args.word(3).isEmpty() ? m_args.option(QStringLiteral("invoice")) : m_args.word(3);
    if (input.client.isEmpty() || input.invoice.isEmpty())
        return failUsage(tr("dispute add attend un client et une facture"));
    if (const QString amount = m_args.option(QStringLiteral("amount")); !amount.isEmpty()) {
        auto parsed = Money::parse(amount.toStdString());
        if (!parsed)
            return fail(parsed.error().inField("--amount"));
        input.amount = *parsed;
    }
    if (const QString reason = m_args.option(QStringLiteral("reason")); !reason.isEmpty()) {
        const auto code = receivables::disputeReasonFromCode(reason.toStdString());
        if (!code)
            return fail(Error(ErrorCode::UnknownValue, {reason.toStdString()}).inField("--reason"));
        input.reason = *code;
    }
    input.owner = m_args.option(QStringLiteral("owner")).toStdString();
    input.note = m_args.option(QStringLiteral("note")).toStdString();
    auto on = dateOption(QStringLiteral("date"));
    if (!on)
        return fail(on.error());
    input.openedOn = *on;
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    auto id = app::DisputeService(*m_ws).open(input);
    if (!id)
        return fail(id.error());
    if (m_args.json)
        printJson({{"dispute_id", *id}, {"id", *id}});
    else
        m_out << tr("Litige n° %1 ouvert sur %2").arg(*id).arg(input.invoice) << '\n';
    return kExitOk;
}

int Cli::runDisputeResolve(bool investigate)
{
    bool ok = false;
    const qint64 id = m_args.word(2).toLongLong(&ok);
    if (!ok)
        return failUsage(tr("dispute %1 attend le numéro du litige").arg(m_args.word(1)));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    app::DisputeService service(*m_ws);
    if (investigate) {
        if (auto status = service.investigate(id, m_args.option(QStringLiteral("owner")).toStdString()); !status)
            return fail(status.error());
        m_out << tr("Litige n° %1 en cours d'analyse").arg(id) << '\n';
        return kExitOk;
    }
    QString code = m_args.option(QStringLiteral("resolution"));
    if (code.isEmpty())
        code = m_args.option(QStringLiteral("status"));
    if (code.isEmpty())
        code = m_args.word(3);
    const auto status = receivables::disputeStatusFromCode(code.toStdString());
    if (!status || !receivables::isResolution(*status))
        return fail(Error(ErrorCode::UnknownValue, {code.toStdString()}).inField("--resolution"));
    app::DisputeResolution resolution;
    resolution.status = *status;
    resolution.note = m_args.option(QStringLiteral("note")).toStdString();
    if (const QString amount = m_args.option(QStringLiteral("amount")); !amount.isEmpty()) {
        auto parsed = Money::parse(amount.toStdString());
        if (!parsed)
            return fail(parsed.error().inField("--amount"));
        resolution.creditAmount = *parsed;
    }
    auto on = dateOption(QStringLiteral("date"));
    if (!on)
        return fail(on.error());
    resolution.on = *on;
    if (auto done = service.resolve(id, resolution); !done)
        return fail(done.error());
    if (m_args.json)
        printJson({{"id", id}, {"status", std::string(receivables::toCode(*status))}});
    else
        m_out << tr("Litige n° %1 résolu : %2").arg(id).arg(app::RecoveryLabels::disputeStatus(*status)) << '\n';
    return kExitOk;
}

int Cli::runDisputeList()
{
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    auto client = optionalClient(2);
    if (!client)
        return fail(client.error());
    const Date asOf = m_ws->clock().today();
    app::DisputeService service(*m_ws);
    const auto disputes = service.disputes(*client);
    const receivables::DisputeStats stats = service.stats(*client, asOf);
    if (m_args.json) {
        json list = json::array();
        for (const store::DisputeRecord& r : disputes)
            list.push_back(disputeJson(r, asOf));
        printJson({{"as_of", asOf.toIso()},
                   {"disputes", list},
                   {"active", stats.active},
                   {"active_cents", stats.activeAmount.cents()},
                   {"average_age_days", stats.averageAgeDays},
                   {"average_resolution_days", stats.averageResolutionDays}});
        return kExitOk;
    }
    for (const store::DisputeRecord& r : disputes)
        m_out << r.dispute.id << ' ' << padded(QString::fromStdString(r.piece), 14) << ' '
              << padded(app::Labels::money(r.dispute.amount), 14) << ' '
              << padded(app::RecoveryLabels::disputeReason(r.dispute.reason), 22) << ' '
              << app::RecoveryLabels::disputeStatus(r.dispute.status) << '\n';
    m_out << tr("%n litige(s) actif(s), %1 ; ancienneté moyenne %2 j ; résolution moyenne %3 j", nullptr, stats.active)
                 .arg(app::Labels::money(stats.activeAmount))
                 .arg(stats.averageAgeDays)
                 .arg(stats.averageResolutionDays)
          << '\n';
    return kExitOk;
}

// -- promises -------------------------------------------------------------------------------

int Cli::runPromise()
{
    const QString sub = m_args.word(1);
    if (sub == QLatin1String("add"))
        return runPromiseAdd();
    if (sub == QLatin1String("list"))
        return runPromiseList();
    return failUsage(tr("promise attend add ou list"));
}

int Cli::runPromiseAdd()
{
    app::PromiseInput input;
    input.client = m_args.word(2);
    auto amount = Money::parse(m_args.option(QStringLiteral("amount")).toStdString());
    auto date = dateOption(QStringLiteral("date"));
    if (input.client.isEmpty() || m_args.option(QStringLiteral("date")).isEmpty())
        return failUsage(tr("promise add attend un client, --amount et --date"));
    if (!amount)
        return fail(amount.error().inField("--amount"));
    if (!date)
        return fail(date.error());
    input.amount = *amount;
    input.promisedFor = **date;
    input.contact = m_args.option(QStringLiteral("contact")).toStdString();
    input.note = m_args.option(QStringLiteral("note")).toStdString();
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    auto id = app::PromiseService(*m_ws).add(input);
    if (!id)
        return fail(id.error());
    if (m_args.json)
        printJson({{"promise_id", *id}, {"id", *id}});
    else
        m_out << tr("Promesse n° %1 : %2 pour le %3")
                     .arg(*id)
                     .arg(app::Labels::money(input.amount), app::Labels::date(input.promisedFor))
              << '\n';
    return kExitOk;
}

int Cli::runPromiseList()
{
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    auto client = optionalClient(2);
    if (!client)
        return fail(client.error());
    const Date asOf = m_ws->clock().today();
    const auto promises = app::PromiseService(*m_ws).promises(*client, asOf);
    if (m_args.json) {
        json list = json::array();
        for (const app::PromiseView& p : promises)
            list.push_back({{"id", p.record.promise.id},
                            {"amount_cents", p.record.promise.amount.cents()},
                            {"made_on", p.record.promise.madeOn.toIso()},
                            {"promised_for", p.record.promise.promisedFor.toIso()},
                            {"state", std::string(receivables::toCode(p.status.state))},
                            {"received_cents", p.status.received.cents()},
                            {"contact", p.record.contact},
                            {"note", p.record.note}});
        printJson({{"as_of", asOf.toIso()}, {"promises", list}});
        return kExitOk;
    }
    for (const app::PromiseView& p : promises)
        m_out << p.record.promise.id << ' ' << app::Labels::date(p.record.promise.promisedFor) << ' '
              << padded(app::Labels::money(p.record.promise.amount), 14) << ' '
              << app::RecoveryLabels::promiseState(p.status.state) << '\n';
    return kExitOk;
}

// -- legal files ----------------------------------------------------------------------------

int Cli::runLegal()
{
    const QString sub = m_args.word(1);
    if (sub == QLatin1String("injonction"))
        return runLegalInjonction();
    if (sub == QLatin1String("agency"))
        return runLegalAgency();
    if (sub == QLatin1String("attachment") || sub == QLatin1String("claim"))
        return runLegalOpen(sub);
    if (sub == QLatin1String("update"))
        return runLegalUpdate();
    if (sub == QLatin1String("list"))
        return runLegalList();
    return failUsage(tr("legal attend injonction, agency, attachment, claim, update ou list"));
}

int Cli::runLegalInjonction()
{
    const QString out = m_args.option(QStringLiteral("out"));
    if (m_args.word(2).isEmpty() || out.isEmpty())
        return failUsage(tr("legal injonction attend un client et --out FICHIER"));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    auto file = app::LegalFileService(*m_ws).prepareInjonction(m_args.word(2), m_ws->clock().today(), out);
    if (!file)
        return fail(file.error());
    if (m_args.json) {
        printJson({{"legal_file_id", file->fileId},
                   {"document", file->document.toStdString()},
                   {"court", file->court.label},
                   {"cerfa", file->court.cerfa},
                   {"principal_cents", file->principal.cents()},
                   {"penalties_cents", file->penalties.cents()},
                   {"indemnity_cents", file->indemnity.cents()},
                   {"total_cents", (file->principal + file->penalties + file->indemnity).cents()}});
        return kExitOk;
    }
    m_out << tr("Requête en injonction de payer écrite dans %1 (%2, Cerfa n° %3) : principal %4, pénalités %5, "
                "indemnités %6")
                 .arg(file->document, QString::fromStdString(file->court.label),
                      QString::fromStdString(file->court.cerfa), app::Labels::money(file->principal),
                      app::Labels::money(file->penalties), app::Labels::money(file->indemnity))
          << '\n';
    return kExitOk;
}

int Cli::runLegalAgency()
{
    const QString out = m_args.option(QStringLiteral("out"));
    const QString agency = m_args.option(QStringLiteral("agency"));
    if (m_args.word(2).isEmpty() || out.isEmpty() || agency.isEmpty())
        return failUsage(tr("legal agency attend un client, --agency NOM et --out FICHIER"));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    auto file = app::LegalFileService(*m_ws).handOverToAgency(m_args.word(2), agency.toStdString(),
                                                              m_ws->clock().today(), out);
    if (!file)
        return fail(file.error());
    if (m_args.json)
        printJson({{"legal_file_id", file->fileId}, {"document", file->document.toStdString()}});
    else
        m_out << tr("Dossier confié à %1, écrit dans %2").arg(agency, file->document) << '\n';
    return kExitOk;
}

int Cli::runLegalOpen(const QString& kind)
{
    if (m_args.word(2).isEmpty())
        return failUsage(tr("legal %1 attend un client").arg(kind));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const auto fileKind = kind == QLatin1String("claim") ? receivables::LegalFileKind::ClaimDeclaration
                                                         : receivables::LegalFileKind::ProtectiveAttachment;
    auto id = app::LegalFileService(*m_ws).openFile(m_args.word(2), fileKind, m_ws->clock().today(),
                                                    m_args.option(QStringLiteral("note")).toStdString());
    if (!id)
        return fail(id.error());
    if (m_args.json)
        printJson({{"legal_file_id", *id}});
    else
        m_out << tr("Dossier n° %1 ouvert").arg(*id) << '\n';
    return kExitOk;
}

int Cli::runLegalUpdate()
{
    bool ok = false;
    const qint64 id = m_args.word(2).toLongLong(&ok);
    if (!ok || m_args.option(QStringLiteral("status")).isEmpty())
        return failUsage(tr("legal update attend le numéro du dossier et --status"));
    receivables::LegalDates dates;
    for (const auto& [name, target] : {std::pair{QStringLiteral("order-date"), &dates.orderOn},
                                       std::pair{QStringLiteral("served-on"), &dates.servedOn},
                                       std::pair{QStringLiteral("published-on"), &dates.publishedOn}}) {
        auto date = dateOption(name);
        if (!date)
            return fail(date.error());
        *target = *date;
    }
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    if (auto status = app::LegalFileService(*m_ws).update(id, m_args.option(QStringLiteral("status")).toStdString(),
                                                          dates, m_args.option(QStringLiteral("note")).toStdString());
        !status)
        return fail(status.error());
    m_out << tr("Dossier n° %1 mis à jour").arg(id) << '\n';
    return kExitOk;
}

int Cli::runLegalList()
{
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    auto client = optionalClient(2);
    if (!client)
        return fail(client.error());
    app::LegalFileService service(*m_ws);
    const auto files = service.files(*client);
    const auto warnings = service.prescriptionWarnings(m_ws->clock().today(), *client);
    if (m_args.json) {
        json list = json::array();
        for (const app::LegalFileView& v : files)
            list.push_back(legalJson(v));
        json near = json::array();
        for (const app::PrescriptionWarning& w : warnings)
            near.push_back({{"siren", w.siren},
                            {"invoice", w.piece},
                            {"due_date", w.dueDate.toIso()},
                            {"prescribed_on", w.prescribedOn.toIso()},
                            {"open_cents", w.open.cents()}});
        printJson({{"files", list}, {"prescription_warnings", near}});
        return kExitOk;
    }
    for (const app::LegalFileView& v : files)
        m_out << v.record.id << ' ' << QString::fromStdString(v.siren) << ' '
              << padded(QString::fromStdString(v.name), 28) << ' '
              << padded(app::RecoveryLabels::legalKind(v.record.kind), 26) << ' '
              << padded(QString::fromStdString(v.record.status), 9) << ' '
              << app::Labels::money(v.record.principal + v.record.penalties + v.record.indemnity) << '\n';
    for (const app::PrescriptionWarning& w : warnings)
        m_out << tr("attention : la facture %1 de %2 sera prescrite le %3")
                     .arg(QString::fromStdString(w.piece), QString::fromStdString(w.name),
                          app::Labels::date(w.prescribedOn))
              << '\n';
    return kExitOk;
}

} // namespace pc::cli
