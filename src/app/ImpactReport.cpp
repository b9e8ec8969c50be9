#include "app/ImpactReport.h"

#include "app/AgingService.h"
#include "app/AnalyticsService.h"
#include "app/ImpactChartPainter.h"
#include "app/KpiService.h"
#include "app/Labels.h"
#include "app/PdfWriter.h"
#include "app/ProvisionService.h"
#include "app/SharedSettings.h"

#include <QAbstractTextDocumentLayout>
#include <QDate>
#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <iterator>
#include <memory>

namespace pc::app {

using core::Date;
using core::Money;
using nlohmann::json;

namespace {

// -- composition ------------------------------------------------------------------------

// part / whole in hundredths of a percent, rounded half up; none without a whole.
std::optional<std::int64_t> shareOf(Money part, Money whole)
{
    if (!whole.isPositive())
        return std::nullopt;
    return part.scaled(10'000, whole.cents(), core::Rounding::HalfUp).cents();
}

ImpactBalanceSheet balanceSheetOf(const PortfolioKpis& kpis, const AgedBalanceView& aging,
                                  const ProvisionReview& review)
{
    ImpactBalanceSheet b;
    b.gross = kpis.receivables;
    b.current = kpis.current;
    b.overdue = kpis.overdue;
    b.overdueShare = kpis.overdueShare;
    b.disputed = aging.total.disputed;
    b.doubtful = review.doubtfulGross;
    b.provisionStock = review.provisionStock;
    b.provisionToBook = review.dotation - review.reversal;
    b.provisionBooked = b.provisionStock - b.provisionToBook;
    b.net = b.gross - b.provisionStock;
    return b;
}

// The provision entries of the period by the accounts they hit, so that a write-off's
// reversal and loss each land on their own line.
void addJournal(ImpactProfitAndLoss& p, const ProvisionJournal& journal)
{
    namespace accounts = receivables::accounts;
    for (const receivables::JournalEntry& entry : journal.entries) {
        for (const receivables::JournalLine& line : entry.lines) {
            if (line.account == accounts::kDotation)
                p.provisionCharge += line.debit - line.credit;
            else if (line.account == accounts::kReversal)
                p.provisionReversal += line.credit - line.debit;
            else if (line.account == accounts::kLoss)
                p.losses += line.debit - line.credit;
            else if (line.account == accounts::kVatCollected)
                p.vatRecovered += line.debit - line.credit;
        }
    }
}

ImpactProfitAndLoss profitAndLossOf(const ProvisionJournal& journal, const receivables::ClientCost& cost)
{
    ImpactProfitAndLoss p;
    addJournal(p, journal);
    p.sales = cost.sales;
    p.financing = cost.financing;
    p.collection = cost.collection;
    p.averageOutstanding = cost.averageOutstanding;
    p.expectedLoss = cost.expectedLoss;
    p.costOfCredit = p.provisionCharge - p.provisionReversal + p.losses + p.financing + p.collection;
    p.costShareOfSales = shareOf(p.costOfCredit, p.sales);
    return p;
}

ImpactDso dsoOf(const std::vector<PortfolioKpis>& history, const KpiTargets& targets)
{
    ImpactDso d;
    for (const PortfolioKpis& k : history)
        d.history.push_back({k.asOf, k.dso});
    d.dso = history.back().dso;
    d.countBack = history.back().countBackDso;
    d.target = targets.dso;
    d.gap = gapToTarget(d.dso, d.target, false);
    return d;
}

ImpactCash cashOf(const receivables::CashForecast& forecast)
{
    ImpactCash c;
    for (const receivables::ForecastPeriod& period : forecast.periods)
        c.months.push_back({period.start, period.end, period.total});
    c.expected = forecast.total;
    c.beyond = forecast.beyond;
    c.disputed = forecast.disputed;
    c.inProceedings = forecast.inProceedings;
    c.openDebits = c.expected + c.beyond + c.disputed + c.inProceedings;
    return c;
}

} // namespace

core::Result<ImpactSummary> ImpactReport::compose(Workspace& workspace, Date from, Date to, Date asOf)
{
    ProvisionService provisions(workspace);
    auto journal = provisions.journal(from, to);
    if (!journal)
        return journal.error();
    auto review = provisions.review(asOf);
    if (!review)
        return review.error();
    KpiService kpis(workspace);
    AnalyticsService analytics(workspace);
    const AgedBalanceView aging =
        AgingService(workspace).agedBalance(asOf, receivables::AgingBasis::DueDate, receivables::AgingBuckets{});
    const std::vector<PortfolioKpis> history = kpis.history(asOf, kHistoryMonths);
    const core::SellerIdentity seller = SharedSettings(workspace).seller();

    ImpactSummary s;
    s.from = from;
    s.to = to;
    s.asOf = asOf;
    s.sellerName = seller.name;
    s.sellerSiren = seller.siren ? seller.siren->formatted() : std::string();
    s.balanceSheet = balanceSheetOf(history.back(), aging, *review);
    s.aging = {aging.labels, aging.total.buckets, aging.total.disputed};
    s.profitAndLoss =
        profitAndLossOf(*journal, analytics.profitability(from, to, AnalyticsSettings::load(workspace)).total);
    s.dso = dsoOf(history, kpis.targets());
    s.cash = cashOf(analytics.forecast(asOf, receivables::Granularity::Month, kForecastMonths));
    return s;
}

// -- JSON -------------------------------------------------------------------------------

namespace {

// Hundredths as a number with two decimals (47.25), null when there is none.
json hundredthsJson(const std::optional<std::int64_t>& value)
{
    return value ? json(static_cast<double>(*value) / 100.0) : json(nullptr);
}

json balanceSheetJson(const ImpactBalanceSheet& b)
{
    return {{"gross_cents", b.gross.cents()},
            {"current_cents", b.current.cents()},
            {"overdue_cents", b.overdue.cents()},
            {"overdue_share_percent", hundredthsJson(b.overdueShare)},
            {"disputed_cents", b.disputed.cents()},
            {"doubtful_cents", b.doubtful.cents()},
            {"provision_booked_cents", b.provisionBooked.cents()},
            {"provision_to_book_cents", b.provisionToBook.cents()},
            {"provision_stock_cents", b.provisionStock.cents()},
            {"net_cents", b.net.cents()}};
}

json agingJson(const ImpactAging& a)
{
    json buckets = json::array();
    for (const Money& m : a.buckets)
        buckets.push_back(m.cents());
    return {{"buckets", a.labels}, {"buckets_cents", buckets}, {"disputed_cents", a.disputed.cents()}};
}

json profitAndLossJson(const ImpactProfitAndLoss& p)
{
    return {{"sales_cents", p.sales.cents()},
            {"provision_charge_cents", p.provisionCharge.cents()},
            {"provision_reversal_cents", p.provisionReversal.cents()},
            {"losses_cents", p.losses.cents()},
            {"vat_recovered_cents", p.vatRecovered.cents()},
            {"financing_cents", p.financing.cents()},
            {"collection_cents", p.collection.cents()},
            {"cost_of_credit_cents", p.costOfCredit.cents()},
            {"cost_share_of_sales_percent", hundredthsJson(p.costShareOfSales)},
            {"average_outstanding_cents", p.averageOutstanding.cents()},
            {"expected_loss_cents", p.expectedLoss.cents()}};
}

json dsoJson(const ImpactDso& d)
{
    json history = json::array();
    for (const ImpactDsoPoint& p : d.history)
        history.push_back({{"date", p.day.toIso()}, {"dso_days", hundredthsJson(p.dso)}});
    return {{"dso_days", hundredthsJson(d.dso)},
            {"count_back_days", hundredthsJson(d.countBack)},
            {"target_days", hundredthsJson(d.target)},
            {"gap_days", hundredthsJson(d.gap)},
            {"history", history}};
}

json cashJson(const ImpactCash& c)
{
    json months = json::array();
    for (const ImpactCashMonth& m : c.months)
        months.push_back({{"start", m.start.toIso()}, {"end", m.end.toIso()}, {"expected_cents", m.expected.cents()}});
    return {{"months", months},
            {"expected_cents", c.expected.cents()},
            {"beyond_cents", c.beyond.cents()},
            {"disputed_cents", c.disputed.cents()},
            {"in_proceedings_cents", c.inProceedings.cents()},
            {"open_debits_cents", c.openDebits.cents()}};
}

} // namespace

json toJson(const ImpactSummary& s)
{
    return {{"from", s.from.toIso()},
            {"to", s.to.toIso()},
            {"as_of", s.asOf.toIso()},
            {"seller", {{"name", s.sellerName}, {"siren", s.sellerSiren}}},
            {"balance_sheet", balanceSheetJson(s.balanceSheet)},
            {"aging", agingJson(s.aging)},
            {"profit_and_loss", profitAndLossJson(s.profitAndLoss)},
            {"dso", dsoJson(s.dso)},
            {"cash", cashJson(s.cash)}};
}

// -- the document -----------------------------------------------------------------------

namespace {

constexpr int kPdfResolution = 300;
constexpr qreal kRowGapMm = 5;
constexpr qreal kColumnGapMm = 7;
constexpr qreal kFooterMm = 7;

// QTextDocument reads CSS from a <style> element but no floats: tables lay things out.
const QString kStyle = QStringLiteral(R"(
body { font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 9pt; color: #1f2933; }
p { margin-top: 0; margin-bottom: 0; }
.seller { font-size: 9pt; font-weight: bold; color: #52606d; }
h1 { font-size: 16pt; color: #1d3f72; margin-top: 2pt; margin-bottom: 2pt; }
h2 { font-size: 11pt; color: #1d3f72; margin-top: 0; margin-bottom: 3pt; }
.caption { font-size: 7.5pt; color: #52606d; }
.tile-value { font-size: 14pt; font-weight: bold; color: #1d3f72; }
.worse { color: #c0392b; }
.better { color: #2e7d32; }
td.total { background-color: #e4e9f0; font-weight: bold; }
td.part { color: #52606d; }
td.memo { color: #52606d; font-style: italic; }
)");

qreal toDevice(qreal mm)
{
    return mm * kPdfResolution / 25.4;
}

QString money(Money amount)
{
    return Labels::money(amount).toHtmlEscaped();
}

// Hundredths with one decimal, rounded half up, in the locale's notation ("52,3").
QString decimal(std::int64_t hundredths)
{
    const QLocale locale;
    const std::int64_t tenths = (std::llabs(hundredths) + 5) / 10;
    return (hundredths < 0 ? locale.negativeSign() : QString()) + locale.toString(static_cast<qlonglong>(tenths / 10))
        + locale.decimalPoint() + QString::number(tenths % 10);
}

// A figure and its unit stay on one line.
QString unbroken(QString text)
{
    return text.replace(QLatin1Char(' '), QChar(QChar::Nbsp));
}

QString days(const std::optional<std::int64_t>& hundredths)
{
    return hundredths ? unbroken(ImpactReport::tr("%1 j").arg(decimal(*hundredths))) : QStringLiteral("—");
}

QString percent(const std::optional<std::int64_t>& hundredths)
{
    return hundredths ? unbroken(ImpactReport::tr("%1 %").arg(decimal(*hundredths))) : QStringLiteral("—");
}

QDate qdate(Date d)
{
    return QDate(d.year(), d.month(), d.day());
}

QString monthName(Date d)
{
    return QLocale().toString(qdate(d), QStringLiteral("MMMM yyyy"));
}

QString html(const QString& body)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><style>%1</style></head><body>%2</body></html>")
        .arg(kStyle, body);
}

enum class LineStyle { Plain, Total, Part, Memo };

// A line of a view: the label, the amount right-aligned. A part of the line above is
// indented with no-break spaces: QTextDocument ignores the padding of one cell.
QString line(const QString& label, const QString& amount, LineStyle style = LineStyle::Plain)
{
    static const QString kClasses[] = {QString(), QStringLiteral("total"), QStringLiteral("part"),
                                       QStringLiteral("memo")};
    const QString css = kClasses[static_cast<int>(style)];
    const QString indent = style == LineStyle::Part ? QStringLiteral("&nbsp;&nbsp;&nbsp;") : QString();
    return QStringLiteral("<tr><td class=\"%3\">%4%1</td><td class=\"%3\" align=\"right\">%2</td></tr>")
        .arg(label, amount, css, indent);
}

// A title and its caption: the tables and the charts beside them start alike.
QString titled(const QString& title, const QString& caption)
{
    return QStringLiteral("<h2>%1</h2><p class=\"caption\">%2</p>").arg(title, caption);
}

QString view(const QString& title, const QString& caption, const QString& rows, const QString& note)
{
    return titled(title, caption)
        + QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">%1</table>"
                         "<p class=\"caption\">%2</p>")
              .arg(rows, note);
}

QString headingHtml(const ImpactSummary& s)
{
    QString seller = QString::fromStdString(s.sellerName).toHtmlEscaped();
    if (!s.sellerSiren.empty())
        seller += ImpactReport::tr(" — SIREN %1").arg(QString::fromStdString(s.sellerSiren));
    return QStringLiteral("<p class=\"seller\">%1</p><h1>%2</h1><p class=\"caption\">%3</p>")
        .arg(seller, ImpactReport::tr("Impact financier du poste client"),
             ImpactReport::tr("Période du %1 au %2 — situation au %3")
                 .arg(Labels::date(s.from), Labels::date(s.to), Labels::date(s.asOf)));
}

QString tile(const QString& caption, const QString& value, const QString& note)
{
    return QStringLiteral("<td width=\"25%\" bgcolor=\"#eef2f7\"><p class=\"caption\">%1</p>"
                          "<p class=\"tile-value\">%2</p><p class=\"caption\">%3</p></td>")
        .arg(caption, value, note);
}

QString gapText(const ImpactDso& d)
{
    if (!d.gap)
        return ImpactReport::tr("pas de cible");
    const QString css = *d.gap > 0 ? QStringLiteral("worse") : QStringLiteral("better");
    const QString sign = *d.gap > 0 ? QStringLiteral("+") : QString();
    return QStringLiteral("<span class=\"%1\">%2</span>")
        .arg(css, ImpactReport::tr("cible %1 : %2%3").arg(days(d.target), sign, days(d.gap)));
}

QString tilesHtml(const ImpactSummary& s)
{
    const ImpactBalanceSheet& b = s.balanceSheet;
    const ImpactProfitAndLoss& p = s.profitAndLoss;
    const Date lastMonth = s.cash.months.empty() ? s.asOf : s.cash.months.back().end;
    const QString grossNote =
        ImpactReport::tr("brutes : %1<br>dont %2 échues").arg(money(b.gross), percent(b.overdueShare));
    const QString tiles = tile(ImpactReport::tr("Créances clients nettes"), money(b.net), grossNote)
        + tile(ImpactReport::tr("DSO"), days(s.dso.dso), gapText(s.dso))
        + tile(ImpactReport::tr("Coût du crédit de la période"), money(p.costOfCredit),
               ImpactReport::tr("%1 du chiffre d'affaires").arg(percent(p.costShareOfSales)))
        + tile(ImpactReport::tr("Encaissements attendus"), money(s.cash.expected),
               ImpactReport::tr("d'ici le %1").arg(Labels::date(lastMonth)));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"4\" cellpadding=\"5\"><tr>%1</tr></table>").arg(tiles);
}

QString balanceSheetHtml(const ImpactSummary& s)
{
    const ImpactBalanceSheet& b = s.balanceSheet;
    const QString rows = line(ImpactReport::tr("Créances clients brutes"), money(b.gross), LineStyle::Total)
        + line(ImpactReport::tr("dont non échues"), money(b.current), LineStyle::Part)
        + line(ImpactReport::tr("dont échues (%1)").arg(percent(b.overdueShare)), money(b.overdue), LineStyle::Part)
        + line(ImpactReport::tr("dont en litige"), money(b.disputed), LineStyle::Part)
        + line(ImpactReport::tr("dont douteuses (416)"), money(b.doubtful), LineStyle::Part)
        + line(ImpactReport::tr("− Dépréciations (491)"), money(-b.provisionStock))
        + line(ImpactReport::tr("dont comptabilisées"), money(b.provisionBooked), LineStyle::Part)
        + line(ImpactReport::tr("dont à comptabiliser"), money(b.provisionToBook), LineStyle::Part)
        + line(ImpactReport::tr("= Créances clients nettes"), money(b.net), LineStyle::Total);
    return view(ImpactReport::tr("Bilan"),
                ImpactReport::tr("Créances clients au %1, TTC").arg(Labels::date(s.asOf)), rows,
                ImpactReport::tr("Dépréciations calculées créance par créance sur le hors taxes."));
}

QString profitAndLossHtml(const ImpactSummary& s)
{
    const ImpactProfitAndLoss& p = s.profitAndLoss;
    const QString rows = line(ImpactReport::tr("Dotations aux dépréciations (6817)"), money(p.provisionCharge))
        + line(ImpactReport::tr("− Reprises de dépréciations (7817)"), money(-p.provisionReversal))
        + line(ImpactReport::tr("Pertes sur créances (654)"), money(p.losses))
        + line(ImpactReport::tr("Financement de l'encours"), money(p.financing))
        + line(ImpactReport::tr("Recouvrement (relances)"), money(p.collection))
        + line(ImpactReport::tr("= Coût du crédit de la période"), money(p.costOfCredit), LineStyle::Total)
        + line(ImpactReport::tr("en % du chiffre d'affaires"), percent(p.costShareOfSales), LineStyle::Part)
        + line(ImpactReport::tr("Chiffre d'affaires de la période"), money(p.sales), LineStyle::Memo)
        + line(ImpactReport::tr("Perte attendue sur l'encours"), money(p.expectedLoss), LineStyle::Memo)
        + line(ImpactReport::tr("TVA récupérée sur les pertes"), money(p.vatRecovered), LineStyle::Memo)
        + line(ImpactReport::tr("Encours moyen financé"), money(p.averageOutstanding), LineStyle::Memo);
    return view(ImpactReport::tr("Compte de résultat"),
                ImpactReport::tr("Du %1 au %2, hors taxes").arg(Labels::date(s.from), Labels::date(s.to)), rows,
                ImpactReport::tr("En italique, pour mémoire : hors coût du crédit ; la perte attendue n'est pas "
                       "comptabilisée."));
}

QString cashHtml(const ImpactSummary& s)
{
    const ImpactCash& c = s.cash;
    QString rows;
    for (const ImpactCashMonth& m : c.months)
        rows += line(monthName(m.start), money(m.expected));
    rows += line(ImpactReport::tr("= Encaissements attendus"), money(c.expected), LineStyle::Total)
        + line(ImpactReport::tr("Attendus plus tard"), money(c.beyond))
        + line(ImpactReport::tr("En litige"), money(c.disputed))
        + line(ImpactReport::tr("En procédure collective"), money(c.inProceedings))
        + line(ImpactReport::tr("= Factures ouvertes"), money(c.openDebits), LineStyle::Total);
    return view(ImpactReport::tr("Trésorerie"),
                ImpactReport::tr("Encaissements prévus au %1, TTC").arg(Labels::date(s.asOf)), rows,
                ImpactReport::tr("Échéances décalées du retard habituel de chaque client ; le mois en cours "
                       "reprend les retards déjà constatés."));
}

// -- the charts -------------------------------------------------------------------------

QString bucketLabel(const std::string& code)
{
    const QString label = QString::fromStdString(code);
    if (code == "not_due")
        return ImpactReport::tr("Non échu");
    if (label.endsWith(QLatin1Char('+')))
        return ImpactReport::tr("plus de %1 j").arg(label.chopped(1));
    return ImpactReport::tr("%1 j").arg(QString(label).replace(QLatin1Char('-'), QChar(0x2013)));
}

// From blue (not due) to red (oldest): the eye finds the risk before reading.
QColor bucketColor(std::size_t index, std::size_t count)
{
    static const QColor kRamp[] = {QColor(0xf2, 0xc1, 0x4e), QColor(0xf0, 0x8a, 0x3c), QColor(0xd9, 0x53, 0x4f),
                                   QColor(0xa6, 0x1b, 0x1b)};
    if (index == 0)
        return QColor(0x4a, 0x78, 0xb5);
    const std::size_t ramp = std::size(kRamp);
    return kRamp[std::min((index - 1) * ramp / std::max<std::size_t>(count - 1, 1), ramp - 1)];
}

std::vector<ChartBar> agingBars(const ImpactAging& a)
{
    std::vector<ChartBar> bars;
    for (std::size_t i = 0; i < a.buckets.size() && i < a.labels.size(); ++i)
        bars.push_back({bucketLabel(a.labels[i]), a.buckets[i], Labels::money(a.buckets[i]),
                        bucketColor(i, a.buckets.size())});
    bars.push_back({ImpactReport::tr("En litige"), a.disputed, Labels::money(a.disputed), QColor(0x9a, 0xa5, 0xb1)});
    return bars;
}

LineChart dsoChart(const ImpactDso& d)
{
    LineChart chart;
    for (const ImpactDsoPoint& p : d.history)
        chart.points.push_back({QLocale().toString(qdate(p.day), QStringLiteral("MMM")), p.dso});
    chart.lastValueText = days(d.dso);
    chart.target = d.target;
    chart.targetText = ImpactReport::tr("cible %1").arg(days(d.target));
    return chart;
}

std::vector<ChartBar> cashBars(const ImpactCash& c)
{
    std::vector<ChartBar> bars;
    for (const ImpactCashMonth& m : c.months)
        bars.push_back({QLocale().toString(qdate(m.start), QStringLiteral("MMM yyyy")), m.expected,
                        Labels::money(m.expected), QColor(0x1d, 0x3f, 0x72)});
    bars.push_back({ImpactReport::tr("plus tard"), c.beyond, Labels::money(c.beyond), QColor(0x9a, 0xa5, 0xb1)});
    return bars;
}

// -- the layout -------------------------------------------------------------------------

// A part of a row: text laid out on the page, then a chart under it.
struct Box {
    qreal share = 1; // of the row's width
    QString html;
    qreal chartMm = 0;
    std::function<void(QPainter&, const QRectF&)> chart;
};
using Row = std::vector<Box>;

std::vector<Row> rowsOf(const ImpactSummary& s)
{
    const auto aging = [bars = agingBars(s.aging)](QPainter& p, const QRectF& r) { paintHorizontalBars(p, r, bars); };
    const auto dso = [chart = dsoChart(s.dso)](QPainter& p, const QRectF& r) { paintLineChart(p, r, chart); };
    const auto cash = [bars = cashBars(s.cash)](QPainter& p, const QRectF& r) { paintVerticalBars(p, r, bars); };
    const QString agingTitle = titled(ImpactReport::tr("Balance âgée"),
                                      ImpactReport::tr("Par retard sur l'échéance, litiges à part (TTC)"));
    const QString dsoTitle = titled(ImpactReport::tr("DSO sur douze mois"),
                                    ImpactReport::tr("Jours de chiffre d'affaires en créances, fin de mois"));
    const QString cashTitle = titled(ImpactReport::tr("Encaissements prévus par mois"),
                                     ImpactReport::tr("Hors litiges et procédures (TTC)"));
    // Each view reads across: its figures on the left, its chart on the right.
    return {
        {{1, headingHtml(s), 0, {}}},
        {{1, tilesHtml(s), 0, {}}},
        {{0.5, balanceSheetHtml(s), 0, {}}, {0.5, agingTitle, 54, aging}},
        {{0.5, profitAndLossHtml(s), 0, {}}, {0.5, dsoTitle, 56, dso}},
        {{0.5, cashHtml(s), 0, {}}, {0.5, cashTitle, 54, cash}},
    };
}

std::unique_ptr<QTextDocument> laidOut(const QString& body, QPaintDevice& device, qreal width)
{
    auto document = std::make_unique<QTextDocument>();
    // Measured on the PDF writer, so that what is measured is what is printed.
    document->documentLayout()->setPaintDevice(&device);
    document->setDocumentMargin(0);
    QFont font = document->defaultFont();
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: the text reads back as typed
    document->setDefaultFont(font);
    document->setHtml(html(body));
    document->setTextWidth(width);
    return document;
}

// A row measured for the page: its documents, its boxes' widths and its height.
struct PlacedRow {
    const Row* row = nullptr;
    std::vector<std::unique_ptr<QTextDocument>> documents;
    std::vector<qreal> widths;
    qreal height = 0;
    int page = 0;
    qreal top = 0;
};

PlacedRow measure(const Row& row, QPaintDevice& device, qreal pageWidth)
{
    PlacedRow placed;
    placed.row = &row;
    const qreal room = pageWidth - toDevice(kColumnGapMm) * static_cast<qreal>(row.size() - 1);
    for (const Box& box : row) {
        placed.widths.push_back(room * box.share);
        placed.documents.push_back(laidOut(box.html, device, placed.widths.back()));
        placed.height = std::max(placed.height, placed.documents.back()->size().height() + toDevice(box.chartMm));
    }
    return placed;
}

// Rows go down the page and start a new one when they do not fit: a row never splits.
int paginate(std::vector<PlacedRow>& rows, qreal bodyHeight)
{
    int page = 0;
    qreal y = 0;
    for (PlacedRow& r : rows) {
        if (y > 0 && y + r.height > bodyHeight) {
            ++page;
            y = 0;
        }
        r.page = page;
        r.top = y;
        y += r.height + toDevice(kRowGapMm);
    }
    return page + 1;
}

void paintRow(QPainter& painter, const PlacedRow& r)
{
    qreal x = 0;
    for (std::size_t i = 0; i < r.row->size(); ++i) {
        const Box& box = (*r.row)[i];
        const qreal textHeight = r.documents[i]->size().height();
        painter.save();
        painter.translate(x, r.top);
        r.documents[i]->drawContents(&painter);
        painter.restore();
        if (box.chart)
            box.chart(painter, QRectF(x, r.top + textHeight, r.widths[i], toDevice(box.chartMm)));
        x += r.widths[i] + toDevice(kColumnGapMm);
    }
}

void paintFooter(QPainter& painter, const ImpactSummary& s, const QRectF& page, int number, int count)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7);
    font.setStyleStrategy(QFont::PreferNoShaping);
    painter.setFont(font);
    painter.setPen(QColor(0x52, 0x60, 0x6d));
    const QString text = ImpactReport::tr("PosteClient — impact financier au %1 — page %2 sur %3")
                             .arg(Labels::date(s.asOf))
                             .arg(number)
                             .arg(count);
    painter.drawText(page, Qt::AlignRight | Qt::AlignBottom, text);
}

void paintReport(QPdfWriter& writer, const ImpactSummary& s)
{
    const std::vector<Row> rows = rowsOf(s);
    std::vector<PlacedRow> placed;
    for (const Row& row : rows)
        placed.push_back(measure(row, writer, writer.width()));
    const QRectF page(0, 0, writer.width(), writer.height());
    const int pages = paginate(placed, page.height() - toDevice(kFooterMm));
    QPainter painter(&writer);
    painter.setRenderHint(QPainter::Antialiasing);
    int current = 0;
    paintFooter(painter, s, page, 1, pages);
    for (const PlacedRow& r : placed) {
        if (r.page != current) {
            writer.newPage();
            current = r.page;
            paintFooter(painter, s, page, current + 1, pages);
        }
        paintRow(painter, r);
    }
}

core::Error ioError(const QString& path)
{
    return core::Error(core::ErrorCode::IoError, {path.toStdString()});
}

} // namespace

core::Status writeImpactReport(const ImpactSummary& summary, const QString& pdfPath)
{
    // As writePdf(): QPdfWriter reports no write error, the file opened here does, and
    // a failed write leaves any previous report untouched.
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(pdfPath);
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(documentPageLayout());
        writer.setResolution(kPdfResolution);
        writer.setTitle(ImpactReport::tr("Impact financier au %1").arg(Labels::date(summary.asOf)));
        writer.setCreator(QStringLiteral("PosteClient"));
        paintReport(writer, summary);
    }
    if (!file.commit())
        return ioError(pdfPath);
    return {};
}

} // namespace pc::app
