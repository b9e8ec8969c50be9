#include "store/SalesRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

#include <map>

namespace pc::store {

using core::Date;
using core::Delivery;
using core::Order;

namespace {

const QString kOrderColumns = QStringLiteral(
    "SELECT id, number, company_id, client_reference, order_date, payment_terms, status, confirmed_on, "
    "cancelled_on, delivery_line1, delivery_line2, delivery_postal_code, delivery_city, delivery_country, note "
    "FROM orders ");

Order orderFrom(const SqlQuery& q)
{
    Order o;
    o.id = q.integer(0);
    o.number = q.stdText(1);
    o.clientId = q.integer(2);
    o.clientReference = q.stdText(3);
    o.orderDate = q.date(4);
    o.terms = core::PaymentTerms::fromCode(q.stdText(5)).valueOr(core::PaymentTerms());
    o.status = core::orderStatusFromCode(q.stdText(6)).value_or(core::OrderStatus::Draft);
    o.confirmedOn = q.optDate(7);
    o.cancelledOn = q.optDate(8);
    o.deliveryAddress = {q.stdText(9), q.stdText(10), q.stdText(11), q.stdText(12), q.stdText(13)};
    o.note = q.stdText(14);
    return o;
}

const QString kDeliveryColumns = QStringLiteral(
    "SELECT d.id, d.number, d.order_id, d.delivery_date, d.signed_on, d.signatory, d.override_reason, "
    "d.override_by, d.invoice_id, i.issue_date FROM deliveries d JOIN orders o ON o.id = d.order_id "
    "LEFT JOIN invoices i ON i.id = d.invoice_id ");

Delivery deliveryFrom(const SqlQuery& q)
{
    Delivery d;
    d.id = q.integer(0);
    d.number = q.stdText(1);
    d.orderId = q.integer(2);
    d.date = q.date(3);
    d.signedOn = q.optDate(4);
    d.signatory = q.stdText(5);
    d.overrideReason = q.stdText(6);
    d.overrideBy = q.stdText(7);
    if (!q.isNull(8))
        d.invoiceId = q.integer(8);
    d.invoicedOn = q.optDate(9);
    return d;
}

} // namespace

core::Result<qint64> SalesRepository::insertOrder(const Order& o, const Stamp& stamp)
{
    SqlQuery insert(m_db, "orders.insert",
                    QStringLiteral("INSERT INTO orders (number, company_id, client_reference, order_date, payment_terms, "
                                   "status, confirmed_on, cancelled_on, delivery_line1, delivery_line2, "
                                   "delivery_postal_code, delivery_city, delivery_country, note, created_at, created_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(o.number)
        .bind(o.clientId)
        .bind(o.clientReference)
        .bind(o.orderDate.toIso())
        .bind(o.terms.code())
        .bind(std::string(core::toCode(o.status)))
        .bindDate(o.confirmedOn)
        .bindDate(o.cancelledOn)
        .bind(o.deliveryAddress.line1)
        .bind(o.deliveryAddress.line2)
        .bind(o.deliveryAddress.postalCode)
        .bind(o.deliveryAddress.city)
        .bind(o.deliveryAddress.country)
        .bind(o.note)
        .bind(stamp.at.toUTC().toString(Qt::ISODate))
        .bind(stamp.actor);
    if (auto status = insert.exec(); !status)
        return status.error();
    if (!insert.next())
        return core::Error(core::ErrorCode::StoreError, {"orders.insert", "no id returned"});
    const qint64 id = insert.integer(0);
    SqlQuery line(m_db, "order_lines.insert",
                  QStringLiteral("INSERT INTO order_lines (order_id, line_no, description, quantity_milli, "
                                 "unit_price_cents, vat_rate_bp) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const core::OrderLine& l : o.lines) {
        line.bind(id)
            .bind(l.lineNo)
            .bind(l.item.description)
            .bind(l.item.quantity.thousandths())
            .bind(l.item.unitPrice.cents())
            .bind(l.item.vatRate.basisPoints());
        if (auto status = line.exec(); !status)
            return status.error();
    }
    return id;
}

core::Status SalesRepository::updateOrderState(const Order& o, const QString& checkDecision,
                                               const QString& overrideReason, const QString& cancelReason)
{
    SqlQuery update(m_db, "orders.state",
                    QStringLiteral("UPDATE orders SET status = ?, confirmed_on = ?, cancelled_on = ?, "
                                   "check_decision = COALESCE(?, check_decision), "
                                   "override_reason = CASE WHEN ? = '' THEN override_reason ELSE ? END, "
                                   "cancel_reason = CASE WHEN ? = '' THEN cancel_reason ELSE ? END WHERE id = ?"));
    update.bind(std::string(core::toCode(o.status)))
        .bindDate(o.confirmedOn)
        .bindDate(o.cancelledOn)
        .bindText(checkDecision.isEmpty() ? std::nullopt : std::optional(checkDecision.toStdString()))
        .bind(overrideReason)
        .bind(overrideReason)
        .bind(cancelReason)
        .bind(cancelReason)
        .bind(o.id);
    return update.exec();
}

std::vector<Order> SalesRepository::loadOrders(const char* name, const QString& where, const QVariant& key)
{
    SqlQuery q(m_db, name, kOrderColumns + where);
    q.bind(key).run();
    std::vector<Order> orders;
    while (q.next())
        orders.push_back(orderFrom(q));
    // Lines and delivered quantities, one query each per order: a client has few orders
    // open, and this keeps the SQL portable.
    SqlQuery lines(m_db, "order_lines.of",
                   QStringLiteral("SELECT line_no, description, quantity_milli, unit_price_cents, vat_rate_bp "
                                  "FROM order_lines WHERE order_id = ? ORDER BY line_no"));
    SqlQuery delivered(m_db, "order_lines.delivered",
                       QStringLiteral("SELECT dl.line_no, SUM(dl.quantity_milli) FROM delivery_lines dl "
                                      "JOIN deliveries d ON d.id = dl.delivery_id WHERE d.order_id = ? "
                                      "GROUP BY dl.line_no"));
    for (Order& o : orders) {
        lines.bind(o.id).run();
        while (lines.next()) {
            core::OrderLine l;
            l.lineNo = static_cast<int>(lines.integer(0));
            l.item.description = lines.stdText(1);
            l.item.quantity = core::Quantity::fromThousandths(lines.integer(2));
            l.item.unitPrice = core::Money::fromCents(lines.integer(3));
            l.item.vatRate = core::Rate::fromBasisPoints(lines.integer(4));
            o.lines.push_back(std::move(l));
        }
        delivered.bind(o.id).run();
        while (delivered.next())
            for (core::OrderLine& l : o.lines)
                if (l.lineNo == delivered.integer(0))
                    l.delivered = core::Quantity::fromThousandths(delivered.integer(1));
    }
    return orders;
}

std::optional<Order> SalesRepository::order(qint64 id)
{
    auto orders = loadOrders("orders.by_id", QStringLiteral("WHERE id = ?"), id);
    return orders.empty() ? std::nullopt : std::optional(std::move(orders.front()));
}

std::optional<Order> SalesRepository::orderByNumber(const QString& number)
{
    auto orders = loadOrders("orders.by_number", QStringLiteral("WHERE number = ?"), number);
    return orders.empty() ? std::nullopt : std::optional(std::move(orders.front()));
}

std::vector<Order> SalesRepository::ordersOf(qint64 companyId)
{
    return loadOrders("orders.of_client", QStringLiteral("WHERE company_id = ? ORDER BY id DESC"), companyId);
}

std::optional<qint64> SalesRepository::orderClient(qint64 orderId)
{
    SqlQuery q(m_db, "orders.client", QStringLiteral("SELECT company_id FROM orders WHERE id = ?"));
    q.bind(orderId).run();
    return q.next() ? std::optional(q.integer(0)) : std::nullopt;
}

core::Result<qint64> SalesRepository::insertDelivery(const Delivery& d, const QString& checkDecision,
                                                     const Stamp& stamp)
{
    SqlQuery insert(m_db, "deliveries.insert",
                    QStringLiteral("INSERT INTO deliveries (number, order_id, delivery_date, signed_on, signatory, "
                                   "check_decision, override_reason, override_by, created_at, created_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(d.number)
        .bind(d.orderId)
        .bind(d.date.toIso())
        .bindDate(d.signedOn)
        .bind(d.signatory)
        .bind(checkDecision)
        .bind(d.overrideReason)
        .bind(d.overrideBy)
        .bind(stamp.at.toUTC().toString(Qt::ISODate))
        .bind(stamp.actor);
    if (auto status = insert.exec(); !status)
        return status.error();
    if (!insert.next())
        return core::Error(core::ErrorCode::StoreError, {"deliveries.insert", "no id returned"});
    const qint64 id = insert.integer(0);
    // Two lines for the same order line are one quantity on the note.
    std::map<int, core::Quantity> quantities;
    for (const core::DeliveryLine& l : d.lines)
        quantities[l.lineNo] += l.quantity;
    SqlQuery line(m_db, "delivery_lines.insert",
                  QStringLiteral("INSERT INTO delivery_lines (delivery_id, line_no, quantity_milli) VALUES (?, ?, ?)"));
    for (const auto& [lineNo, quantity] : quantities) {
        line.bind(id).bind(lineNo).bind(quantity.thousandths());
        if (auto status = line.exec(); !status)
            return status.error();
    }
    return id;
}

core::Status SalesRepository::signDelivery(qint64 deliveryId, Date signedOn, const QString& signatory)
{
    SqlQuery update(m_db, "deliveries.sign",
                    QStringLiteral("UPDATE deliveries SET signed_on = ?, signatory = ? WHERE id = ?"));
    update.bind(signedOn.toIso()).bind(signatory).bind(deliveryId);
    return update.exec();
}

core::Status SalesRepository::setDeliveryInvoice(qint64 deliveryId, qint64 invoiceId)
{
    SqlQuery update(m_db, "deliveries.invoice",
                    QStringLiteral("UPDATE deliveries SET invoice_id = ? WHERE id = ? AND invoice_id IS NULL"));
    update.bind(invoiceId).bind(deliveryId);
    if (auto status = update.exec(); !status)
        return status;
    if (update.rowsAffected() != 1)
        return core::Error(core::ErrorCode::AlreadyExists, {std::to_string(deliveryId)});
    return {};
}

std::vector<Delivery> SalesRepository::loadDeliveries(const char* name, const QString& where, const QVariant& key)
{
    SqlQuery q(m_db, name, kDeliveryColumns + where);
    q.bind(key).run();
    std::vector<Delivery> deliveries;
    while (q.next())
        deliveries.push_back(deliveryFrom(q));
    SqlQuery lines(m_db, "delivery_lines.of",
                   QStringLiteral("SELECT line_no, quantity_milli FROM delivery_lines WHERE delivery_id = ? "
                                  "ORDER BY line_no"));
    for (Delivery& d : deliveries) {
        lines.bind(d.id).run();
        while (lines.next())
            d.lines.push_back({static_cast<int>(lines.integer(0)), core::Quantity::fromThousandths(lines.integer(1))});
    }
    return deliveries;
}

std::optional<Delivery> SalesRepository::deliveryByNumber(const QString& number)
{
    auto found = loadDeliveries("deliveries.by_number", QStringLiteral("WHERE d.number = ?"), number);
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::optional<Delivery> SalesRepository::delivery(qint64 id)
{
    auto found = loadDeliveries("deliveries.by_id", QStringLiteral("WHERE d.id = ?"), id);
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::vector<Delivery> SalesRepository::deliveriesOf(qint64 companyId)
{
    return loadDeliveries("deliveries.of_client", QStringLiteral("WHERE o.company_id = ? ORDER BY d.id DESC"),
                          companyId);
}

std::vector<Delivery> SalesRepository::deliveriesOfOrder(qint64 orderId)
{
    return loadDeliveries("deliveries.of_order", QStringLiteral("WHERE d.order_id = ? ORDER BY d.id"), orderId);
}

} // namespace pc::store
