#pragma once

#include <string>
#include <utility>
#include <vector>

namespace pc::core {

// Why an input or an action was refused. The engine never builds sentences: the app
// layer turns a code and its arguments into translated text (see app/ErrorText).
enum class ErrorCode {
    // Generic input problems.
    Empty,
    InvalidFormat,
    InvalidLength,
    InvalidChecksum,
    InvalidComponent,
    UnsupportedCountry,
    // Amounts and rates.
    InvalidNumber,
    TooManyDecimals,
    Overflow,
    // Dates.
    InvalidDate,
    DateOutOfRange,
    DateTooEarly, // a date that must come after another (a review date after today)
    DateTooLate,  // a date that must not come after another (an invoice after today)
    // Files and records.
    MissingField,
    UnknownField,
    DuplicateField,
    InconsistentFields,
    ConflictingValues, // the same value given twice, differently (file and command line)
    TooManyFields,
    UnknownValue,
    DuplicateKey,
    // Financial statements.
    UnknownLineCode,
    MissingLine,
    TotalMismatch,
    Unbalanced,
    AlreadyExists,
    NotFound,
    EncodingError,
    IoError,
    // Business rules.
    InvalidTransition,
    ChecklistIncomplete,
    ReasonRequired,
    Cancelled,
    // Credit check and documents.
    AccountNotActive,     // args: account status
    CreditBlocked,        // args: the BLOCK reason codes
    ConfirmationRequired, // args: the WARN reason codes
    NotAllowed,           // args: user, action
    NotSameClient,        // args: the two documents
    // Store.
    StoreError,
    SchemaTooNew,
    StoreNotEmpty,
};

// Where in an input a problem lies: file, 1-based line, field name. Every part is
// optional; what is known is filled in on the way up.
struct Location {
    std::string file;
    int line = 0;
    std::string field;

    bool empty() const { return file.empty() && line == 0 && field.empty(); }
};

struct Error {
    ErrorCode code = ErrorCode::InvalidFormat;
    // Positional arguments of the message (the offending value first, then details).
    std::vector<std::string> args;
    Location where;

    Error() = default;
    Error(ErrorCode c, std::vector<std::string> a = {}) : code(c), args(std::move(a)) {}

    Error& inFile(std::string file) { where.file = std::move(file); return *this; }
    Error& atLine(int line) { where.line = line; return *this; }
    Error& inField(std::string field) { where.field = std::move(field); return *this; }

    std::string arg(std::size_t i) const { return i < args.size() ? args[i] : std::string(); }
};

// Stable lower-case name of a code, for JSON output and logs.
const char* errorCodeName(ErrorCode code);

} // namespace pc::core
