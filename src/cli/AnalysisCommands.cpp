// Stage 9 from the shell: provisions, the cash-in forecast, alerts, profitability,
// ABC classes and the late payers' profile.

#include "app/AlertService.h"
#include "app/AnalyticsService.h"
#include "app/ClientService.h"
#include "app/ImpactReport.h"
#include "app/Labels.h"
#include "app/ProvisionService.h"
#include "app/Workspace.h"
#include "cli/Cli.h"
#include "cli/CliFormat.h"

namespace pc::cli {

using nlohmann::json;
using namespace pc::core;

namespace {

json proposalJson(const app::ProvisionRow& r)
{
    const receivables::ProvisionProposal& p = r.proposal;
    return {{"siren", r.party.siren},
            {"name", r.party.name},
            {"account", r.party.clientAccount},
            {"piece", r.party.piece},
            {"entry_id", r.entryId},
            {"date", r.date.toIso()},
            {"due_date", r.dueDate.toIso()},
            {"days_past_due", p.daysPastDue},
            {"doubtful", p.doubtful},
            {"to_transfer", p.transfer},
            {"reason", p.cause ? json(std::string(receivables::toCode(p.cause->reason))) : json(nullptr)},
            {"reason_parameter", p.cause ? json(p.cause->parameter) : json(nullptr)},
            // Basis points are hundredths of a percent.
            {"rate_percent", hundredthsJson(p.rate.basisPoints())},
            {"open_cents", p.open.cents()},
            {"base_cents", p.base.cents()},
            {"vat_cents", p.vat.cents()},
            {"provision_cents", p.target.cents()},
            {"booked_cents", p.booked.cents()},
            {"movement_cents", p.movement().cents()}};
}

json journalJson(const receivables::JournalEntry& e)
{
    json lines = json::array();
    for (const receivables::JournalLine& l : e.lines)
        lines.push_back({{"account", l.account},
                         {"auxiliary", l.auxiliary},
                         {"debit_cents", l.debit.cents()},
                         {"credit_cents", l.credit.cents()}});
    return {{"number", e.number},
            {"date", e.date.toIso()},
            {"kind", std::string(receivables::toCode(e.kind))},
            {"piece", e.piece},
            {"lines", lines}};
}

json periodJson(const receivables::ForecastPeriod& p)
{
    using receivables::Confidence;
    const auto at = [&](Confidence c) { return p.byConfidence[static_cast<std::size_t>(c)].cents(); };
    return {{"label", p.label},
            {"start", p.start.toIso()},
            {"end", p.end.toIso()},
            {"total_cents", p.total.cents()},
            {"high_cents", at(Confidence::High)},
            {"medium_cents", at(Confidence::Medium)},
            {"low_cents", at(Confidence::Low)}};
}

json costJson(const receivables::ClientCost& c)
{
    return {{"sales_cents", c.sales.cents()},
            {"average_outstanding_cents", c.averageOutstanding.cents()},
            {"financing_cents", c.financing.cents()},
            {"collection_cents", c.collection.cents()},
            {"expected_loss_cents", c.expectedLoss.cents()},
            {"margin_cents", c.margin.cents()},
            {"profit_cents", c.profit.cents()},
            {"uplift_percent", hundredthsJson(c.upliftHundredths)}};
}

} // namespace

int Cli::runProvisions()
{
    const QString sub = m_args.word(1);
    if (sub.isEmpty() || sub == QLatin1String("review"))
        return runProvisionsReview();
    if (sub == QLatin1String("book"))
        return runProvisionsBook();
    if (sub == QLatin1String("rate"))
        return runProvisionsRate();
    if (sub == QLatin1String("write-off"))
        return runProvisionsWriteOff();
    if (sub == QLatin1String("journal"))
        return runProvisionsJournal();
    return failUsage(tr("provisions attend review, book, rate, write-off ou journal"));
}

int Cli::runProvisionsReview()
{
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const Date asOf = m_ws->clock().today();
    auto review = app::ProvisionService(*m_ws).review(asOf);
    if (!review)
        return fail(review.error());
    if (m_args.json) {
        json items = json::array();
        for (const app::ProvisionRow& r : review->rows)
            items.push_back(proposalJson(r));
        printJson({{"as_of", asOf.toIso()},
                   {"items", items},
                   {"total",
                    {{"doubtful_cents", review->doubtfulGross.cents()},
                     {"provision_stock_cents", review->provisionStock.cents()},
                     {"dotation_cents", review->dotation.cents()},
                     {"reversal_cents", review->reversal.cents()}}}});
        return kExitOk;
    }
    m_out << tr("Créances douteuses et provisions au %1").arg(app::Labels::date(asOf)) << '\n';
    for (const app::ProvisionRow& r : review->rows) {
        const auto& p = r.proposal;
        m_out << padded(QString::fromStdString(r.party.siren), 10) << ' '
              << padded(QString::fromStdString(r.party.name), 26) << ' '
              << padded(QString::fromStdString(r.party.piece), 14) << ' ' << padded(app::Labels::money(p.open), 14)
              << ' ' << padded(tr("HT %1").arg(app::Labels::money(p.base)), 18) << ' '
              << padded(QString::fromStdString(p.rate.toString()) + QStringLiteral(" %"), 9) << ' '
              << app::Labels::money(p.target) << '\n';
    }
    m_out << tr("Douteux TTC : %1 ; provision : %2 ; dotation à passer : %3 ; reprise à passer : %4")
                 .arg(app::Labels::money(review->doubtfulGross), app::Labels::money(review->provisionStock),
                      app::Labels::money(review->dotation), app::Labels::money(review->reversal))
          << '\n';
    return kExitOk;
}

int Cli::runProvisionsBook()
{
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const Date asOf = m_ws->clock().today();
    auto booked = app::ProvisionService(*m_ws).book(asOf);
    if (!booked)
        return fail(booked.error());
    if (m_args.json) {
        printJson({{"as_of", asOf.toIso()},
                   {"classified", booked->classified},
                   {"dotations", booked->dotations},
                   {"reversals", booked->reversals},
                   {"dotation_cents", booked->dotation.cents()},
                   {"reversal_cents", booked->reversal.cents()}});
        return kExitOk;
    }
    m_out << tr("%1 créance(s) passée(s) en douteux, dotation %2, reprise %3")
                 .arg(booked->classified)
                 .arg(app::Labels::money(booked->dotation), app::Labels::money(booked->reversal))
          << '\n';
    return kExitOk;
}

int Cli::runProvisionsRate()
{
    if (m_args.words.size() != 4)
        return failUsage(tr("provisions rate attend une écriture et un taux (ou none)"));
    bool ok = false;
    const qint64 entry = m_args.word(2).toLongLong(&ok);
    if (!ok)
        return fail(Error(ErrorCode::InvalidNumber, {m_args.word(2).toStdString()}).inField("entry"));
    std::optional<Rate> rate;
    if (m_args.word(3) != QLatin1String("none")) {
        auto parsed = Rate::parsePercent(m_args.word(3).toStdString());
        if (!parsed)
            return fail(parsed.error().inField("rate"));
        rate = *parsed;
    }
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    if (auto status = app::ProvisionService(*m_ws).setInvoiceRate(entry, rate); !status)
        return fail(status.error());
    if (m_args.json)
        printJson({{"entry_id", entry},
                   {"rate_percent", rate ? hundredthsJson(rate->basisPoints()) : json(nullptr)}});
    else
        m_out << tr("Taux enregistré") << '\n';
    return kExitOk;
}

int Cli::runProvisionsWriteOff()
{
    if (m_args.words.size() != 3)
        return failUsage(tr("provisions write-off attend une écriture"));
    bool ok = false;
    const qint64 entry = m_args.word(2).toLongLong(&ok);
    if (!ok)
        return fail(Error(ErrorCode::InvalidNumber, {m_args.word(2).toStdString()}).inField("entry"));
    auto date = dateOption(QStringLiteral("date"));
    if (!date)
        return fail(date.error());
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const Date on = date->value_or(m_ws->clock().today());
    auto id = app::ProvisionService(*m_ws).writeOff(entry, on, m_args.option(QStringLiteral("reason")).toStdString());
    if (!id)
        return fail(id.error());
    if (m_args.json)
        printJson({{"write_off_id", *id}, {"entry_id", entry}, {"date", on.toIso()}});
    else
        m_out << tr("Créance passée en perte le %1").arg(app::Labels::date(on)) << '\n';
    return kExitOk;
}

int Cli::runProvisionsJournal()
{
    auto period = periodOptions([](Date last) { return last.startOfMonth().addMonths(-11); });
    if (!period)
        return fail(period.error());
    const auto [first, last] = *period;
    app::ProvisionService service(*m_ws);
    if (const QString out = m_args.option(QStringLiteral("out")); !out.isEmpty()) {
        auto written = service.exportFec(first, last, out);
        if (!written)
            return fail(written.error());
    }
    auto journal = service.journal(first, last);
    if (!journal)
        return fail(journal.error());
    if (m_args.json) {
        json entries = json::array();
        for (const receivables::JournalEntry& e : journal->entries)
            entries.push_back(journalJson(e));
        printJson({{"from", first.toIso()}, {"to", last.toIso()}, {"entries", entries}});
        return kExitOk;
    }
    for (const receivables::JournalEntry& e : journal->entries) {
        m_out << app::Labels::date(e.date) << ' ' << QString::fromStdString(e.number) << ' '
              << QString::fromStdString(e.piece) << '\n';
        for (const receivables::JournalLine& l : e.lines)
            m_out << "    " << padded(QString::fromStdString(l.account), 8) << padded(QString::fromStdString(l.auxiliary), 12)
                  << padded(l.debit.isZero() ? QString() : app::Labels::money(l.debit), 16)
                  << (l.credit.isZero() ? QString() : app::Labels::money(l.credit)) << '\n';
    }
    return kExitOk;
}

int Cli::runForecast()
{
    if (m_args.words.size() != 1)
        return failUsage(tr("forecast ne prend pas d'argument (voir --by et --horizon)"));
    const QString by = m_args.option(QStringLiteral("by"));
    const auto granularity = receivables::granularityFromCode(by.isEmpty() ? "month" : by.toStdString());
    if (!granularity)
        return fail(Error(ErrorCode::UnknownValue, {by.toStdString()}).inField("--by"));
    int horizon = *granularity == receivables::Granularity::Week ? 13 : 6;
    if (const QString h = m_args.option(QStringLiteral("horizon")); !h.isEmpty()) {
        bool ok = false;
        horizon = h.toInt(&ok);
        if (!ok || horizon < 1 || horizon > 104)
            return fail(Error(ErrorCode::InvalidNumber, {h.toStdString(), "1", "104"}).inField("--horizon"));
    }
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const Date asOf = m_ws->clock().today();
    const receivables::CashForecast f = app::AnalyticsService(*m_ws).forecast(asOf, *granularity, horizon);
    if (m_args.json) {
        json periods = json::array();
        for (const receivables::ForecastPeriod& p : f.periods)
            periods.push_back(periodJson(p));
        printJson({{"as_of", asOf.toIso()},
                   {"by", std::string(receivables::toCode(*granularity))},
                   {"periods", periods},
                   {"total_cents", f.total.cents()},
                   {"beyond_cents", f.beyond.cents()},
                   {"disputed_cents", f.disputed.cents()},
                   {"in_proceedings_cents", f.inProceedings.cents()}});
        return kExitOk;
    }
    m_out << tr("Prévision d'encaissement au %1").arg(app::Labels::date(asOf)) << '\n';
    for (const receivables::ForecastPeriod& p : f.periods)
        m_out << "  " << padded(QString::fromStdString(p.label), 10) << app::Labels::money(p.total) << '\n';
    m_out << tr("Au-delà : %1 ; en litige : %2 ; en procédure collective : %3")
                 .arg(app::Labels::money(f.beyond), app::Labels::money(f.disputed), app::Labels::money(f.inProceedings))
          << '\n';
    return kExitOk;
}

int Cli::runAlerts()
{
    if (m_args.word(1) == QLatin1String("ack"))
        return runAlertsAck();
    if (m_args.words.size() != 1)
        return failUsage(tr("alerts attend ack ou aucun argument"));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const Date asOf = m_ws->clock().today();
    const bool all = m_args.options.contains(QStringLiteral("all"));
    const auto alerts = app::AlertService(*m_ws).alerts(asOf, all);
    if (m_args.json) {
        json list = json::array();
        for (const app::AlertView& v : alerts)
            list.push_back({{"siren", v.siren.toStdString()},
                            {"name", v.name.toStdString()},
                            {"kind", std::string(receivables::toCode(v.alert.kind))},
                            {"key", v.alert.key},
                            {"severity", static_cast<int>(v.alert.severity)},
                            {"amount_cents", v.alert.amount.cents()},
                            {"since", v.alert.since ? json(v.alert.since->toIso()) : json(nullptr)},
                            {"acknowledged", v.acknowledged}});
        printJson({{"as_of", asOf.toIso()}, {"alerts", list}});
        return kExitOk;
    }
    for (const app::AlertView& v : alerts)
        m_out << padded(v.siren, 10) << ' ' << padded(v.name, 26) << ' '
              << padded(app::AlertService::kindLabel(v.alert.kind), 30) << ' ' << app::AlertService::describe(v.alert)
              << "  [" << QString::fromLatin1(receivables::toCode(v.alert.kind)) << ' '
              << QString::fromStdString(v.alert.key) << "]\n";
    if (alerts.empty())
        m_out << tr("Aucune alerte") << '\n';
    return kExitOk;
}

int Cli::runAlertsAck()
{
    if (m_args.words.size() != 5)
        return failUsage(tr("alerts ack attend un client, un type et une clé"));
    auto client = findClient(m_args.word(2));
    if (!client)
        return fail(client.error());
    const Date asOf = m_ws->clock().today();
    if (auto status = app::AlertService(*m_ws).acknowledge(client->id, m_args.word(3), m_args.word(4),
                                                          m_args.option(QStringLiteral("note")), asOf);
        !status)
        return fail(status.error());
    if (m_args.json)
        printJson({{"acknowledged", true}});
    else
        m_out << tr("Alerte prise en compte") << '\n';
    return kExitOk;
}

int Cli::runProfitability()
{
    auto period = periodOptions([](Date last) { return last.addDays(1).addMonths(-12); });
    if (!period)
        return fail(period.error());
    const auto [first, last] = *period;
    const app::ProfitabilityView view =
        app::AnalyticsService(*m_ws).profitability(first, last, app::AnalyticsSettings::load(*m_ws));
    if (m_args.json) {
        json clients = json::array();
        for (const app::ClientProfitability& c : view.clients) {
            json row = costJson(c.cost);
            row["siren"] = c.siren;
            row["name"] = c.name;
            row["risk_class"] = c.riskClass;
            clients.push_back(row);
        }
        printJson({{"from", first.toIso()}, {"to", last.toIso()}, {"clients", clients}, {"total", costJson(view.total)}});
        return kExitOk;
    }
    m_out << tr("Coût du crédit et rentabilité du %1 au %2").arg(app::Labels::date(first), app::Labels::date(last)) << '\n';
    const auto line = [&](const QString& siren, const QString& name, const receivables::ClientCost& c) {
        m_out << padded(siren, 10) << ' ' << padded(name, 26) << ' ' << padded(app::Labels::money(c.sales), 16)
              << padded(app::Labels::money(c.costs()), 14) << padded(app::Labels::money(c.profit), 16)
              << hundredthsText(c.upliftHundredths) << " %\n";
    };
    for (const app::ClientProfitability& c : view.clients)
        line(QString::fromStdString(c.siren), QString::fromStdString(c.name), c.cost);
    line(QString(), tr("Total"), view.total);
    return kExitOk;
}

int Cli::runAbc()
{
    const QString basisText = m_args.option(QStringLiteral("basis"));
    const auto basis = app::abcBasisFromCode(basisText.isEmpty() ? "outstanding" : basisText.toStdString());
    if (!basis)
        return fail(Error(ErrorCode::UnknownValue, {basisText.toStdString()}).inField("--basis"));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const Date asOf = m_ws->clock().today();
    const auto rows = app::AnalyticsService(*m_ws).abc(asOf, *basis);
    if (m_args.json) {
        json clients = json::array();
        for (const app::AbcClient& c : rows)
            clients.push_back({{"siren", c.row.siren},
                               {"name", c.name},
                               {"value_cents", c.row.value.cents()},
                               {"share_percent", hundredthsJson(c.row.share)},
                               {"cumulative_percent", hundredthsJson(c.row.cumulative)},
                               {"class", std::string(receivables::toCode(c.row.abc))}});
        printJson({{"as_of", asOf.toIso()}, {"basis", std::string(app::toCode(*basis))}, {"clients", clients}});
        return kExitOk;
    }
    for (const app::AbcClient& c : rows)
        m_out << QString::fromLatin1(receivables::toCode(c.row.abc)) << ' ' << padded(QString::fromStdString(c.row.siren), 10)
              << ' ' << padded(QString::fromStdString(c.name), 28) << ' ' << padded(app::Labels::money(c.row.value), 16)
              << hundredthsText(c.row.cumulative) << " %\n";
    return kExitOk;
}

int Cli::runProfile()
{
    const QString by = m_args.option(QStringLiteral("by"));
    const auto dimension = app::profileDimensionFromCode(by.isEmpty() ? "segment" : by.toStdString());
    if (!dimension)
        return fail(Error(ErrorCode::UnknownValue, {by.toStdString()}).inField("--by"));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const Date asOf = m_ws->clock().today();
    const auto rows = app::AnalyticsService(*m_ws).latePayerProfile(asOf, *dimension);
    if (m_args.json) {
        json groups = json::array();
        for (const receivables::ProfileRow& r : rows)
            groups.push_back({{"group", r.group},
                              {"clients", r.clients},
                              {"outstanding_cents", r.outstanding.cents()},
                              {"overdue_cents", r.overdue.cents()},
                              {"overdue_share_percent", hundredthsJson(r.overdueShare)},
                              {"days_to_pay", hundredthsJson(r.daysToPay)},
                              {"days_late", hundredthsJson(r.daysLate)}});
        printJson({{"as_of", asOf.toIso()}, {"by", std::string(app::toCode(*dimension))}, {"groups", groups}});
        return kExitOk;
    }
    for (const receivables::ProfileRow& r : rows)
        m_out << padded(r.group.empty() ? tr("(non renseigné)") : QString::fromStdString(r.group), 24) << ' '
              << padded(QString::number(r.clients), 6) << padded(app::Labels::money(r.outstanding), 16)
              << padded(hundredthsText(r.overdueShare) + QStringLiteral(" %"), 10) << hundredthsText(r.daysToPay)
              << '\n';
    return kExitOk;
}

int Cli::runHabits()
{
    if (m_args.words.size() != 1)
        return failUsage(tr("habits ne prend pas d'argument (voir --as-of)"));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const Date asOf = m_ws->clock().today();
    const app::HabitsView view = app::AnalyticsService(*m_ws).habits(asOf);
    const auto habitJson = [](const receivables::PaymentHabit& h) {
        return json{{"invoices", h.invoices},
                    {"settled_cents", h.settled.cents()},
                    {"days_to_pay", hundredthsJson(h.daysToPay)},
                    {"days_late", hundredthsJson(h.daysLate)},
                    {"deviation_days", hundredthsJson(h.deviation)},
                    {"confidence", std::string(receivables::toCode(h.confidence))}};
    };
    if (m_args.json) {
        json clients = json::array();
        for (const app::ClientHabit& c : view.clients) {
            json row = habitJson(c.habit);
            row["siren"] = c.siren;
            row["name"] = c.name;
            clients.push_back(row);
        }
        printJson({{"as_of", asOf.toIso()}, {"clients", clients}, {"portfolio", habitJson(view.portfolio)}});
        return kExitOk;
    }
    m_out << tr("Habitudes de paiement au %1").arg(app::Labels::date(asOf)) << '\n';
    for (const app::ClientHabit& c : view.clients)
        m_out << padded(QString::fromStdString(c.siren), 10) << ' ' << padded(QString::fromStdString(c.name), 28) << ' '
              << padded(QString::number(c.habit.invoices), 5) << padded(tr("%1 j").arg(hundredthsText(c.habit.daysToPay)), 12)
              << padded(tr("retard %1 j").arg(hundredthsText(c.habit.daysLate)), 18)
              << QString::fromLatin1(receivables::toCode(c.habit.confidence)) << '\n';
    m_out << tr("Portefeuille : paiement à %1 j, retard moyen %2 j")
                 .arg(hundredthsText(view.portfolio.daysToPay), hundredthsText(view.portfolio.daysLate))
          << '\n';
    return kExitOk;
}

int Cli::runReport()
{
    if (m_args.words.size() != 2 || m_args.word(1) != QLatin1String("impact"))
        return failUsage(tr("report attend impact"));
    const QString out = m_args.option(QStringLiteral("out"));
    if (out.isEmpty() && !m_args.json)
        return failUsage(tr("report impact attend --out FICHIER.pdf, ou --json"));
    auto period = periodOptions([](Date last) { return Date::fromYmd(last.year(), 1, 1).value(); });
    if (!period)
        return fail(period.error());
    const auto [first, last] = *period;
    const Date asOf = m_ws->clock().today();
    auto summary = app::ImpactReport::compose(*m_ws, first, last, asOf);
    if (!summary)
        return fail(summary.error());
    if (!out.isEmpty())
        if (auto written = app::writeImpactReport(*summary, out); !written)
            return fail(written.error());
    if (m_args.json) {
        printJson(app::toJson(*summary));
        return kExitOk;
    }
    m_out << tr("Rapport d'impact du %1 au %2 écrit dans %3")
                 .arg(app::Labels::date(first), app::Labels::date(last), out)
          << '\n';
    return kExitOk;
}

} // namespace pc::cli
