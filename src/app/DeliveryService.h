#pragma once

#include "app/CreditCheckService.h"
#include "core/Order.h"
#include "core/Result.h"

#include <QString>
#include <optional>
#include <vector>

namespace pc::app {

class Workspace;

// A delivery about to be made: which order, which lines (all that remains when
// empty), when, and the signed note if it is already back.
struct DeliveryRequest {
    qint64 orderId = 0;
    std::optional<core::Date> date; // today when empty
    std::vector<core::DeliveryLine> lines;
    std::optional<core::Date> signedOn;
    QString signatory;
};

struct DeliveryOutcome {
    core::Delivery delivery;
    CreditCheckOutcome check;
};

// Stage 5: every delivery passes the credit check; a BLOCK stops it unless someone
// with the right overrides it with a reason, a WARN asks for a confirmation.
class DeliveryService {
public:
    explicit DeliveryService(Workspace& workspace) : m_ws(workspace) {}

    // The check the delivery would meet, without delivering.
    core::Result<CreditCheckOutcome> preview(const DeliveryRequest& request);
    // Errors: NotFound, the delivery's own errors (checkDelivery), those of
    // CreditCheckService::approve. A refusal leaves nothing behind.
    core::Result<DeliveryOutcome> deliver(const DeliveryRequest& request, const CheckApproval& approval);
    // Records the signed delivery note or acceptance report. Errors: MissingField
    // ("signatory"), DateTooEarly (signed before the delivery), NotFound.
    core::Status sign(const QString& number, core::Date signedOn, const QString& signatory);

    core::Result<core::Delivery> find(const QString& number);
    std::vector<core::Delivery> deliveriesOf(qint64 clientId);
    // The client's deliveries that no invoice covers yet, oldest first.
    std::vector<core::Delivery> toInvoice(qint64 clientId);

private:
    // The delivery the request describes, on its order, checked.
    core::Result<core::Delivery> prepare(const core::Order& order, const DeliveryRequest& request);
    Workspace& m_ws;
};

} // namespace pc::app
