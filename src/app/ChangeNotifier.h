#pragma once

#include <QObject>

namespace pc::app {

// Says what changed in the store after a use case committed, so that every model and
// page showing it can refresh. One per workspace.
class ChangeNotifier : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void clientChanged(qint64 clientId);
    // Many clients at once (an import, the demo portfolio).
    void clientsReset();
    // Statements, credit profile or credit limit of a client (stages 1 and 2).
    void creditChanged(qint64 clientId);
    // Orders, deliveries, invoices or ledger entries of a client (stages 4 to 7).
    void salesChanged(qint64 clientId);
    // Ledger entries or lettering of many clients at once (imports, automatic
    // lettering, undoing a lettering).
    void ledgerChanged();
};

} // namespace pc::app
