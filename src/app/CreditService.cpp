#include "app/CreditService.h"

#include "app/ClientAudit.h"
#include "app/ClientService.h"
#include "app/RiskPolicyFile.h"
#include "app/StatementService.h"
#include "risk/StatementCheck.h"
#include "app/Workspace.h"
#include "store/StatementRepository.h"
#include "store/Transaction.h"

#include <algorithm>

namespace pc::app {

using core::Error;
using core::ErrorCode;
using core::Money;
using core::Status;
using nlohmann::json;

namespace {

// The values of the internal score's factors: ratios of the analysed year, the Conan &
// Holder score, and the payment behaviour (known once invoices are collected).
risk::ScoringInputs scoringInputs(const CreditAnalysis& a)
{
    risk::ScoringInputs in;
    in.proceedings = a.client.company.proceedings;
    in.liens = a.profile.liens;
    const risk::YearRatios* year = a.analysedRatios();
    for (const risk::ScoreFactor& factor : a.policy.factors) {
        if (year != nullptr) {
            if (const risk::RatioValue* r = year->find(factor.key)) {
                if (r->ok())
                    in.values[factor.key] = *r->number();
                else
                    in.errors[factor.key] = r->error;
                continue;
            }
        }
        if (const risk::ScoreResult* s = a.score(factor.key)) {
            if (s->ok())
                in.values[factor.key] = *s->value;
            else
                in.errors[factor.key] = s->error;
        }
    }
    return in;
}

std::optional<Money> ratioAmount(const risk::YearRatios* year, const char* key)
{
    if (year == nullptr)
        return std::nullopt;
    const risk::RatioValue* r = year->find(key);
    return r != nullptr ? r->amount : std::nullopt;
}

risk::LimitInputs limitInputs(const CreditAnalysis& a)
{
    risk::LimitInputs in;
    in.riskClass = a.internal.riskClass;
    in.netWorth = ratioAmount(a.analysedRatios(), "equity");
    in.workingCapital = ratioAmount(a.analysedRatios(), "frng");
    in.expectedAnnualPurchases = a.profile.expectedAnnualPurchases;
    in.paymentTermDays = a.terms ? a.terms->nominalDays() : 30;
    in.usualDelayDays = a.profile.usualDelayDays;
    in.insurerCover = a.profile.insurerCover;
    return in;
}

json limitJson(const std::optional<store::CreditLimitDecision>& d)
{
    if (!d)
        return nullptr;
    return {{"amount_cents", d->amount.cents()},
            {"approver", d->approver.toStdString()},
            {"review_date", d->reviewDate.toIso()},
            {"risk_class", d->riskClass}};
}

json profileJson(const store::CreditProfile& p)
{
    const auto cents = [](const std::optional<Money>& m) { return m ? json(m->cents()) : json(nullptr); };
    return {{"payment_terms", p.paymentTerms},
            {"expected_annual_purchases_cents", cents(p.expectedAnnualPurchases)},
            {"usual_delay_days", p.usualDelayDays},
            {"insurer_cover_cents", cents(p.insurerCover)},
            {"liens", p.liens}};
}

} // namespace

const risk::YearRatios* CreditAnalysis::analysedRatios() const
{
    const auto it = std::find_if(years.begin(), years.end(), [this](const risk::YearRatios& y) {
        return analysedYear && y.fiscalYear == *analysedYear;
    });
    return it == years.end() ? nullptr : &*it;
}

const risk::ScoreResult* CreditAnalysis::score(const std::string& name) const
{
    const auto it = std::find_if(scores.begin(), scores.end(), [&](const risk::ScoreResult& s) { return s.name == name; });
    return it == scores.end() ? nullptr : &*it;
}

core::Result<CreditAnalysis> CreditService::analyze(const QString& key, std::optional<int> year)
{
    auto client = ClientService(m_ws).find(key);
    if (!client)
        return client.error();
    return analyze(client->id, year);
}

core::Result<CreditAnalysis> CreditService::analyze(qint64 clientId, std::optional<int> year)
{
    auto policy = RiskPolicyFile::load();
    if (!policy)
        return policy.error();
    return guardStore([&]() -> core::Result<CreditAnalysis> {
        CreditAnalysis a;
        auto client = ClientService(m_ws).byId(clientId);
        if (!client)
            return Error(ErrorCode::NotFound, {std::to_string(clientId)});
        a.client = std::move(*client);
        a.policy = std::move(policy).value();
        a.policyPath = RiskPolicyFile::activePath();
        a.statements = store::StatementRepository(m_ws.db())
                           .forCompany(clientId, a.client.company.siren ? a.client.company.siren->str() : std::string());
        // Ratios and scores read normal-regime codes; simplified returns are mapped.
        std::vector<risk::FinancialStatement> normal;
        for (const risk::FinancialStatement& s : a.statements)
            normal.push_back(risk::toNormalCodes(s, liasseCodes()));
        risk::RatioOptions options;
        options.dayBasis = a.policy.dayBasis;
        a.years = risk::computeRatioSeries(normal, options);
        if (year) {
            if (std::none_of(a.statements.begin(), a.statements.end(),
                             [&](const risk::FinancialStatement& s) { return s.fiscalYear() == *year; }))
                return Error(ErrorCode::NotFound, {std::to_string(*year)}).inField("year");
            a.analysedYear = year;
        } else if (!a.statements.empty()) {
            a.analysedYear = a.statements.back().fiscalYear();
        }
        for (const risk::FinancialStatement& s : normal) {
            if (a.analysedYear && s.fiscalYear() == *a.analysedYear) {
                const auto inputs = risk::scoreInputsFrom(s);
                a.scores = inputs ? risk::allScores(*inputs) : std::vector<risk::ScoreResult>{};
            }
        }
        store::CreditRepository credit(m_ws.db());
        a.profile = credit.profile(clientId);
        if (auto terms = core::PaymentTerms::fromCode(a.profile.paymentTerms))
            a.terms = *terms;
        a.internal = risk::scoreInternally(scoringInputs(a), a.policy);
        a.recommendation = risk::recommendLimit(limitInputs(a), a.policy);
        a.currentLimit = credit.limitOn(clientId, m_ws.clock().today());
        a.history = credit.limits(clientId);
        return a;
    });
}

Status CreditService::setLimit(qint64 clientId, const LimitDecisionInput& input)
{
    if (input.reason.trimmed().isEmpty())
        return Error(ErrorCode::ReasonRequired, {}).inField("reason");
    if (input.approver.trimmed().isEmpty())
        return Error(ErrorCode::MissingField, {"approver"}).inField("approver");
    if (input.amount.isNegative())
        return Error(ErrorCode::InvalidNumber, {input.amount.toString()}).inField("amount");
    const core::Date today = m_ws.clock().today();
    if (input.reviewDate <= today)
        return Error(ErrorCode::DateTooEarly, {input.reviewDate.toIso(), today.toIso()}).inField("review_date");
    auto analysis = analyze(clientId);
    if (!analysis)
        return analysis.error();
    const auto result = guardStore([&]() -> Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::CreditLimitDecision d;
        d.amount = input.amount;
        d.recommended = analysis->recommendation.limit;
        d.riskClass = std::string(1, analysis->internal.riskClass);
        d.policyVersion = analysis->policy.version;
        d.approver = input.approver.trimmed();
        d.reason = input.reason.trimmed();
        d.reviewDate = input.reviewDate;
        d.decidedOn = today;
        d.decidedAt = m_ws.clock().now();
        d.decidedBy = m_ws.actor();
        if (auto id = store::CreditRepository(m_ws.db()).addLimit(clientId, d); !id)
            return id.error();
        json after = limitJson(d);
        after["recommended_cents"] = d.recommended->cents();
        after["policy_version"] = d.policyVersion;
        if (auto status = recordClientAudit(m_ws, analysis->client, QStringLiteral("credit.limit"), d.reason,
                                            limitJson(analysis->currentLimit), after);
            !status)
            return status;
        return tx.commit();
    });
    if (result)
        emit m_ws.notifier().creditChanged(clientId);
    return result;
}

core::Result<store::CreditProfile> CreditService::profile(qint64 clientId)
{
    return guardStore([&]() -> core::Result<store::CreditProfile> { return store::CreditRepository(m_ws.db()).profile(clientId); });
}

Status CreditService::saveProfile(qint64 clientId, const store::CreditProfile& profile)
{
    const auto result = guardStore([&]() -> Status {
        const auto client = ClientService(m_ws).byId(clientId);
        if (!client)
            return Error(ErrorCode::NotFound, {std::to_string(clientId)});
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::CreditRepository credit(m_ws.db());
        const store::CreditProfile before = credit.profile(clientId);
        if (auto status = credit.saveProfile(clientId, profile, m_ws.clock().now()); !status)
            return status;
        if (auto status = recordClientAudit(m_ws, *client, QStringLiteral("credit.profile"), QString(),
                                            profileJson(before), profileJson(profile));
            !status)
            return status;
        return tx.commit();
    });
    if (result)
        emit m_ws.notifier().creditChanged(clientId);
    return result;
}

} // namespace pc::app
