#include "app/DemoStatements.h"

#include <algorithm>
#include <random>

namespace pc::app {

using core::Money;

namespace {

// Euros as cents, from a fraction of turnover computed in whole euros.
Money euros(double amount)
{
    return Money::fromEuros(static_cast<std::int64_t>(amount));
}

std::mt19937 generatorFor(const core::ClientFile& client, std::uint32_t seed)
{
    const std::string key = client.company.siren ? client.company.siren->str() : client.account.number;
    std::seed_seq seq{seed, static_cast<std::uint32_t>(std::hash<std::string>{}(key) & 0xffffffffu)};
    return std::mt19937(seq);
}

double baseTurnover(const core::ClientFile& client, std::mt19937& g)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double u = unit(g);
    if (client.account.segment == "TPE")
        return 300'000 + u * 1'700'000;
    if (client.account.segment == "ETI")
        return 50'000'000 + u * 200'000'000;
    if (client.account.segment == "Grand compte")
        return 300'000'000 + u * 700'000'000;
    return 2'000'000 + u * 38'000'000;
}

// One year of accounts; h in [0, 1] is the health of that year. After the first
// year, equity follows from the previous one: the capital stays, two thirds of last
// year's profit (or all of its loss) go to reserves, and this year's result is added.
risk::FinancialStatement yearOf(const core::ClientFile& client, int year, double t, double h,
                                const risk::FinancialStatement* previous)
{
    std::map<std::string, Money> l;
    // Income statement: services with some trade.
    const double fc = 0.3 * t, fi = 0.7 * t, fs = 0.2 * t;
    const double fw = (0.30 + 0.18 * (1.0 - h)) * t;
    const double fx = 0.02 * t, fy = 0.25 * t, fz = 0.10 * t, ga = 0.03 * t;
    double du = t * (0.15 + 0.25 * (1.0 - h));
    const double gr = 0.04 * du;
    l["FC"] = euros(fc);
    l["FI"] = euros(fi);
    l["FL"] = l["FC"] + l["FI"];
    l["FR"] = l["FL"];
    for (const auto& [code, v] : {std::pair{"FS", fs}, {"FW", fw}, {"FX", fx}, {"FY", fy}, {"FZ", fz}, {"GA", ga}})
        l[code] = euros(v);
    l["GF"] = l["FS"] + l["FW"] + l["FX"] + l["FY"] + l["FZ"] + l["GA"];
    l["GG"] = l["FR"] - l["GF"];
    l["GR"] = euros(gr);
    l["GU"] = l["GR"];
    l["GV"] = Money() - l["GU"];
    l["GW"] = l["GG"] + l["GV"];
    l["HK"] = l["GW"].isPositive() ? l["GW"].percent(core::Rate::fromBasisPoints(2500), core::Rounding::Down) : Money();
    l["HL"] = l["FR"];
    l["HM"] = l["GF"] + l["GU"] + l["HK"];
    l["HN"] = l["HL"] - l["HM"];
    // Balance sheet.
    l["AT"] = euros(0.4 * t);
    l["AU"] = euros(0.15 * t);
    l["BJ"] = l["AT"];
    l["BK"] = l["AU"];
    l["BT"] = euros(0.05 * t);
    l["BX"] = euros(t * 1.2 * (45 + 40 * (1.0 - h)) / 365);
    l["BZ"] = euros(0.02 * t);
    l["DA"] = euros(0.05 * t);
    l["DI"] = l["HN"];
    Money equity = euros(t * (0.05 + 0.35 * h) - 0.1 * t * (1.0 - h));
    if (previous != nullptr) {
        const Money lastResult = previous->line("DI").value_or(Money());
        const Money kept = lastResult.isPositive() ? lastResult.scaled(2, 3, core::Rounding::Down) : lastResult;
        l["DA"] = previous->line("DA").value_or(l["DA"]);
        l["DH"] = previous->line("DH").value_or(Money()) + kept;
        equity = l["DA"] + l["DH"] + l["DI"];
    } else {
        l["DH"] = equity - l["DA"] - l["DI"];
    }
    l["DL"] = equity;
    l["DX"] = euros((fs + fw) * 1.2 * 60 / 365);
    l["DY"] = euros(0.08 * t);
    Money bankDebt = euros(du);
    Money overdraft = euros(0.05 * t * (1.0 - h));
    const Money fixedNet = l["BJ"] - l["BK"];
    Money cash = equity + bankDebt + l["DX"] + l["DY"] - (fixedNet + l["BT"] + l["BX"] + l["BZ"]);
    if (cash.isNegative()) {
        // The bank covers what is missing, as an overdraft.
        bankDebt += Money() - cash;
        overdraft += Money() - cash;
        cash = Money();
    }
    l["DU"] = bankDebt;
    l["EH"] = std::min(overdraft, bankDebt);
    l["CF"] = cash;
    l["EC"] = l["DU"] + l["DX"] + l["DY"];
    l["EE"] = l["DL"] + l["EC"];
    l["CJ"] = l["BT"] + l["BX"] + l["BZ"] + l["CF"];
    l["CK"] = Money();
    l["CO"] = l["BJ"] + l["CJ"];
    l["1A"] = l["BK"] + l["CK"];

    risk::FinancialStatement s;
    s.siren = client.company.siren ? client.company.siren->str() : std::string();
    s.closingDate = *core::Date::fromYmd(year, 12, 31);
    s.months = 12;
    s.source = "demo";
    s.lines = std::move(l);
    return s;
}

} // namespace

