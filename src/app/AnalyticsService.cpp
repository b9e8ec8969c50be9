#include "app/AnalyticsService.h"

#include "app/ProvisionService.h"

#include "app/Workspace.h"
#include "store/AgingRepository.h"
#include "store/AnalyticsRepository.h"
#include "store/RecoveryRepository.h"
#include "store/SettingsRepository.h"

#include <algorithm>
#include <map>
#include <set>

namespace pc::app {

using core::Money;
using receivables::PaymentHabit;

namespace {

const QString kRate = QStringLiteral("finance.rate_bp");
const QString kMargin = QStringLiteral("finance.margin_bp");
const QString kActionCost = QStringLiteral("collection.cost_cents.");
const QString kLoss = QStringLiteral("risk.loss_bp.");
const std::vector<std::string> kChannels = {"email", "letter", "call", "registered_letter", "handover"};
const std::vector<std::string> kClasses = {"A", "B", "C", "D", "E"};

std::int64_t integerSetting(store::SettingsRepository& settings, const QString& key, std::int64_t fallback)
{
    const auto text = settings.value(key);
    bool ok = false;
    const qlonglong value = text ? text->trimmed().toLongLong(&ok) : 0;
    return ok && value >= 0 ? value : fallback;
}

// Open debits and what of them is past due on `asOf`, by client.
struct Outstanding {
    Money open;
    Money overdue;
};

std::map<qint64, Outstanding> outstandingOn(store::Database& db, core::Date asOf)
{
    std::map<qint64, Outstanding> byClient;
    for (const store::OpenOnDay& e : store::AgingRepository(db).openOn(asOf)) {
        if (!e.open.isPositive())
            continue;
        byClient[e.companyId].open += e.open;
        if (e.dueDate < asOf)
            byClient[e.companyId].overdue += e.open;
    }
    return byClient;
}

std::string groupOf(const store::ClientAttributes& c, ProfileDimension dimension)
{
    switch (dimension) {
    case ProfileDimension::Segment: return c.segment;
    case ProfileDimension::SalesRep: return c.salesRep;
    case ProfileDimension::NafSection: {
        const auto section = receivables::nafSection(c.nafCode);
        return section ? std::string(1, *section) : std::string();
    }
    case ProfileDimension::Region: {
        const auto department = c.country == "FR" ? receivables::departmentOfPostalCode(c.postalCode) : std::nullopt;
        const auto region = department ? receivables::regionOfDepartment(*department) : std::nullopt;
        return region ? std::string(receivables::regionName(*region)) : std::string();
    }
    case ProfileDimension::Size: return receivables::sizeCategory(c.headcount, c.turnover);
    }
    return {};
}

std::map<qint64, Money> netBalances(const std::vector<receivables::BalanceMove>& moves)
{
    std::map<qint64, Money> balances;
    for (const receivables::BalanceMove& m : moves)
        balances[m.companyId] += m.delta;
    return balances;
}

} // namespace

receivables::CostRates AnalyticsSettings::defaults()
{
    receivables::CostRates rates;
    rates.financeRateBp = 450;
    rates.marginBp = 2'500;
    rates.actionCost = {{"email", Money::fromCents(50)},
                        {"letter", Money::fromCents(300)},
                        {"call", Money::fromCents(1'500)},
                        {"registered_letter", Money::fromCents(800)},
                        {"handover", Money::fromCents(5'000)}};
    rates.lossBpByClass = {{"A", 20}, {"B", 50}, {"C", 150}, {"D", 500}, {"E", 1'500}};
    rates.unratedLossBp = 300;
    return rates;
}

AnalyticsSettings AnalyticsSettings::load(Workspace& workspace)
{
    store::SettingsRepository repo(workspace.db());
    AnalyticsSettings s;
    receivables::CostRates& r = s.rates;
    r.financeRateBp = integerSetting(repo, kRate, r.financeRateBp);
    r.marginBp = integerSetting(repo, kMargin, r.marginBp);
    for (const std::string& channel : kChannels) {
        Money& cost = r.actionCost[channel];
        cost = Money::fromCents(integerSetting(repo, kActionCost + QString::fromStdString(channel), cost.cents()));
    }
    for (const std::string& riskClass : kClasses) {
        std::int64_t& bp = r.lossBpByClass[riskClass];
        bp = integerSetting(repo, kLoss + QString::fromStdString(riskClass), bp);
    }
    r.unratedLossBp = integerSetting(repo, kLoss + QStringLiteral("unrated"), r.unratedLossBp);
    return s;
}

QStringList AnalyticsSettings::keys()
{
    QStringList keys{kRate, kMargin};
    for (const std::string& channel : kChannels)
        keys << kActionCost + QString::fromStdString(channel);
    for (const std::string& riskClass : kClasses)
        keys << kLoss + QString::fromStdString(riskClass);
    keys << kLoss + QStringLiteral("unrated");
    return keys;
}

std::string_view toCode(AbcBasis basis)
{
    return basis == AbcBasis::Outstanding ? "outstanding" : "sales";
}

std::optional<AbcBasis> abcBasisFromCode(std::string_view code)
{
    if (code == "outstanding")
        return AbcBasis::Outstanding;
    if (code == "sales")
        return AbcBasis::Sales;
    return std::nullopt;
}

std::string_view toCode(ProfileDimension dimension)
{
    switch (dimension) {
    case ProfileDimension::Segment: return "segment";
    case ProfileDimension::NafSection: return "naf";
    case ProfileDimension::Region: return "region";
    case ProfileDimension::Size: return "size";
    case ProfileDimension::SalesRep: break;
    }
    return "sales_rep";
}

std::optional<ProfileDimension> profileDimensionFromCode(std::string_view code)
{
    for (const ProfileDimension d : {ProfileDimension::Segment, ProfileDimension::NafSection, ProfileDimension::Region,
                                     ProfileDimension::Size, ProfileDimension::SalesRep})
        if (toCode(d) == code)
            return d;
    return std::nullopt;
}

receivables::HabitsReport AnalyticsService::habitsReport(core::Date asOf)
{
    return receivables::paymentHabits(store::AnalyticsRepository(m_ws.db()).settlements(asOf));
}

HabitsView AnalyticsService::habits(core::Date asOf)
{
    const receivables::HabitsReport report = habitsReport(asOf);
    HabitsView view{asOf, {}, report.portfolio};
    for (const store::ClientAttributes& c : store::AnalyticsRepository(m_ws.db()).clients())
        if (const auto it = report.clients.find(c.companyId); it != report.clients.end())
            view.clients.push_back({c.companyId, c.siren, c.name, it->second});
    return view;
}

receivables::CashForecast AnalyticsService::forecast(core::Date asOf, receivables::Granularity granularity,
                                                     int horizon)
{
    store::RecoveryRepository recovery(m_ws.db());
    const auto disputed = recovery.disputedOn(std::nullopt, asOf);
    const std::set<qint64> inProceedings = recovery.clientsInProceedings();
    std::vector<receivables::ForecastItem> items;
    for (const store::OpenOnDay& e : store::AgingRepository(m_ws.db()).openOn(asOf)) {
        const auto d = disputed.find(e.entryId);
        items.push_back({e.companyId, e.dueDate, e.open, d != disputed.end() ? d->second : Money(),
                         inProceedings.count(e.companyId) > 0});
    }
    return receivables::cashForecast(items, habitsReport(asOf), asOf, granularity, horizon);
}

core::Rate AnalyticsService::defaultVat()
{
    // The provision rules say at what rate the entries of other programs bear VAT.
    const auto rules = ProvisionService(m_ws).rules();
    return rules ? rules->defaultVatRate : receivables::ProvisionRules{}.defaultVatRate;
}

ProfitabilityView AnalyticsService::profitability(core::Date from, core::Date to, const AnalyticsSettings& settings)
{
    store::AnalyticsRepository repo(m_ws.db());
    const auto moves = repo.outstandingMoves(to);
    const auto centDays = receivables::outstandingCentDays(moves, from, to);
    const auto exposure = netBalances(moves);
    const auto sales = repo.salesByClient(from, to, defaultVat());
    const auto actions = repo.actionsByClient(from, to);
    const auto classes = repo.riskClasses(to);

    const auto valueIn = [](const auto& map, qint64 key, auto fallback) {
        const auto it = map.find(key);
        return it != map.end() ? it->second : fallback;
    };
    std::vector<receivables::ClientCostInput> inputs;
    std::vector<ClientProfitability> rows;
    for (const store::ClientAttributes& c : repo.clients()) {
        receivables::ClientCostInput in{c.companyId, valueIn(sales, c.companyId, Money()),
                                        valueIn(centDays, c.companyId, std::int64_t{0}),
                                        valueIn(actions, c.companyId, std::map<std::string, int>()),
                                        valueIn(exposure, c.companyId, Money()),
                                        valueIn(classes, c.companyId, std::string())};
        if (in.sales.isZero() && in.centDays == 0 && in.actions.empty() && in.exposure.isZero())
            continue;
        rows.push_back({c.companyId, c.siren, c.name, in.riskClass, {}});
        inputs.push_back(std::move(in));
    }
    receivables::CostReport report = receivables::creditCost(inputs, from, to, settings.rates);
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i].cost = report.clients[i];
    return {from, to, report.days, std::move(rows), report.total};
}

std::vector<AbcClient> AnalyticsService::abc(core::Date asOf, AbcBasis basis)
{
    store::AnalyticsRepository repo(m_ws.db());
    std::map<qint64, Money> values;
    if (basis == AbcBasis::Sales) {
        values = repo.salesByClient(asOf.addMonths(-12).addDays(1), asOf, defaultVat());
    } else {
        for (const auto& [companyId, o] : outstandingOn(m_ws.db(), asOf))
            values[companyId] = o.open;
    }
    std::vector<receivables::AbcInput> inputs;
    std::map<qint64, std::string> names;
    for (const store::ClientAttributes& c : repo.clients()) {
        if (const auto it = values.find(c.companyId); it != values.end()) {
            inputs.push_back({c.companyId, c.siren, it->second});
            names[c.companyId] = c.name;
        }
    }
    std::vector<AbcClient> rows;
    for (receivables::AbcRow& row : receivables::abcClassify(std::move(inputs)))
        rows.push_back({names[row.companyId], std::move(row)});
    return rows;
}

std::vector<receivables::ProfileRow> AnalyticsService::latePayerProfile(core::Date asOf, ProfileDimension dimension)
{
    const receivables::HabitsReport habits = habitsReport(asOf);
    const auto outstanding = outstandingOn(m_ws.db(), asOf);
    std::vector<receivables::ProfileInput> inputs;
    for (const store::ClientAttributes& c : store::AnalyticsRepository(m_ws.db()).clients()) {
        const auto o = outstanding.find(c.companyId);
        const auto h = habits.clients.find(c.companyId);
        if (o == outstanding.end() && h == habits.clients.end())
            continue;
        receivables::ProfileInput in{groupOf(c, dimension), {}, {}, {}, 0, 0};
        if (o != outstanding.end()) {
            in.outstanding = o->second.open;
            in.overdue = o->second.overdue;
        }
        if (h != habits.clients.end()) {
            in.settled = h->second.settled;
            in.daysToPay = h->second.daysToPay;
            in.daysLate = h->second.daysLate;
        }
        inputs.push_back(std::move(in));
    }
    return receivables::latePayerProfile(inputs);
}

} // namespace pc::app
