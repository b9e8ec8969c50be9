#include "receivables/CreditAlerts.h"

#include <algorithm>
#include <array>

namespace pc::receivables {

using core::Date;
using core::Money;

namespace {

constexpr std::array<std::pair<AlertKind, std::string_view>, 6> kCodes{{
    {AlertKind::LimitExceeded, "limit_exceeded"},
    {AlertKind::OverdueBeyondThreshold, "overdue"},
    {AlertKind::ScoreDowngrade, "score_downgrade"},
    {AlertKind::ReviewDatePassed, "review_passed"},
    {AlertKind::BrokenPromise, "broken_promise"},
    {AlertKind::CollectiveProceedings, "proceedings"},
}};

std::string decisionTag(const ClientRiskFacts& c)
{
    return c.decidedOn ? ":" + c.decidedOn->toIso() : std::string();
}

void limitAlert(const ClientRiskFacts& c, std::vector<Alert>& out)
{
    if (!c.limit || c.exposure <= *c.limit)
        return;
    // A limit of zero exceeded is a client who should have been on cash terms.
    const AlertSeverity severity = c.exposure.cents() > 2 * c.limit->cents() ? AlertSeverity::Critical
                                                                             : AlertSeverity::Warning;
    out.push_back({AlertKind::LimitExceeded, c.companyId, "limit:" + std::to_string(c.limit->cents()) + decisionTag(c), severity,
                   c.exposure - *c.limit, std::nullopt, {}});
}

void overdueAlert(const ClientRiskFacts& c, Date asOf, const AlertThresholds& t, std::vector<Alert>& out)
{
    Money late;
    std::optional<Date> oldest;
    for (const ClientRiskFacts::Due& d : c.openItems) {
        if (!d.open.isPositive() || d.dueDate.daysUntil(asOf) < t.overdueDays)
            continue;
        late += d.open;
        if (!oldest || d.dueDate < *oldest)
            oldest = d.dueDate;
    }
    if (!oldest || late < t.overdueMinimum || late.isZero())
        return;
    const AlertSeverity severity =
        oldest->daysUntil(asOf) >= 2 * t.overdueDays ? AlertSeverity::Critical : AlertSeverity::Warning;
    out.push_back({AlertKind::OverdueBeyondThreshold, c.companyId, "overdue:" + oldest->toIso(), severity, late,
                   oldest, std::to_string(oldest->daysUntil(asOf))});
}

void classAlert(const ClientRiskFacts& c, const AlertThresholds& t, std::vector<Alert>& out)
{
    if (!c.riskClass || !c.previousRiskClass || *c.riskClass - *c.previousRiskClass < t.classDrop)
        return;
    const std::string classes{*c.previousRiskClass, '>', *c.riskClass};
    out.push_back({AlertKind::ScoreDowngrade, c.companyId, "class:" + classes + decisionTag(c),
                   *c.riskClass >= 'E' ? AlertSeverity::Critical : AlertSeverity::Warning, c.exposure, std::nullopt,
                   classes});
}

void reviewAlert(const ClientRiskFacts& c, Date asOf, std::vector<Alert>& out)
{
    if (!c.reviewDate || *c.reviewDate >= asOf)
        return;
    out.push_back({AlertKind::ReviewDatePassed, c.companyId, "review:" + c.reviewDate->toIso(), AlertSeverity::Info,
                   c.exposure, c.reviewDate, {}});
}

void promiseAlerts(const ClientRiskFacts& c, std::vector<Alert>& out)
{
    for (const ClientRiskFacts::Broken& b : c.brokenPromises)
        out.push_back({AlertKind::BrokenPromise, c.companyId, "promise:" + std::to_string(b.promiseId),
                       AlertSeverity::Warning, b.missing, b.since, {}});
}

void proceedingsAlert(const ClientRiskFacts& c, std::vector<Alert>& out)
{
    if (c.proceedings.empty())
        return;
    const std::string date = c.proceedingsDate ? c.proceedingsDate->toIso() : std::string();
    // Owing nothing, the client is only news: nothing to declare to the administrator.
    const AlertSeverity severity = c.exposure.isPositive() ? AlertSeverity::Critical : AlertSeverity::Info;
    out.push_back({AlertKind::CollectiveProceedings, c.companyId, "proceedings:" + c.proceedings + ":" + date,
                   severity, c.exposure, c.proceedingsDate, c.proceedings});
}

} // namespace

std::string_view toCode(AlertKind kind)
{
    for (const auto& [k, code] : kCodes)
        if (k == kind)
            return code;
    return {};
}

std::optional<AlertKind> alertKindFromCode(std::string_view code)
{
    for (const auto& [k, c] : kCodes)
        if (c == code)
            return k;
    return std::nullopt;
}

std::vector<Alert> raiseAlerts(const std::vector<ClientRiskFacts>& clients, Date asOf, const AlertThresholds& t)
{
    std::vector<Alert> alerts;
    for (const ClientRiskFacts& c : clients) {
        proceedingsAlert(c, alerts);
        limitAlert(c, alerts);
        overdueAlert(c, asOf, t, alerts);
        classAlert(c, t, alerts);
        promiseAlerts(c, alerts);
        reviewAlert(c, asOf, alerts);
    }
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert& a, const Alert& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.amount > b.amount;
    });
    return alerts;
}

} // namespace pc::receivables
