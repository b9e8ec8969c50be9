#pragma once

#include "core/ClientFile.h"
#include "core/Date.h"
#include "core/PaymentTerms.h"
#include "core/SalesDocument.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::core {

// Where an order stands (stage 4). Draft and confirmed are set by people; partly
// delivered, delivered and invoiced follow from the deliveries and invoices.
enum class OrderStatus { Draft, Confirmed, PartlyDelivered, Delivered, Invoiced, Cancelled };

std::string_view toCode(OrderStatus status);
std::optional<OrderStatus> orderStatusFromCode(std::string_view code);

// An order line and how much of it has been delivered so far.
struct OrderLine {
    int lineNo = 0; // 1-based, stable
    DocumentLine item;
    Quantity delivered;
    Quantity remaining() const { return item.quantity - delivered; }
    bool operator==(const OrderLine&) const = default;
};

struct Order {
    std::int64_t id = 0;
    std::string number; // "CMD000042"
    std::int64_t clientId = 0;
    std::string clientReference; // the client's purchase order number
    Date orderDate;
    std::vector<OrderLine> lines;
    PaymentTerms terms;
    Address deliveryAddress; // empty: the client's address
    OrderStatus status = OrderStatus::Draft;
    std::optional<Date> confirmedOn;
    std::optional<Date> cancelledOn;
    std::string note;

    DocumentTotals totals() const;
    std::vector<DocumentLine> items() const;
    // The amount including VAT of what is still to deliver.
    Money remainingGross() const;
    const OrderLine* line(int lineNo) const;
};

// The status once deliveries and invoices are counted, for an order that is neither
// a draft nor cancelled.
OrderStatus progressStatus(const Order& order, bool everythingDeliveredIsInvoiced);

// Checks an order before it is saved: a purchase-order number is optional, lines are
// required and each must pass checkLine(). Errors name the field as "lines[2].quantity".
Status checkOrder(const Order& order);

// A delivery of part or all of an order (stage 5), with the proof the client signed.
struct DeliveryLine {
    int lineNo = 0; // the order line
    Quantity quantity;
    bool operator==(const DeliveryLine&) const = default;
};

struct Delivery {
    std::int64_t id = 0;
    std::string number; // "BL000042"
    std::int64_t orderId = 0;
    Date date;
    std::vector<DeliveryLine> lines;
    // Signed delivery note or acceptance report.
    std::optional<Date> signedOn;
    std::string signatory;
    // Set when the credit check said BLOCK and someone with the right went ahead.
    std::string overrideReason;
    std::string overrideBy;
    std::optional<std::int64_t> invoiceId;
    std::optional<Date> invoicedOn;
};

// The delivery's lines priced as on the order. Lines unknown to the order are skipped:
// checkDelivery() refuses them first.
std::vector<DocumentLine> deliveredItems(const Order& order, const Delivery& delivery);

// A delivery must deliver something, only lines of the order, never more than remains.
// Errors: InvalidNumber (a quantity of zero or less), NotFound (a line), TotalMismatch
// (more than remains), InvalidTransition (the order is a draft, cancelled or complete).
Status checkDelivery(const Order& order, const Delivery& delivery);

} // namespace pc::core
