#pragma once

#include "core/ClientFile.h"
#include "core/Result.h"

#include <QString>

#include <nlohmann/json.hpp>

namespace pc::app {

class Workspace;

// The key under which the audit log files a client: its SIREN, or its account number
// while it has none.
QString clientAuditKey(const core::ClientFile& client);

// Writes an entry about a client (who: the workspace's actor, when: its clock), inside
// the caller's transaction so that it stands or falls with the change it describes.
core::Status recordClientAudit(Workspace& ws, const core::ClientFile& client, const QString& action,
                               const QString& reason, nlohmann::json before, nlohmann::json after);

} // namespace pc::app
