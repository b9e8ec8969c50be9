#include "app/ClientAudit.h"

#include "app/Workspace.h"
#include "store/AuditLog.h"

namespace pc::app {

QString clientAuditKey(const core::ClientFile& client)
{
    return QString::fromStdString(client.company.siren ? client.company.siren->str() : client.account.number);
}

core::Status recordClientAudit(Workspace& ws, const core::ClientFile& client, const QString& action,
                               const QString& reason, nlohmann::json before, nlohmann::json after)
{
    return store::AuditLog(ws.db()).record({0, ws.clock().now(), ws.actor(), action, QStringLiteral("client"),
                                            clientAuditKey(client), reason, std::move(before), std::move(after)});
}

} // namespace pc::app
