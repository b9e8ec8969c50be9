#pragma once

#include "app/DunningService.h"
#include "receivables/Dispute.h"
#include "receivables/DunningPlan.h"
#include "receivables/DunningScenario.h"
#include "receivables/LegalDeadlines.h"
#include "receivables/PaymentPromise.h"

#include <QCoreApplication>
#include <QString>

namespace pc::app {

// The words the user reads for the codes of stage 8, in the UI language.
class RecoveryLabels {
    Q_DECLARE_TR_FUNCTIONS(RecoveryLabels)

public:
    // The step's name: the built-in steps by their code, others by their code as typed.
    static QString step(const receivables::DunningStep& step);
    static QString stepCode(const std::string& code);
    static QString channel(receivables::DunningChannel channel);
    static QString channelCode(const std::string& code);
    static QString tone(receivables::DunningTone tone);
    // "Promesse en cours jusqu'au 12/12/2026", "Tout le dû est en litige"…
    static QString holdReason(const receivables::DunningHold& hold);
    static QString disputeReason(receivables::DisputeReason reason);
    static QString disputeStatus(receivables::DisputeStatus status);
    static QString promiseState(receivables::PromiseState state);
    static QString legalKind(receivables::LegalFileKind kind);
    static QString legalStatus(const std::string& status);
    static QString deadline(const std::string& code);
    static QString callOutcome(CallOutcome outcome);
    static QString callOutcomeCode(const std::string& code);
    static QString actionStatus(const std::string& status);
    static QString templateName(const QString& code);
};

} // namespace pc::app
