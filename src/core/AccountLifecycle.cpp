#include "core/AccountLifecycle.h"

namespace pc::core {
namespace {

bool allowed(AccountStatus from, AccountStatus to)
{
    using S = AccountStatus;
    switch (to) {
    case S::Prospect: return false;
    case S::Pending: return from == S::Prospect || from == S::Closed;
    case S::Active: return from == S::Prospect || from == S::Pending || from == S::Blocked;
    case S::Blocked: return from == S::Active;
    case S::Closed: return from != S::Closed;
    }
    return false;
}

} // namespace

Status checkStatusChange(AccountStatus from, AccountStatus to, const OpeningChecklist& checklist)
{
    if (!allowed(from, to))
        return Error(ErrorCode::InvalidTransition, {std::string(toCode(from)), std::string(toCode(to))});
    if (to == AccountStatus::Active && !checklist.isComplete())
        return Error(ErrorCode::ChecklistIncomplete, {std::to_string(checklist.missing().size())});
    return {};
}

} // namespace pc::core
