// analyze, limit, credit profile and terms: stages 1 and 2 from the shell.

#include "cli/Cli.h"

#include "app/CreditJson.h"
#include "app/CreditService.h"
#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/RiskLabels.h"
#include "app/Workspace.h"
#include "core/PaymentTerms.h"

#include <QLocale>

namespace pc::cli {

using nlohmann::json;
using namespace pc::core;

namespace {

QString euros(Money amount)
{
    return app::Labels::money(amount);
}

} // namespace

int Cli::runAnalyze()
{
    if (m_args.words.size() != 2)
        return failUsage(tr("analyze attend un SIREN, un SIRET ou un numéro de compte"));
    std::optional<int> year;
    if (m_args.options.contains(QStringLiteral("year"))) {
        bool ok = false;
        year = m_args.option(QStringLiteral("year")).toInt(&ok);
        if (!ok)
            return failUsage(tr("--year attend une année (AAAA)"));
    }
    auto file = findClient(m_args.word(1));
    if (!file)
        return fail(file.error());
    auto analysis = app::CreditService(*m_ws).analyze(file->id, year);
    if (!analysis)
        return fail(analysis.error());
    if (m_args.json) {
        printJson(app::toJson(*analysis));
        return kExitOk;
    }
    printAnalysis(*analysis);
    return kExitOk;
}

void Cli::printAnalysis(const app::CreditAnalysis& a)
{
    m_out << QString::fromStdString(a.client.company.name) << '\n';
    if (!a.analysedYear) {
        m_out << tr("Aucun bilan : le score ne repose que sur les événements connus.") << '\n';
    } else {
        m_out << tr("Exercice %1").arg(*a.analysedYear) << '\n';
        if (const risk::YearRatios* y = a.analysedRatios()) {
            for (const std::string& key : risk::ratioKeys()) {
                const risk::RatioValue* r = y->find(key);
                m_out << "  " << padded(app::RiskLabels::ratioName(key), 50) << app::RiskLabels::ratioValue(*r) << '\n';
            }
        }
        for (const risk::ScoreResult& s : a.scores)
            m_out << "  " << padded(app::RiskLabels::scoreName(s.name), 50) << app::RiskLabels::scoreValue(s) << '\n';
    }
    const QLocale locale;
    m_out << tr("Score interne : %1 / 100, classe %2")
                 .arg(locale.toString(a.internal.score, 'f', 1), QString(QLatin1Char(a.internal.riskClass)))
          << '\n';
    for (const risk::ScoreContribution& c : a.internal.contributions)
        m_out << "  " << padded(app::RiskLabels::factorName(c.key), 50)
              << tr("%1 / %2 points").arg(locale.toString(c.points, 'f', 1), locale.toString(c.maxPoints, 'f', 0))
              << '\n';
    for (const risk::ScoreContribution& c : a.internal.adjustments)
        m_out << "  " << padded(app::RiskLabels::factorName(c.key), 50) << tr("%1 points").arg(locale.toString(c.points, 'f', 1)) << '\n';
    m_out << tr("Limite recommandée : %1 (%2)")
                 .arg(euros(a.recommendation.limit), app::RiskLabels::limitRuleName(a.recommendation.bindingRule))
          << '\n';
    if (a.currentLimit)
        m_out << tr("Limite accordée : %1, revue le %2")
                     .arg(euros(a.currentLimit->amount), app::Labels::date(a.currentLimit->reviewDate))
              << '\n';
}

int Cli::runLimit()
{
    if (m_args.word(1) != QLatin1String("set") || m_args.words.size() != 4)
        return failUsage(tr("usage : limit set SIREN MONTANT --reason MOTIF --review AAAA-MM-JJ [--approver NOM]"));
    auto amount = Money::parse(m_args.word(3).toStdString());
    if (!amount)
        return fail(amount.error().inField("amount"));
    auto review = Date::parse(m_args.option(QStringLiteral("review")).toStdString());
    if (!review)
        return fail(review.error().inField("--review"));
    auto file = findClient(m_args.word(2));
    if (!file)
        return fail(file.error());
    QString approver = m_args.option(QStringLiteral("approver"));
    if (approver.isEmpty())
        approver = m_ws->actor();
    const app::LimitDecisionInput decision{*amount, approver, m_args.option(QStringLiteral("reason")), *review};
    if (auto status = app::CreditService(*m_ws).setLimit(file->id, decision); !status)
        return fail(status.error());
    if (m_args.json)
        printJson({{"siren", file->company.siren ? json(file->company.siren->str()) : json(nullptr)},
                   {"amount_cents", amount->cents()},
                   {"approver", approver.toStdString()},
                   {"review_date", review->toIso()}});
    else
        m_out << tr("Limite de %1 accordée à %2, revue le %3")
                     .arg(euros(*amount), QString::fromStdString(file->company.name), app::Labels::date(*review))
              << '\n';
    return kExitOk;
}

int Cli::runCredit()
{
    if (m_args.word(1) != QLatin1String("profile") || m_args.words.size() != 3)
        return failUsage(tr("usage : credit profile SIREN [--terms CONDITIONS] [--purchases MONTANT] [--delay JOURS] "
                            "[--insurer MONTANT] [--liens N]"));
    auto file = findClient(m_args.word(2));
    if (!file)
        return fail(file.error());
    app::CreditService credit(*m_ws);
    auto stored = credit.profile(file->id);
    if (!stored)
        return fail(stored.error());
    store::CreditProfile profile = *stored;
    if (auto status = applyProfileOptions(profile); !status)
        return fail(status.error());
    if (auto status = credit.saveProfile(file->id, profile); !status)
        return fail(status.error());
    return runAnalyzeOf(file->id);
}

Status Cli::applyProfileOptions(store::CreditProfile& profile) const
{
    const auto money = [&](const char* name, std::optional<Money>& target) -> Status {
        const QString text = m_args.option(QString::fromLatin1(name));
        if (text.isEmpty())
            return {};
        auto amount = Money::parse(text.toStdString());
        if (!amount)
            return amount.error().inField(std::string("--") + name);
        target = *amount;
        return {};
    };
    const auto count = [&](const char* name, int& target) -> Status {
        const QString text = m_args.option(QString::fromLatin1(name));
        if (text.isEmpty())
            return {};
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < 0)
            return Error(ErrorCode::InvalidNumber, {text.toStdString()}).inField(std::string("--") + name);
        target = value;
        return {};
    };
    if (const QString text = m_args.option(QStringLiteral("terms")); !text.isEmpty()) {
        auto terms = PaymentTerms::parse(text.toStdString());
        if (!terms)
            return terms.error().inField("--terms");
        profile.paymentTerms = terms->code();
    }
    for (auto status : {money("purchases", profile.expectedAnnualPurchases), money("insurer", profile.insurerCover),
                        count("delay", profile.usualDelayDays), count("liens", profile.liens)})
        if (!status)
            return status;
    return {};
}

