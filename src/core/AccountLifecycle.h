#pragma once

#include "core/ClientFile.h"
#include "core/OpeningChecklist.h"
#include "core/Result.h"

namespace pc::core {

// Which status changes of a client account are allowed:
//   prospect -> pending (opening requested) -> active (checklist complete)
//   active <-> blocked; any open status -> closed; closed -> pending (reopening).
// Activation, from any status, requires a complete opening checklist.
// Errors: InvalidTransition (args: from, to), ChecklistIncomplete.
Status checkStatusChange(AccountStatus from, AccountStatus to, const OpeningChecklist& checklist);

} // namespace pc::core
