#pragma once

#include "app/CreditCheckService.h"
#include "core/Order.h"
#include "core/Result.h"
#include "store/Transaction.h"

#include <QString>
#include <optional>
#include <vector>

namespace pc::app {

class Workspace;

// An order as typed, before it has a number.
struct OrderDraft {
    qint64 clientId = 0;
    std::string clientReference;
    std::optional<core::Date> orderDate; // today when empty
    std::vector<core::DocumentLine> lines;
    std::optional<core::PaymentTerms> terms; // the client's agreed terms when empty
    core::Address deliveryAddress;
    std::string note;
    std::optional<core::Money> deposit; // received with the order, on its date
};

struct OrderOutcome {
    core::Order order;
    std::optional<CreditCheckOutcome> check; // when the order was confirmed
};

// Stage 4: orders of active clients, confirmed through the credit check, cancelled
// with a reason, deposits received. Every write is one transaction with its audit entry.
class OrderService {
public:
    explicit OrderService(Workspace& workspace) : m_ws(workspace) {}

    // Saves the order (a draft, or confirmed through the credit check when `confirm`).
    // A refused check leaves nothing behind. Errors: NotFound, AccountNotActive, the
    // order's own errors (checkOrder), those of CreditCheckService::approve.
    core::Result<OrderOutcome> add(const OrderDraft& draft, bool confirm, const CheckApproval& approval = {});
    // Confirms a draft. Errors: InvalidTransition (not a draft), the approval's errors.
    core::Result<OrderOutcome> confirm(qint64 orderId, const CheckApproval& approval);
    // Cancels what is not delivered yet. Errors: ReasonRequired, InvalidTransition.
    core::Status cancel(qint64 orderId, const QString& reason);
    // A deposit received on the order: a credit entry of the client's ledger, set
    // against the order's first invoice. Errors: InvalidNumber (not above zero).
    core::Result<qint64> recordDeposit(qint64 orderId, core::Money amount, std::optional<core::Date> date = std::nullopt);

    // The terms agreed in the client's credit profile.
    core::PaymentTerms defaultTerms(qint64 clientId);
    core::Result<core::Order> find(const QString& number);
    std::optional<core::Order> byId(qint64 orderId);
    std::vector<core::Order> ordersOf(qint64 clientId);
    // The deposits received on an order.
    core::Money depositsOf(qint64 orderId);

    // The order confirmation as HTML and as a PDF file.
    core::Result<QString> confirmationHtml(const QString& number);
    core::Status writeConfirmationPdf(const QString& number, const QString& path);

private:
    core::Result<OrderOutcome> confirmInside(core::Order order, const CheckApproval& approval);
    Workspace& m_ws;
};

// The transaction of every write of stages 4 to 6. It starts by queueing on one row,
// so that what the write checks (exposure, quantities left, the last invoice date,
// what remains to credit) cannot change under it before it commits.
class SalesTransaction {
public:
    explicit SalesTransaction(Workspace& ws);
    // Why the transaction could not start or queue; success otherwise.
    const core::Status& status() const { return m_status; }
    core::Status commit() { return m_tx.commit(); }

private:
    store::Transaction m_tx;
    core::Status m_status;
};

// Records the check's decision, and an override, in the audit log of the client.
core::Status auditCheck(Workspace& ws, const CreditCheckOutcome& outcome, const QString& operation,
                        const std::string& document, const CheckApproval& approval);

} // namespace pc::app
