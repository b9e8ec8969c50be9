// Stage 9 from the shell: the aged balance, the KPIs and their exports.

#include "app/AgingService.h"
#include "app/ExportService.h"
#include "app/KpiService.h"
#include "app/Labels.h"
#include "app/Workspace.h"
#include "cli/Cli.h"
#include "cli/CliFormat.h"

namespace pc::cli {

using nlohmann::json;
using namespace pc::core;

namespace {

json centsOf(const std::vector<Money>& amounts)
{
    json list = json::array();
    for (const Money& m : amounts)
        list.push_back(m.cents());
    return list;
}

json rowJson(const receivables::AgingRow& row)
{
    return {{"buckets_cents", centsOf(row.buckets)},
            {"total_cents", row.total.cents()},
            {"disputed_cents", row.disputed.cents()},
            {"open_cents", (row.total + row.disputed).cents()}};
}

json kpisJson(const app::PortfolioKpis& k)
{
    return {{"as_of", k.asOf.toIso()},
            {"period_days", k.periodDays},
            {"receivables_cents", k.receivables.cents()},
            {"current_cents", k.current.cents()},
            {"overdue_cents", k.overdue.cents()},
            {"sales_cents", k.sales.cents()},
            {"dso_days", hundredthsJson(k.dso)},
            {"best_possible_dso_days", hundredthsJson(k.bestDso)},
            {"average_days_delinquent", hundredthsJson(k.averageDaysDelinquent)},
            {"dso_count_back_days", hundredthsJson(k.countBackDso)},
            {"cei_percent", hundredthsJson(k.cei)},
            {"overdue_share_percent", hundredthsJson(k.overdueShare)}};
}

json targetsJson(const app::PortfolioKpis& k, const app::KpiTargets& t)
{
    return {{"targets",
             {{"dso_days", hundredthsJson(t.dso)},
              {"overdue_share_percent", hundredthsJson(t.overdueShare)},
              {"cei_percent", hundredthsJson(t.cei)}}},
            {"gaps",
             {{"dso_days", hundredthsJson(app::gapToTarget(k.dso, t.dso, false))},
              {"overdue_share_percent", hundredthsJson(app::gapToTarget(k.overdueShare, t.overdueShare, false))},
              {"cei_percent", hundredthsJson(app::gapToTarget(k.cei, t.cei, true))}}}};
}

// The options of the aged balance, shared by `aging` and `export aging`.
core::Result<app::AgingLayout> agingLayout(const CliArguments& args)
{
    const QString by = args.option(QStringLiteral("by"));
    const auto basis = receivables::agingBasisFromCode(by.isEmpty() ? "due" : by.toStdString());
    if (!basis)
        return Error(ErrorCode::UnknownValue, {by.toStdString()}).inField("--by");
    app::AgingLayout layout;
    layout.basis = *basis;
    if (const QString text = args.option(QStringLiteral("buckets")); !text.isEmpty()) {
        auto parsed = receivables::AgingBuckets::parse(text.toStdString());
        if (!parsed)
            return parsed.error().inField("--buckets");
        layout.buckets = *parsed;
    }
    return layout;
}

} // namespace

int Cli::runExportReport(const QString& report)
{
    const QString format = m_args.option(QStringLiteral("format"));
    const QString out = m_args.option(QStringLiteral("out"));
    if (format.isEmpty() || out.isEmpty())
        return failUsage(tr("export %1 attend --format xlsx|csv et --out FICHIER").arg(report));
    auto layout = report == QLatin1String("aging") ? agingLayout(m_args) : core::Result<app::AgingLayout>(app::AgingLayout{});
    if (!layout)
        return fail(layout.error());
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    auto rows = app::ExportService(*m_ws).exportTo(report, format, out, m_ws->clock().today(), *layout);
    if (!rows)
        return fail(rows.error());
    if (m_args.json)
        printJson({{"report", report.toStdString()}, {"format", format.toStdString()}, {"file", out.toStdString()},
                   {"rows", *rows}});
    else
        m_out << tr("%1 : %2 ligne(s)").arg(out).arg(*rows) << '\n';
    return kExitOk;
}

int Cli::runKpi()
{
    if (m_args.words.size() != 1)
        return failUsage(tr("kpi ne prend pas d'argument (voir --as-of, --by et --history)"));
    const QString dimensionText = m_args.option(QStringLiteral("by"));
    app::KpiDimension dimension = app::KpiDimension::SalesRep;
    if (dimensionText == QLatin1String("segment"))
        dimension = app::KpiDimension::Segment;
    else if (!dimensionText.isEmpty() && dimensionText != QLatin1String("sales_rep"))
        return fail(Error(ErrorCode::UnknownValue, {dimensionText.toStdString()}).inField("--by"));
    int months = 0;
    if (const QString h = m_args.option(QStringLiteral("history")); !h.isEmpty()) {
        bool ok = false;
        months = h.toInt(&ok);
        if (!ok || months < 1 || months > 60)
            return fail(Error(ErrorCode::InvalidNumber, {h.toStdString(), "1", "60"}).inField("--history"));
    }
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const Date asOf = m_ws->clock().today();
    app::KpiService service(*m_ws);
    const app::PortfolioKpis k = service.portfolio(asOf);
    const app::KpiTargets targets = service.targets();
    if (m_args.json) {
        json result = kpisJson(k);
        result.update(targetsJson(k, targets));
        if (!dimensionText.isEmpty()) {
            json groups = json::array();
            for (const auto& [name, g] : service.byGroup(asOf, dimension)) {
                json row = kpisJson(g);
                row["group"] = name;
                groups.push_back(row);
            }
            result["by"] = dimensionText.toStdString();
            result["groups"] = groups;
        }
        if (months > 0) {
            json history = json::array();
            for (const app::PortfolioKpis& m : service.history(asOf, months))
                history.push_back(kpisJson(m));
            result["history"] = history;
        }
        printJson(result);
        return kExitOk;
    }
    m_out << tr("Indicateurs au %1 (ventes des %2 derniers jours : %3)")
                 .arg(app::Labels::date(asOf))
                 .arg(k.periodDays)
                 .arg(app::Labels::money(k.sales))
          << '\n';
    m_out << "  " << padded(tr("Encours"), 30) << app::Labels::money(k.receivables) << '\n';
    m_out << "  " << padded(tr("Dont échu"), 30) << app::Labels::money(k.overdue) << "  ("
          << hundredthsText(k.overdueShare) << " %)\n";
    m_out << "  " << padded(tr("DSO (jours)"), 30) << hundredthsText(k.dso) << "  "
          << tr("(objectif %1)").arg(hundredthsText(targets.dso)) << '\n';
    m_out << "  " << padded(tr("Meilleur DSO possible"), 30) << hundredthsText(k.bestDso) << '\n';
    m_out << "  " << padded(tr("Retard moyen (ADD)"), 30) << hundredthsText(k.averageDaysDelinquent) << '\n';
    m_out << "  " << padded(tr("DSO par épuisement"), 30) << hundredthsText(k.countBackDso) << '\n';
    m_out << "  " << padded(tr("CEI (%)"), 30) << hundredthsText(k.cei) << '\n';
    const auto line = [&](const QString& name, const app::PortfolioKpis& g) {
        m_out << "  " << padded(name, 24) << padded(app::Labels::money(g.receivables), 18)
              << padded(tr("DSO %1").arg(hundredthsText(g.dso)), 14)
              << tr("échu %1 %").arg(hundredthsText(g.overdueShare)) << '\n';
    };
    if (!dimensionText.isEmpty())
        for (const auto& [name, g] : service.byGroup(asOf, dimension))
            line(name.empty() ? tr("(non renseigné)") : QString::fromStdString(name), g);
    if (months > 0)
        for (const app::PortfolioKpis& m : service.history(asOf, months))
            line(app::Labels::date(m.asOf), m);
    return kExitOk;
}

int Cli::runAging()
{
    if (m_args.words.size() != 1)
        return failUsage(tr("aging ne prend pas d'argument (voir --as-of, --by et --buckets)"));
    auto layout = agingLayout(m_args);
    if (!layout)
        return fail(layout.error());
    const auto basis = &layout->basis;
    const receivables::AgingBuckets& buckets = layout->buckets;
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const Date asOf = m_ws->clock().today();
    const app::AgedBalanceView view = app::AgingService(*m_ws).agedBalance(asOf, *basis, buckets);
    if (m_args.json) {
        json clients = json::array();
        for (const app::AgedClient& c : view.clients) {
            json row = rowJson(c.row);
            row["siren"] = c.siren;
            row["name"] = c.name;
            clients.push_back(row);
        }
        printJson({{"as_of", asOf.toIso()},
                   {"by", std::string(receivables::toCode(*basis))},
                   {"buckets", view.labels},
                   {"clients", clients},
                   {"total", rowJson(view.total)}});
        return kExitOk;
    }
    m_out << tr("Balance âgée au %1").arg(app::Labels::date(asOf)) << '\n';
    QStringList header{padded(tr("SIREN"), 10), padded(tr("Client"), 28)};
    for (const std::string& label : view.labels)
        header << padded(QString::fromStdString(label), 14);
    header << padded(tr("Total"), 14) << tr("En litige");
    m_out << header.join(QLatin1Char(' ')) << '\n';
    const auto line = [&](const QString& siren, const QString& name, const receivables::AgingRow& row) {
        QStringList cells{padded(siren, 10), padded(name, 28)};
        for (const Money& m : row.buckets)
            cells << padded(app::Labels::money(m), 14);
        cells << padded(app::Labels::money(row.total), 14) << app::Labels::money(row.disputed);
        m_out << cells.join(QLatin1Char(' ')) << '\n';
    };
    for (const app::AgedClient& c : view.clients)
        line(QString::fromStdString(c.siren), QString::fromStdString(c.name), c.row);
    line(QString(), tr("Total"), view.total);
    return kExitOk;
}

} // namespace pc::cli
