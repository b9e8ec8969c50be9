#pragma once

#include "core/ClientFile.h"
#include "core/Order.h"
#include "core/Result.h"
#include "risk/CreditCheck.h"

#include <QString>
#include <optional>

namespace pc::app {

class Workspace;

// The answer of the credit check for one client on one day, with the client it is about.
struct CreditCheckOutcome {
    core::ClientFile client;
    core::Date asOf;
    risk::CreditCheckResult result;
};

// What the person going ahead has accepted: the warnings (a WARN asks for a
// confirmation), and for a BLOCK the reason of the override.
struct CheckApproval {
    bool acceptWarnings = false;
    QString overrideReason;
};

// The credit check of stages 4 and 5 and of the sales rep's quick check: the same
// engine (risk::checkCredit) fed from the store.
class CreditCheckService {
public:
    explicit CreditCheckService(Workspace& workspace) : m_ws(workspace) {}

    // `amount`: what the operation adds to the exposure, including VAT. `asOf`: the day
    // to replay; today by default. Errors: the key's own error, NotFound, StoreError.
    core::Result<CreditCheckOutcome> check(const QString& clientKey, core::Money amount,
                                           std::optional<core::Date> asOf = std::nullopt);
    core::Result<CreditCheckOutcome> check(qint64 clientId, core::Money amount,
                                           std::optional<core::Date> asOf = std::nullopt);
    // The check of an order about to be confirmed: its whole amount is added.
    core::Result<CreditCheckOutcome> checkOrder(const core::Order& order);
    // The check before delivering `value` (including VAT) of an order: the value is
    // already in the exposure as an open order unless open orders are switched off.
    core::Result<CreditCheckOutcome> checkDelivery(const core::Order& order, core::Money value);

    // Whether the approval lets the operation go ahead. Errors: CreditBlocked (a BLOCK
    // and no override reason), NotAllowed (the user may not override),
    // ConfirmationRequired (a WARN not accepted).
    core::Status approve(const risk::CreditCheckResult& result, const CheckApproval& approval);

private:
    risk::CreditSubject subjectOf(const core::ClientFile& client, core::Date asOf);
    Workspace& m_ws;
};

// "limit_exceeded,overdue_age": the reason codes of a severity, for error arguments.
std::string reasonCodes(const risk::CreditCheckResult& result, risk::CheckDecision severity);

} // namespace pc::app
