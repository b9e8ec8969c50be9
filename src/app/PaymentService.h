#pragma once

#include "core/ClientFile.h"
#include "core/Date.h"
#include "core/Money.h"
#include "core/Result.h"
#include "store/BankRepository.h"

#include <QCoreApplication>

#include <optional>
#include <string>
#include <vector>

namespace pc::app {

class Workspace;

// A payment received, as a person enters it or a bank statement gives it.
struct PaymentInput {
    qint64 companyId = 0;
    core::Date date;
    core::Money amount; // > 0
    std::optional<core::PaymentMethod> method;
    std::string reference; // the bank's or the cheque's reference: the piece of the entry
    std::string label;
    store::PaymentDetails details; // what the bank said (remittance, payer, IBAN)
    std::optional<qint64> importId;
};

// Stage 7 payments: entered by hand, or an unrecognised bank movement given to its
// client. A payment is a credit entry of the client's ledger (journal BQ) that the
// lettering then sets against invoices.
class PaymentService {
    Q_DECLARE_TR_FUNCTIONS(PaymentService)

public:
    explicit PaymentService(Workspace& workspace) : m_ws(workspace) {}

    // Errors: NotFound (client), InvalidNumber (amount not positive, field "amount"),
    // DateTooLate (after today, field "date").
    core::Result<qint64> record(const PaymentInput& payment);
    // Makes the unmatched bank line a payment of the client. Errors: NotFound (line or
    // client), InvalidTransition (the line is not waiting).
    core::Result<qint64> assignBankLine(qint64 lineId, qint64 companyId);
    std::vector<store::BankLineRecord> unmatchedLines();

    // Writes the payment inside the caller's transaction (bank imports).
    static core::Result<qint64> write(Workspace& workspace, const PaymentInput& payment);

private:
    Workspace& m_ws;
};

} // namespace pc::app
