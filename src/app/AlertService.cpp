#include "app/AlertService.h"

#include "app/ClientService.h"
#include "app/Labels.h"
#include "app/PromiseService.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "store/AgingRepository.h"
#include "store/AlertRepository.h"
#include "store/Transaction.h"

#include <map>

namespace pc::app {

using core::Date;
using core::Error;
using core::ErrorCode;
using core::Money;
using core::Status;
using receivables::Alert;
using receivables::AlertKind;
using receivables::ClientRiskFacts;

std::vector<ClientRiskFacts> AlertService::facts(Date asOf)
{
    std::map<qint64, ClientRiskFacts> byClient;
    const auto client = [&](qint64 id) -> ClientRiskFacts& {
        ClientRiskFacts& f = byClient[id];
        f.companyId = id;
        return f;
    };
    for (const store::OpenOnDay& e : store::AgingRepository(m_ws.db()).openOn(asOf)) {
        ClientRiskFacts& f = client(e.companyId);
        f.exposure += e.open;
        if (e.open.isPositive())
            f.openItems.push_back({e.dueDate, e.open});
    }
    store::AlertRepository alerts(m_ws.db());
    for (const store::LimitState& l : alerts.limitStates(asOf)) {
        ClientRiskFacts& f = client(l.companyId);
        f.limit = l.limit;
        f.riskClass = l.riskClass;
        f.previousRiskClass = l.previousRiskClass;
        f.reviewDate = l.reviewDate;
        f.decidedOn = l.decidedOn;
    }
    for (const store::ProceedingsState& p : alerts.proceedings()) {
        ClientRiskFacts& f = client(p.companyId);
        f.proceedings = p.kind.toStdString();
        f.proceedingsDate = p.since;
    }
    for (const PromiseView& p : PromiseService(m_ws).promises(std::nullopt, asOf)) {
        if (p.status.state != receivables::PromiseState::Broken || !p.status.since)
            continue;
        const Money missing = p.record.promise.amount - p.status.received;
        client(p.record.companyId).brokenPromises.push_back({p.record.promise.id, *p.status.since, missing});
    }
    std::vector<ClientRiskFacts> list;
    list.reserve(byClient.size());
    for (auto& [id, f] : byClient)
        list.push_back(std::move(f));
    return list;
}

std::vector<AlertView> AlertService::alerts(Date asOf, bool withAcknowledged)
{
    const ImpactPolicy policy = SharedSettings(m_ws).impactPolicy();
    const receivables::AlertThresholds thresholds{policy.alertOverdueDays, policy.alertOverdueMinimum,
                                                  policy.alertClassDrop};
    store::AgingRepository aging(m_ws.db());
    const auto labels = aging.clientLabels();
    const auto acknowledged = store::AlertRepository(m_ws.db()).acknowledged();
    std::vector<AlertView> views;
    for (Alert& a : receivables::raiseAlerts(facts(asOf), asOf, thresholds)) {
        const QString kind = QString::fromLatin1(receivables::toCode(a.kind));
        const bool ack = acknowledged.contains({a.companyId, kind, QString::fromStdString(a.key)});
        if (ack && !withAcknowledged)
            continue;
        const auto it = labels.find(a.companyId);
        views.push_back({std::move(a), it == labels.end() ? QString() : it->second.siren,
                         it == labels.end() ? QString() : it->second.name, ack});
    }
    return views;
}

Status AlertService::acknowledge(qint64 companyId, const QString& kind, const QString& key, const QString& note,
                                 Date asOf)
{
    if (!receivables::alertKindFromCode(kind.toStdString()))
        return Error(ErrorCode::UnknownValue, {kind.toStdString()}).inField("kind");
    return guardStore([&]() -> Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        bool found = false;
        for (const AlertView& v : alerts(asOf, true)) {
            if (v.alert.companyId != companyId || QString::fromLatin1(receivables::toCode(v.alert.kind)) != kind
                || QString::fromStdString(v.alert.key) != key)
                continue;
            if (v.acknowledged)
                return Error(ErrorCode::DuplicateKey, {key.toStdString()}).inField("key");
            found = true;
        }
        if (!found)
            return Error(ErrorCode::NotFound, {key.toStdString()}).inField("key");
        if (auto s = store::AlertRepository(m_ws.db()).acknowledge({companyId, kind, key, note}, m_ws.stamp()); !s)
            return s;
        return tx.commit();
    });
}

QString AlertService::kindLabel(AlertKind kind)
{
    switch (kind) {
    case AlertKind::LimitExceeded: return tr("Limite dépassée");
    case AlertKind::OverdueBeyondThreshold: return tr("Retard au-delà du seuil");
    case AlertKind::ScoreDowngrade: return tr("Classe de risque dégradée");
    case AlertKind::ReviewDatePassed: return tr("Révision de limite dépassée");
    case AlertKind::BrokenPromise: return tr("Promesse non tenue");
    case AlertKind::CollectiveProceedings: return tr("Procédure collective");
    }
    return {};
}

QString AlertService::describe(const Alert& a)
{
    const QString amount = Labels::money(a.amount);
    const QString since = a.since ? Labels::date(*a.since) : QString();
    switch (a.kind) {
    case AlertKind::LimitExceeded: return tr("Encours au-delà de la limite de %1").arg(amount);
    case AlertKind::OverdueBeyondThreshold:
        return tr("%1 échus, le plus ancien depuis %2 jours").arg(amount, QString::fromStdString(a.detail));
    case AlertKind::ScoreDowngrade:
        return tr("Classe %1 (encours %2)").arg(QString::fromStdString(a.detail).replace(QLatin1Char('>'), QStringLiteral(" → ")), amount);
    case AlertKind::ReviewDatePassed: return tr("Limite à réviser depuis le %1").arg(since);
    case AlertKind::BrokenPromise: return tr("%1 promis non reçus (rompue le %2)").arg(amount, since);
    case AlertKind::CollectiveProceedings: {
        const auto kind = core::proceedingsFromCode(a.detail);
        return tr("%1 depuis le %2 (encours %3)")
            .arg(kind ? Labels::proceedings(*kind) : QString::fromStdString(a.detail),
                 since.isEmpty() ? tr("date inconnue") : since, amount);
    }
    }
    return {};
}

} // namespace pc::app
