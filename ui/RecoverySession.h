#pragma once

#include "core/Date.h"
#include "store/ClientRepository.h"

#include <QObject>
#include <QString>

#include <map>
#include <optional>

namespace pc::app {
class Workspace;
}

namespace pc::ui {

// What the tabs of stage 8 share: the day the collector works on, the folder the
// documents are written to, the client being looked at, and the clients' names that
// the lists show beside their ids.
class RecoverySession : public QObject {
    Q_OBJECT

public:
    RecoverySession(app::Workspace& workspace, QObject* parent = nullptr);

    app::Workspace& workspace() { return m_ws; }

    core::Date asOf() const { return m_asOf; }
    void setAsOf(core::Date asOf);

    QString outputFolder() const { return m_outputFolder; }
    void setOutputFolder(const QString& folder);
    // Keeps the folder for the user's next sessions (a choice made, not a test's).
    void rememberOutputFolder() const;
    // Documents/PosteClient/relances, or the data folder's "relances" without a
    // documents folder (a service account).
    static QString defaultOutputFolder();

    std::optional<qint64> client() const { return m_client; }
    void setClient(std::optional<qint64> clientId);

    // The client's summary, read once until clients change; null when unknown.
    const store::ClientSummary* summary(qint64 clientId);
    QString clientName(qint64 clientId);
    QString clientSiren(qint64 clientId);
    // How the services find a client: its SIREN, else its account number.
    QString clientKey(qint64 clientId);
    // Clients were added, renamed or imported: read the summaries again.
    void forgetClients() { m_summaries.reset(); }

signals:
    void asOfChanged();
    void outputFolderChanged();
    void clientChanged();

private:
    app::Workspace& m_ws;
    core::Date m_asOf;
    QString m_outputFolder;
    std::optional<qint64> m_client;
    std::optional<std::map<qint64, store::ClientSummary>> m_summaries;
};

} // namespace pc::ui
