#include "risk/Ratios.h"

#include <algorithm>
#include <set>

namespace pc::risk {

using core::Money;

namespace {

// The totals without which an analysis means nothing: absent, they make every ratio
// that needs them fail with "missing_line:<code>". Detail lines left blank on a
// filed form are zero.
const std::set<std::string> kKeyTotals = {"EE", "DL", "FL", "HN", "BJ", "CJ", "EC", "GG"};

// An amount in the middle of a computation, or the first reason it cannot exist.
struct Term {
    Money value;
    std::string error;

    bool ok() const { return error.empty(); }
};

Term operator+(const Term& a, const Term& b)
{
    if (!a.ok())
        return a;
    if (!b.ok())
        return b;
    return {a.value + b.value, {}};
}

Term operator-(const Term& a, const Term& b)
{
    if (!a.ok())
        return a;
    if (!b.ok())
        return b;
    return {a.value - b.value, {}};
}

class Lines {
public:
    explicit Lines(const FinancialStatement& statement) : m_s(statement) {}

    Term operator()(const std::string& code) const
    {
        if (const auto amount = m_s.line(code))
            return {*amount, {}};
        if (kKeyTotals.count(code) != 0)
            return {{}, "missing_line:" + code};
        return {};
    }
    Term sum(std::initializer_list<const char*> codes) const
    {
        Term total;
        for (const char* code : codes)
            total = total + (*this)(code);
        return total;
    }
    // Gross minus depreciation of a 2050 asset line ("BX", "BY").
    Term net(const char* gross, const char* depreciation) const { return (*this)(gross) - (*this)(depreciation); }

private:
    const FinancialStatement& m_s;
};

RatioValue amount(const Term& t)
{
    RatioValue r{RatioUnit::Amount, std::nullopt, std::nullopt, t.error};
    if (t.ok())
        r.amount = t.value;
    return r;
}

// numerator / denominator × scale, in the given unit.
RatioValue quotient(const Term& numerator, const Term& denominator, double scale, RatioUnit unit)
{
    RatioValue r{unit, std::nullopt, std::nullopt, {}};
    if (!numerator.ok() || !denominator.ok())
        r.error = numerator.ok() ? denominator.error : numerator.error;
    else if (denominator.value.isZero())
        r.error = "zero_denominator";
    else
        r.value = static_cast<double>(numerator.value.cents()) / static_cast<double>(denominator.value.cents()) * scale;
    return r;
}

RatioValue failed(RatioUnit unit, std::string error)
{
    return {unit, std::nullopt, std::nullopt, std::move(error)};
}

struct Aggregates {
    Term turnover, valueAdded, ebe, caf, stocks, bfr, frng, netCash, reserves, financialDebt, equity, totalAssets;
};

Aggregates aggregatesOf(const Lines& l)
{
    Aggregates a;
    a.turnover = l("FL");
    const Term commercialMargin = l("FC") - l.sum({"FS", "FT"});
    const Term production = l.sum({"FF", "FI", "FM", "FN"});
    a.valueAdded = commercialMargin + production - l.sum({"FU", "FV", "FW"});
    a.ebe = a.valueAdded + l("FO") - l.sum({"FX", "FY", "FZ"});
    // Additive CAF from the liasse: the split of HB/HF/FP by account (675, 775, 777,
    // 791) is not on the forms, so disposals and transfers of charges stay in.
    a.caf = l("HN") + l.sum({"GA", "GB", "GC", "GD", "GQ", "HG"}) - l.sum({"FP", "GM", "HC"});
    a.stocks = l.net("BL", "BM") + l.net("BN", "BO") + l.net("BP", "BQ") + l.net("BR", "BS") + l.net("BT", "BU");
    const Term operatingAssets = a.stocks + l("BV") + l.net("BX", "BY") + l.net("BZ", "CA") + l("CH");
    const Term operatingLiabilities = l.sum({"DW", "DX", "DY", "DZ", "EA", "EB"});
    a.bfr = operatingAssets - operatingLiabilities;
    a.financialDebt = l.sum({"DS", "DT", "DU", "DV"});
    const Term stableResources = l("DL") + l.sum({"DO", "DR"}) + a.financialDebt - l("EH");
    a.frng = stableResources - l.net("BJ", "BK");
    a.netCash = l.net("CD", "CE") + l.net("CF", "CG") - l("EH");
    a.reserves = l.sum({"DD", "DE", "DF", "DG", "DH"});
    a.equity = l("DL");
    a.totalAssets = l("EE");
    return a;
}

void addOperatingRatios(YearRatios& y, const Lines& l, const Aggregates& a, const RatioOptions& o)
{
    const double basis = o.dayBasis;
    const double ttc = 1.0 + static_cast<double>(o.vatRate.basisPoints()) / 10000.0;
    auto& r = y.ratios;
    r["turnover"] = amount(a.turnover);
    r["net_result"] = amount(l("HN"));
    const Term commercialMargin = l("FC") - l.sum({"FS", "FT"});
    r["gross_margin"] = amount(commercialMargin);
    r["gross_margin_rate"] = quotient(commercialMargin, l("FC"), 100.0, RatioUnit::Percent);
    r["value_added"] = amount(a.valueAdded);
    r["ebe"] = amount(a.ebe);
    r["ebe_margin"] = quotient(a.ebe, a.turnover, 100.0, RatioUnit::Percent);
    r["net_margin"] = quotient(l("HN"), a.turnover, 100.0, RatioUnit::Percent);
    r["caf"] = amount(a.caf);
    r["frng"] = amount(a.frng);
    r["bfr"] = amount(a.bfr);
    r["bfr_days"] = quotient(a.bfr, a.turnover, basis, RatioUnit::Days);
    // Receivables are TTC, sales HT: sales are grossed up by the VAT rate.
    r["client_days"] = quotient(l.net("BX", "BY"), a.turnover, basis / ttc, RatioUnit::Days);
    r["supplier_days"] = quotient(l("DX"), l.sum({"FS", "FU", "FW"}), basis / ttc, RatioUnit::Days);
    r["stock_days"] = quotient(a.stocks, a.turnover, basis, RatioUnit::Days);
    r["net_cash"] = amount(a.netCash);
    r["net_cash_days"] = quotient(a.netCash, a.turnover, basis, RatioUnit::Days);
    r["marketable_securities"] = amount(l.net("CD", "CE"));
}

void addStructureRatios(YearRatios& y, const Lines& l, const Aggregates& a, const RatioOptions& o)
{
    auto& r = y.ratios;
    r["total_assets"] = amount(a.totalAssets);
    r["other_receivables_share"] = quotient(l.net("BZ", "CA"), a.totalAssets, 100.0, RatioUnit::Percent);
    r["equity"] = amount(a.equity);
    r["equity_capital"] = amount(l("DA"));
    r["equity_reserves"] = amount(l.sum({"DB", "DC"}) + a.reserves);
    r["equity_result"] = amount(l("DI"));
    r["shareholder_accounts"] = amount(l("VI"));
    r["financial_autonomy"] = quotient(a.equity, a.totalAssets, 100.0, RatioUnit::Percent);
    if (a.caf.ok() && !a.caf.value.isPositive())
        r["repayment_capacity"] = failed(RatioUnit::Years, "negative_caf");
    else
        r["repayment_capacity"] = quotient(a.financialDebt, a.caf, 1.0, RatioUnit::Years);

    const double factoringShare = static_cast<double>(o.factoringHintShare.basisPoints()) / 100.0;
    if (const auto share = r["other_receivables_share"].value; share && *share > factoringShare)
        y.flags.push_back("factoring_hint");
    if (a.equity.ok() && a.equity.value.isNegative())
        y.flags.push_back("negative_equity");
    if (const Term result = l("HN"); result.ok() && result.value.isNegative())
        y.flags.push_back("loss");
    if (a.netCash.ok() && a.netCash.value.isNegative())
        y.flags.push_back("negative_net_cash");
}

// Ratios that compare the year with the one before: growth, retained result,
// investment and how it was financed.
void addTrendRatios(YearRatios& y, const FinancialStatement& current, const FinancialStatement* previous)
{
    auto& r = y.ratios;
    const char* keys[] = {"turnover_growth", "retained_share", "investment", "investment_by_debt",
                          "investment_by_equity"};
    if (previous == nullptr || previous->months != current.months) {
        const std::string why = previous == nullptr ? "no_previous_year" : "different_durations";
        for (const char* key : keys)
            r[key] = failed(ratioUnit(key), why);
    } else {
        const Lines now(current);
        const Lines before(*previous);
        const Aggregates a = aggregatesOf(now);
        const Aggregates b = aggregatesOf(before);
        r["turnover_growth"] = quotient(a.turnover - b.turnover, b.turnover, 100.0, RatioUnit::Percent);
        const Term previousResult = before("HN");
        if (previousResult.ok() && !previousResult.value.isPositive())
            r["retained_share"] = failed(RatioUnit::Percent, "no_profit_to_retain");
        else
            r["retained_share"] = quotient(a.reserves - b.reserves, previousResult, 100.0, RatioUnit::Percent);
        // Gross fixed assets grow by what was bought (less what was sold, which the
        // forms do not show).
        r["investment"] = amount(now("BJ") - before("BJ"));
        r["investment_by_debt"] = amount((a.financialDebt - now("EH")) - (b.financialDebt - before("EH")));
        r["investment_by_equity"] = amount(now.sum({"DA", "DB"}) - before.sum({"DA", "DB"}));
    }
    r["investment_by_leasing"] = amount(Lines(current).sum({"HP", "HQ"}));
}

} // namespace

std::optional<double> RatioValue::number() const
{
    if (amount)
        return static_cast<double>(amount->cents()) / 100.0;
    return value;
}

const RatioValue* YearRatios::find(const std::string& key) const
{
    const auto it = ratios.find(key);
    return it == ratios.end() ? nullptr : &it->second;
}

const std::vector<std::string>& ratioKeys()
{
    static const std::vector<std::string> keys = {
        "turnover", "turnover_growth", "net_result", "retained_share", "gross_margin", "gross_margin_rate",
        "value_added", "ebe", "ebe_margin", "net_margin", "caf", "investment", "investment_by_debt",
        "investment_by_leasing", "investment_by_equity", "frng", "bfr", "bfr_days", "client_days",
        "supplier_days", "stock_days", "net_cash", "net_cash_days", "marketable_securities", "other_receivables_share",
        "total_assets", "equity", "equity_capital", "equity_reserves", "equity_result", "shareholder_accounts",
        "financial_autonomy", "repayment_capacity"};
    return keys;
}

RatioUnit ratioUnit(const std::string& key)
{
    static const std::set<std::string> percent = {"turnover_growth", "retained_share", "gross_margin_rate",
                                                  "ebe_margin",      "net_margin",     "other_receivables_share",
                                                  "financial_autonomy"};
    static const std::set<std::string> days = {"bfr_days", "client_days", "supplier_days", "stock_days",
                                               "net_cash_days"};
    if (percent.count(key) != 0)
        return RatioUnit::Percent;
    if (days.count(key) != 0)
        return RatioUnit::Days;
    if (key == "repayment_capacity")
        return RatioUnit::Years;
    return RatioUnit::Amount;
}

YearRatios computeRatios(const FinancialStatement& current, const FinancialStatement* previous,
                         const RatioOptions& options)
{
    YearRatios y;
    y.fiscalYear = current.fiscalYear();
    y.closingDate = current.closingDate;
    const Lines lines(current);
    const Aggregates a = aggregatesOf(lines);
    addOperatingRatios(y, lines, a, options);
    addStructureRatios(y, lines, a, options);
    addTrendRatios(y, current, previous);
    return y;
}

std::vector<YearRatios> computeRatioSeries(std::vector<FinancialStatement> statements, const RatioOptions& options)
{
    std::sort(statements.begin(), statements.end(),
              [](const FinancialStatement& a, const FinancialStatement& b) { return a.closingDate < b.closingDate; });
    std::vector<YearRatios> series;
    for (std::size_t i = 0; i < statements.size(); ++i)
        series.push_back(computeRatios(statements[i], i == 0 ? nullptr : &statements[i - 1], options));
    return series;
}

} // namespace pc::risk
