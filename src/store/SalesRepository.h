#pragma once

#include "core/Order.h"
#include "core/Result.h"
#include "store/Stamp.h"

#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace pc::store {

class Database;

// Orders (stage 4) and deliveries (stage 5). Orders come back with their lines and the
// quantities delivered so far; deliveries with their lines and, once invoiced, the
// invoice's id and date.
class SalesRepository {
public:
    explicit SalesRepository(Database& db) : m_db(db) {}

    // The order's number must be set. Returns the new id.
    core::Result<qint64> insertOrder(const core::Order& order, const Stamp& stamp);
    // Status, confirmation and cancellation dates, and the credit check that let it through.
    core::Status updateOrderState(const core::Order& order, const QString& checkDecision,
                                  const QString& overrideReason, const QString& cancelReason);
    std::optional<core::Order> order(qint64 id);
    std::optional<core::Order> orderByNumber(const QString& number);
    // Newest first.
    std::vector<core::Order> ordersOf(qint64 companyId);

    core::Result<qint64> insertDelivery(const core::Delivery& delivery, const QString& checkDecision,
                                        const Stamp& stamp);
    core::Status signDelivery(qint64 deliveryId, core::Date signedOn, const QString& signatory);
    core::Status setDeliveryInvoice(qint64 deliveryId, qint64 invoiceId);
    std::optional<core::Delivery> deliveryByNumber(const QString& number);
    std::optional<core::Delivery> delivery(qint64 id);
    // Every delivery of the client's orders, newest first.
    std::vector<core::Delivery> deliveriesOf(qint64 companyId);
    std::vector<core::Delivery> deliveriesOfOrder(qint64 orderId);
    // The client's company id of an order.
    std::optional<qint64> orderClient(qint64 orderId);

private:
    std::vector<core::Order> loadOrders(const char* name, const QString& where, const QVariant& key);
    std::vector<core::Delivery> loadDeliveries(const char* name, const QString& where, const QVariant& key);
    Database& m_db;
};

} // namespace pc::store
