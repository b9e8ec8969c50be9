// Stage 9 from the shell: the aged balance.

#include "app/AgingService.h"
#include "app/KpiService.h"
#include "app/Labels.h"
#include "app/Workspace.h"
#include "cli/Cli.h"

#include <cstdlib>

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

// Hundredths as a JSON number with two decimals, null when there is none.
json hundredthsJson(const std::optional<std::int64_t>& value)
{
    return value ? json(static_cast<double>(*value) / 100.0) : json(nullptr);
}

QString hundredthsText(const std::optional<std::int64_t>& value)
{
    if (!value)
        return QStringLiteral("—");
    const std::int64_t v = *value;
    return QStringLiteral("%1%2.%3")
        .arg(v < 0 ? QStringLiteral("-") : QString())
        .arg(std::llabs(v) / 100)
        .arg(std::llabs(v) % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

int Cli::runKpi()
{
    if (m_args.words.size() != 1)
        return failUsage(tr("kpi ne prend pas d'argument (voir --as-of)"));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const Date asOf = m_ws->clock().today();
    const app::PortfolioKpis k = app::KpiService(*m_ws).portfolio(asOf);
    if (m_args.json) {
        printJson({{"as_of", asOf.toIso()},
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
                   {"overdue_share_percent", hundredthsJson(k.overdueShare)}});
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
    m_out << "  " << padded(tr("DSO (jours)"), 30) << hundredthsText(k.dso) << '\n';
    m_out << "  " << padded(tr("Meilleur DSO possible"), 30) << hundredthsText(k.bestDso) << '\n';
    m_out << "  " << padded(tr("Retard moyen (ADD)"), 30) << hundredthsText(k.averageDaysDelinquent) << '\n';
    m_out << "  " << padded(tr("DSO par épuisement"), 30) << hundredthsText(k.countBackDso) << '\n';
    m_out << "  " << padded(tr("CEI (%)"), 30) << hundredthsText(k.cei) << '\n';
    return kExitOk;
}

int Cli::runAging()
{
    if (m_args.words.size() != 1)
        return failUsage(tr("aging ne prend pas d'argument (voir --as-of, --by et --buckets)"));
    const QString by = m_args.option(QStringLiteral("by"));
    const auto basis = receivables::agingBasisFromCode(by.isEmpty() ? "due" : by.toStdString());
    if (!basis)
        return fail(Error(ErrorCode::UnknownValue, {by.toStdString()}).inField("--by"));
    receivables::AgingBuckets buckets;
    if (const QString text = m_args.option(QStringLiteral("buckets")); !text.isEmpty()) {
        auto parsed = receivables::AgingBuckets::parse(text.toStdString());
        if (!parsed)
            return fail(parsed.error().inField("--buckets"));
        buckets = *parsed;
    }
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