int Cli::runAnalyzeOf(qint64 clientId)
{
    auto analysis = app::CreditService(*m_ws).analyze(clientId);
    if (!analysis)
        return fail(analysis.error());
    if (m_args.json)
        printJson(app::toJson(*analysis));
    else
        printAnalysis(*analysis);
    return kExitOk;
}

int Cli::runTerms()
{
    if (m_args.word(1) != QLatin1String("due-date") || m_args.words.size() != 2)
        return failUsage(tr("usage : terms due-date --invoice-date AAAA-MM-JJ --terms CONDITIONS "
                            "[--method eom-then-45|45-then-eom]"));
    auto invoiceDate = Date::parse(m_args.option(QStringLiteral("invoice-date")).toStdString());
    if (!invoiceDate)
        return fail(invoiceDate.error().inField("--invoice-date"));
    auto terms = PaymentTerms::parse(m_args.option(QStringLiteral("terms")).toStdString());
    if (!terms)
        return fail(terms.error().inField("--terms"));
    const QString methodText = m_args.option(QStringLiteral("method"));
    const auto method = methodText.isEmpty() ? std::optional<EomMethod>(EomMethod::EomThen45)
                                             : eomMethodFromCode(methodText.toStdString());
    if (!method)
        return failUsage(tr("--method attend eom-then-45 ou 45-then-eom"));
    const Date due = terms->dueDate(*invoiceDate, *method);
    const Date legalMax = terms->legalMaxDate(*invoiceDate, *method);
    const bool compliant = terms->isCompliant(*invoiceDate, *method);
    if (m_args.json) {
        printJson({{"invoice_date", invoiceDate->toIso()},
                   {"terms", terms->code()},
                   {"label", terms->label()},
                   {"method", std::string(toCode(*method))},
                   {"due_date", due.toIso()},
                   {"days", invoiceDate->daysUntil(due)},
                   {"legal_max_date", legalMax.toIso()},
                   {"compliant", compliant}});
    } else {
        m_out << tr("Échéance : %1 (%2 jours)").arg(app::Labels::date(due)).arg(invoiceDate->daysUntil(due)) << '\n'
              << tr("Maximum légal : %1").arg(app::Labels::date(legalMax)) << '\n';
        if (!compliant)
            m_out << tr("Attention : ces conditions dépassent le délai légal (Code de commerce, L441-10).") << '\n';
    }
    return kExitOk;
}

} // namespace pc::cli
