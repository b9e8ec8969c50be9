#pragma once

#include "core/ClientFile.h"
#include "core/OpeningChecklist.h"
#include "store/ClientRepository.h"

#include <nlohmann/json.hpp>

namespace pc::app {

// The JSON shapes of the client file, shared by the CLI (--json), the audit log
// (before/after) and exports. Field names are documented in docs/CLI.md; dates are
// ISO 8601, codes are the stable lower-case codes of core.
nlohmann::json toJson(const core::Address& address);
nlohmann::json toJson(const core::ClientFile& file);
nlohmann::json toJson(const core::OpeningChecklist& checklist);
// One line of `client list --json`: siren, name, account, status, city, segment, sales_rep.
nlohmann::json toJson(const store::ClientSummary& summary);

} // namespace pc::app
