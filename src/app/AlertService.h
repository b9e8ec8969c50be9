#pragma once

#include "core/Date.h"
#include "core/Result.h"
#include "receivables/CreditAlerts.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace pc::app {

class Workspace;

struct AlertView {
    receivables::Alert alert;
    QString siren;
    QString name;
    bool acknowledged = false;
};

// The dashboard's alerts (stage 9): limit exceeded, items overdue beyond the
// threshold, risk class lowered, review date passed, promise broken, collective
// proceedings. The exposure compared with the limit is the open receivables.
class AlertService {
    Q_DECLARE_TR_FUNCTIONS(AlertService)

public:
    explicit AlertService(Workspace& workspace) : m_ws(workspace) {}

    // Most severe first; acknowledged ones only when asked for.
    std::vector<AlertView> alerts(core::Date asOf, bool withAcknowledged = false);
    // Errors: UnknownValue (kind), NotFound (no such alert on `asOf`, field "key"),
    // DuplicateKey (already acknowledged), StoreError.
    core::Status acknowledge(qint64 companyId, const QString& kind, const QString& key, const QString& note,
                             core::Date asOf);
    // How an alert reads in the list: "Encours 12 000,00 € au-delà de la limite".
    static QString describe(const receivables::Alert& alert);
    static QString kindLabel(receivables::AlertKind kind);

private:
    std::vector<receivables::ClientRiskFacts> facts(core::Date asOf);
    Workspace& m_ws;
};

} // namespace pc::app
