#include "app/RecoveryLabels.h"

#include "app/Labels.h"

namespace pc::app {

QString RecoveryLabels::stepCode(const std::string& code)
{
    if (code == "courtesy")
        return tr("Rappel avant échéance");
    if (code == "reminder_1")
        return tr("1re relance");
    if (code == "reminder_2")
        return tr("2e relance");
    if (code == "call")
        return tr("Appel téléphonique");
    if (code == "formal_notice")
        return tr("Mise en demeure");
    if (code == "handover")
        return tr("Transmission au contentieux");
    if (code == "note")
        return tr("Note");
    return QString::fromStdString(code);
}

QString RecoveryLabels::step(const receivables::DunningStep& step)
{
    return stepCode(step.code);
}

QString RecoveryLabels::channel(receivables::DunningChannel channel)
{
    switch (channel) {
    case receivables::DunningChannel::Email:
        return tr("E-mail");
    case receivables::DunningChannel::Letter:
        return tr("Courrier");
    case receivables::DunningChannel::Call:
        return tr("Appel");
    case receivables::DunningChannel::RegisteredLetter:
        return tr("Lettre recommandée AR");
    case receivables::DunningChannel::Handover:
        return tr("Contentieux");
    }
    return {};
}

QString RecoveryLabels::channelCode(const std::string& code)
{
    if (const auto channel = receivables::dunningChannelFromCode(code))
        return RecoveryLabels::channel(*channel);
    return code == "note" ? tr("Note") : QString::fromStdString(code);
}

QString RecoveryLabels::tone(receivables::DunningTone tone)
{
    switch (tone) {
    case receivables::DunningTone::Courteous:
        return tr("Courtois");
    case receivables::DunningTone::Reminder:
        return tr("Rappel");
    case receivables::DunningTone::Firm:
        return tr("Ferme");
    case receivables::DunningTone::Formal:
        return tr("Formel");
    case receivables::DunningTone::Final:
        return tr("Dernier avis");
    }
    return {};
}

QString RecoveryLabels::holdReason(const receivables::DunningHold& hold)
{
    if (hold.reason == "paused")
        return tr("Recouvrement judiciaire ou procédure collective : pas de relance");
    if (hold.reason == "promise_pending")
        return hold.until ? tr("Promesse de paiement en attente jusqu'au %1").arg(Labels::date(*hold.until))
                          : tr("Promesse de paiement en attente");
    if (hold.reason == "below_minimum")
        return tr("Montant dû sous le minimum de l'étape");
    if (hold.reason == "nothing_due")
        return tr("Rien à relancer aujourd'hui");
    if (hold.reason == "disputed")
        return tr("Tout le dû est en litige");
    return QString::fromStdString(hold.reason);
}

QString RecoveryLabels::disputeReason(receivables::DisputeReason reason)
{
    switch (reason) {
    case receivables::DisputeReason::Price:
        return tr("Prix");
    case receivables::DisputeReason::Quantity:
        return tr("Quantité");
    case receivables::DisputeReason::Quality:
        return tr("Qualité");
    case receivables::DisputeReason::Delivery:
        return tr("Livraison");
    case receivables::DisputeReason::BillingError:
        return tr("Erreur de facturation");
    case receivables::DisputeReason::Duplicate:
        return tr("Doublon");
    case receivables::DisputeReason::Other:
        return tr("Autre");
    }
    return {};
}

QString RecoveryLabels::disputeStatus(receivables::DisputeStatus status)
{
    switch (status) {
    case receivables::DisputeStatus::Open:
        return tr("Ouvert");
    case receivables::DisputeStatus::Investigating:
        return tr("En cours d'analyse");
    case receivables::DisputeStatus::ResolvedCreditNote:
        return tr("Résolu par avoir");
    case receivables::DisputeStatus::ResolvedRejected:
        return tr("Rejeté");
    case receivables::DisputeStatus::ResolvedPartially:
        return tr("Résolu partiellement");
    }
    return {};
}

QString RecoveryLabels::promiseState(receivables::PromiseState state)
{
    switch (state) {
    case receivables::PromiseState::Pending:
        return tr("En attente");
    case receivables::PromiseState::Kept:
        return tr("Tenue");
    case receivables::PromiseState::Broken:
        return tr("Non tenue");
    }
    return {};
}

QString RecoveryLabels::legalKind(receivables::LegalFileKind kind)
{
    switch (kind) {
    case receivables::LegalFileKind::Injonction:
        return tr("Injonction de payer");
    case receivables::LegalFileKind::Agency:
        return tr("Organisme de recouvrement");
    case receivables::LegalFileKind::ProtectiveAttachment:
        return tr("Saisie conservatoire");
    case receivables::LegalFileKind::ClaimDeclaration:
        return tr("Déclaration de créance");
    }
    return {};
}

QString RecoveryLabels::legalStatus(const std::string& status)
{
    if (status == "prepared")
        return tr("Préparé");
    if (status == "filed")
        return tr("Déposé");
    if (status == "granted")
        return tr("Ordonnance rendue");
    if (status == "served")
        return tr("Signifié");
    if (status == "closed")
        return tr("Clos");
    return QString::fromStdString(status);
}

QString RecoveryLabels::deadline(const std::string& code)
{
    if (code == "serve_order")
        return tr("Signifier l'ordonnance (6 mois)");
    if (code == "opposition")
        return tr("Fin du délai d'opposition (1 mois)");
    if (code == "claim_filing")
        return tr("Déclarer la créance (2 mois après le BODACC)");
    if (code == "relief")
        return tr("Relevé de forclusion (6 mois)");
    if (code == "execute_attachment")
        return tr("Exécuter la saisie (3 mois)");
    if (code == "start_action")
        return tr("Engager l'action au fond (1 mois)");
    if (code == "prescription")
        return tr("Prescription (5 ans)");
    return QString::fromStdString(code);
}

QString RecoveryLabels::callOutcome(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Reached:
        return tr("Joint");
    case CallOutcome::NoAnswer:
        return tr("Pas de réponse");
    case CallOutcome::Promise:
        return tr("Promesse de paiement");
    case CallOutcome::Dispute:
        return tr("Litige signalé");
    case CallOutcome::WrongContact:
        return tr("Mauvais interlocuteur");
    case CallOutcome::Refused:
        return tr("Refus de payer");
    }
    return {};
}

QString RecoveryLabels::callOutcomeCode(const std::string& code)
{
    if (const auto outcome = callOutcomeFromCode(code))
        return callOutcome(*outcome);
    return QString::fromStdString(code);
}

QString RecoveryLabels::actionStatus(const std::string& status)
{
    if (status == "todo")
        return tr("À faire");
    if (status == "done")
        return tr("Fait");
    if (status == "cancelled")
        return tr("Annulé");
    return QString::fromStdString(status);
}

QString RecoveryLabels::templateName(const QString& code)
{
    if (code == QLatin1String("reminder"))
        return tr("Relance");
    if (code == QLatin1String("statement"))
        return tr("Relevé de compte");
    if (code == QLatin1String("formal_notice"))
        return tr("Mise en demeure");
    if (code == QLatin1String("final_notice"))
        return tr("Dernier avis avant poursuites");
    if (code == QLatin1String("injonction"))
        return tr("Requête en injonction de payer");
    return code;
}

} // namespace pc::app