int demoHealth(const core::ClientFile& client, std::uint32_t seed)
{
    std::mt19937 g = generatorFor(client, seed);
    std::uniform_int_distribution<int> draw(0, 99);
    const int base = draw(g);
    if (client.company.proceedings != core::Proceedings::None)
        return base / 5;
    if (client.account.status == core::AccountStatus::Blocked)
        return 10 + base / 3;
    // Most clients are sound; one in ten is fragile.
    return base < 10 ? 20 + base * 2 : 45 + base / 2;
}

std::vector<risk::FinancialStatement> demoStatements(const core::ClientFile& client, int health, std::uint32_t seed,
                                                     core::Date today)
{
    if (!client.company.siren)
        return {};
    std::mt19937 g = generatorFor(client, seed);
    const double t0 = baseTurnover(client, g);
    const double h = std::clamp(health, 0, 100) / 100.0;
    // Strong companies grow and improve; weak ones shrink and worsen.
    const double growth = 0.90 + 0.25 * h;
    const int lastYear = today.month() >= 6 ? today.year() - 1 : today.year() - 2;
    std::vector<risk::FinancialStatement> years;
    for (int i = 2; i >= 0; --i) {
        const double yearHealth = std::clamp(h + (h - 0.5) * 0.1 * (2 - i) - 0.05, 0.0, 1.0);
        years.push_back(yearOf(client, lastYear - i, t0 * std::pow(growth, 2 - i), yearHealth,
                               years.empty() ? nullptr : &years.back()));
    }
    return years;
}

store::CreditProfile demoCreditProfile(const core::ClientFile& client, const risk::FinancialStatement& last,
                                       std::uint32_t seed)
{
    std::mt19937 g = generatorFor(client, seed + 1);
    std::uniform_int_distribution<int> draw(0, 99);
    store::CreditProfile p;
    static const char* terms[] = {"net:30", "net:45", "eom:45", "net:60", "eom-day:0:10"};
    p.paymentTerms = terms[draw(g) % 5];
    // We expect to sell it 0.5 % to 3 % of its own turnover.
    const Money turnover = last.line("FL").value_or(Money());
    p.expectedAnnualPurchases = turnover.scaled(5 + draw(g) % 25, 1000, core::Rounding::Down);
    p.usualDelayDays = draw(g) % 20;
    if (draw(g) < 60)
        p.insurerCover = p.expectedAnnualPurchases->scaled(1, 4, core::Rounding::Down);
    p.liens = client.account.status == core::AccountStatus::Blocked && draw(g) < 40 ? 1 : 0;
    return p;
}

} // namespace pc::app
