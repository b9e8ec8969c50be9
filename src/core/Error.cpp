#include "core/Error.h"

namespace pc::core {

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Empty: return "empty";
    case ErrorCode::InvalidFormat: return "invalid_format";
    case ErrorCode::InvalidLength: return "invalid_length";
    case ErrorCode::InvalidChecksum: return "invalid_checksum";
    case ErrorCode::InvalidComponent: return "invalid_component";
    case ErrorCode::UnsupportedCountry: return "unsupported_country";
    case ErrorCode::InvalidNumber: return "invalid_number";
    case ErrorCode::TooManyDecimals: return "too_many_decimals";
    case ErrorCode::Overflow: return "overflow";
    case ErrorCode::InvalidDate: return "invalid_date";
    case ErrorCode::DateOutOfRange: return "date_out_of_range";
    case ErrorCode::MissingField: return "missing_field";
    case ErrorCode::UnknownField: return "unknown_field";
    case ErrorCode::DuplicateField: return "duplicate_field";
    case ErrorCode::InconsistentFields: return "inconsistent_fields";
    case ErrorCode::DateTooEarly: return "date_too_early";
    case ErrorCode::DateTooLate: return "date_too_late";
    case ErrorCode::ConflictingValues: return "conflicting_values";
    case ErrorCode::UnknownLineCode: return "unknown_line_code";
    case ErrorCode::MissingLine: return "missing_line";
    case ErrorCode::TotalMismatch: return "total_mismatch";
    case ErrorCode::Unbalanced: return "unbalanced";
    case ErrorCode::TooManyFields: return "too_many_fields";
    case ErrorCode::UnknownValue: return "unknown_value";
    case ErrorCode::DuplicateKey: return "duplicate_key";
    case ErrorCode::AlreadyExists: return "already_exists";
    case ErrorCode::NotFound: return "not_found";
    case ErrorCode::EncodingError: return "encoding_error";
    case ErrorCode::IoError: return "io_error";
    case ErrorCode::InvalidTransition: return "invalid_transition";
    case ErrorCode::ChecklistIncomplete: return "checklist_incomplete";
    case ErrorCode::ReasonRequired: return "reason_required";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::AccountNotActive: return "account_not_active";
    case ErrorCode::CreditBlocked: return "credit_blocked";
    case ErrorCode::ConfirmationRequired: return "confirmation_required";
    case ErrorCode::NotAllowed: return "not_allowed";
    case ErrorCode::NotSameClient: return "not_same_client";
    case ErrorCode::StoreError: return "store_error";
    case ErrorCode::SchemaTooNew: return "schema_too_new";
    case ErrorCode::StoreNotEmpty: return "store_not_empty";
    }
    return "unknown";
}

} // namespace pc::core
