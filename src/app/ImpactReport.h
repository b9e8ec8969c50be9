#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pc::app {

class Workspace;

// Stage 9 for a finance director: what the customer cycle does to the balance sheet,
// the P&L and the cash, composed from the stage 9 services. Pure data; percentages and
// days in hundredths, empty when there was nothing to divide by.

// The receivables in the balance sheet on the as-of day, incl. VAT.
struct ImpactBalanceSheet {
    core::Money gross;   // open debits less credits set against nothing
    core::Money current; // not yet due
    core::Money overdue; // gross − current
    std::optional<std::int64_t> overdueShare;
    core::Money disputed; // part of gross under active dispute
    core::Money doubtful; // part of gross held as doubtful (416)
    // The impairment (491): what the books hold, what the review asks to book (signed:
    // a reversal is negative), and their sum, the stock the rules require.
    core::Money provisionBooked;
    core::Money provisionToBook;
    core::Money provisionStock;
    core::Money net; // gross − provisionStock
};

// The aged balance on the as-of day, undisputed amounts by bucket, disputes apart.
struct ImpactAging {
    std::vector<std::string> labels; // "not_due", "1-30", …, "90+"
    std::vector<core::Money> buckets;
    core::Money disputed;
};

// What the credit granted cost over [from, to], excl. VAT.
struct ImpactProfitAndLoss {
    core::Money sales;
    core::Money provisionCharge;   // 6817 booked in the period
    core::Money provisionReversal; // 7817 booked in the period, positive
    core::Money losses;            // 654: receivables written off
    core::Money vatRecovered;      // 44571 on the write-offs: recovered, not a cost
    core::Money financing;         // of the average outstanding
    core::Money collection;        // the dunning actions
    // provisionCharge − provisionReversal + losses + financing + collection.
    core::Money costOfCredit;
    std::optional<std::int64_t> costShareOfSales; // costOfCredit / sales, in %
    core::Money averageOutstanding;
    // On the exposure at `to` by risk class: a risk to watch, not booked, so outside
    // the cost of credit.
    core::Money expectedLoss;
};

struct ImpactDsoPoint {
    core::Date day; // the end of a month, or the as-of day for the last one
    std::optional<std::int64_t> dso;
};

struct ImpactDso {
    std::optional<std::int64_t> dso;       // on the as-of day
    std::optional<std::int64_t> countBack; // on the as-of day
    std::optional<std::int64_t> target;
    std::optional<std::int64_t> gap; // dso − target: positive is worse
    std::vector<ImpactDsoPoint> history; // twelve months, oldest first
};

struct ImpactCashMonth {
    core::Date start;
    core::Date end;
    core::Money expected;
};

// The cash-in expected from the open debits, by month from the as-of day's.
struct ImpactCash {
    std::vector<ImpactCashMonth> months;
    core::Money expected; // of the months
    core::Money beyond;   // expected after the last month
    core::Money disputed;
    core::Money inProceedings; // only a claim in collective proceedings
    core::Money openDebits;    // expected + beyond + disputed + inProceedings
};

struct ImpactSummary {
    core::Date from;
    core::Date to;
    core::Date asOf;
    std::string sellerName;
    std::string sellerSiren; // formatted, empty when unknown
    ImpactBalanceSheet balanceSheet;
    ImpactAging aging;
    ImpactProfitAndLoss profitAndLoss;
    ImpactDso dso;
    ImpactCash cash;
};

class ImpactReport {
    Q_DECLARE_TR_FUNCTIONS(ImpactReport)

public:
    static constexpr int kHistoryMonths = 12;
    static constexpr int kForecastMonths = 3;

    // The P&L over [from, to], the balance sheet, DSO and cash on `asOf`. Errors:
    // DateTooEarly (`to` before `from`, field "to"), the provision rules' errors.
    static core::Result<ImpactSummary> compose(Workspace& workspace, core::Date from, core::Date to,
                                               core::Date asOf);
};

// Amounts in integer cents (`*_cents`), hundredths as numbers with two decimals
// (null when there is none), dates in ISO 8601.
nlohmann::json toJson(const ImpactSummary& summary);

// The report as an A4 PDF at `pdfPath`, replacing the file in one step: key figures,
// the three views and their charts. IoError (args: path) when the file cannot be
// written. Fonts need a QGuiApplication.
core::Status writeImpactReport(const ImpactSummary& summary, const QString& pdfPath);

} // namespace pc::app
