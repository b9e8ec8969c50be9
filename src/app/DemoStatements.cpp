#include "app/DemoStatements.h"

#include <algorithm>
#include <random>

namespace pc::app {

using core::Money;

namespace {

// Shares of turnover are written per mille, so that amounts stay whole cents.
constexpr std::int64_t kWhole = 1000;

Money share(Money base, std::int64_t perMille)
{
    return base.scaled(perMille, kWhole, core::Rounding::Down);
}

std::mt19937 generatorFor(const core::ClientFile& client, std::uint32_t seed)
{
    const std::string key = client.company.siren ? client.company.siren->str() : client.account.number;
    std::seed_seq seq{seed, static_cast<std::uint32_t>(std::hash<std::string>{}(key) & 0xffffffffu)};
    return std::mt19937(seq);
}

Money baseTurnover(const core::ClientFile& client, std::mt19937& g)
{
    const auto between = [&](std::int64_t low, std::int64_t high) {
        return Money::fromEuros(std::uniform_int_distribution<std::int64_t>(low, high)(g));
    };
    if (client.account.segment == "TPE")
        return between(300'000, 2'000'000);
    if (client.account.segment == "ETI")
        return between(50'000'000, 250'000'000);
    if (client.account.segment == "Grand compte")
        return between(300'000'000, 1'000'000'000);
    return between(2'000'000, 40'000'000);
}

// One year of accounts; `health` (per mille) is that of the year. After the first
// year, equity follows from the previous one: the capital stays, two thirds of last
// year's profit (or all of its loss) go to reserves, and this year's result is added.
risk::FinancialStatement yearOf(const core::ClientFile& client, int year, Money t, std::int64_t health,
                                const risk::FinancialStatement* previous)
{
    const std::int64_t sickness = kWhole - health;
    std::map<std::string, Money> l;
    // Income statement: services with some trade.
    l["FC"] = share(t, 300);
    l["FI"] = share(t, 700);
    l["FL"] = l["FC"] + l["FI"];
    l["FR"] = l["FL"];
    l["FS"] = share(t, 200);
    l["FW"] = share(t, 300 + 180 * sickness / kWhole);
    l["FX"] = share(t, 20);
    l["FY"] = share(t, 250);
    l["FZ"] = share(t, 100);
    l["GA"] = share(t, 30);
    l["GF"] = l["FS"] + l["FW"] + l["FX"] + l["FY"] + l["FZ"] + l["GA"];
    l["GG"] = l["FR"] - l["GF"];
    Money bankDebt = share(t, 150 + 250 * sickness / kWhole);
    l["GR"] = share(bankDebt, 40);
    l["GU"] = l["GR"];
    l["GV"] = Money() - l["GU"];
    l["GW"] = l["GG"] + l["GV"];
    l["HK"] = l["GW"].isPositive() ? share(l["GW"], 250) : Money();
    l["HL"] = l["FR"];
    l["HM"] = l["GF"] + l["GU"] + l["HK"];
    l["HN"] = l["HL"] - l["HM"];
    // Balance sheet.
    l["AT"] = share(t, 400);
    l["AU"] = share(t, 150);
    l["BJ"] = l["AT"];
    l["BK"] = l["AU"];
    l["BT"] = share(t, 50);
    // Receivables: 45 days of sales incl. VAT for a sound company, up to 85 days.
    l["BX"] = t.scaled(12 * (45 * kWhole + 40 * sickness), 10 * 365 * kWhole, core::Rounding::Down);
    l["BZ"] = share(t, 20);
    l["DA"] = share(t, 50);
    l["DI"] = l["HN"];
    Money equity = share(t, 50 + 350 * health / kWhole - 100 * sickness / kWhole);
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
    // Suppliers paid at 60 days, incl. VAT.
    l["DX"] = (l["FS"] + l["FW"]).scaled(12 * 60, 10 * 365, core::Rounding::Down);
    l["DY"] = share(t, 80);
    Money overdraft = share(t, 50 * sickness / kWhole);
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
    Money turnover = baseTurnover(client, g);
    const std::int64_t h = std::clamp(health, 0, 100) * 10;
    // Strong companies grow and improve; weak ones shrink and worsen.
    const std::int64_t growth = 900 + 250 * h / kWhole;
    const int lastYear = today.month() >= 6 ? today.year() - 1 : today.year() - 2;
    std::vector<risk::FinancialStatement> years;
    for (int i = 2; i >= 0; --i) {
        const std::int64_t yearHealth = std::clamp<std::int64_t>(h + (h - 500) * (2 - i) / 10 - 50, 0, kWhole);
        years.push_back(yearOf(client, lastYear - i, turnover, yearHealth, years.empty() ? nullptr : &years.back()));
        turnover = share(turnover, growth);
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
