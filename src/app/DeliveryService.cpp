#include "app/DeliveryService.h"

#include "app/ClientAudit.h"
#include "app/ClientService.h"
#include "app/OrderService.h"
#include "app/SalesJson.h"
#include "app/Workspace.h"
#include "store/SalesRepository.h"
#include "store/SettingsRepository.h"

#include <algorithm>

namespace pc::app {

using core::Delivery;
using core::Error;
using core::ErrorCode;
using core::Order;
using core::Status;

core::Result<Delivery> DeliveryService::prepare(const Order& order, const DeliveryRequest& request)
{
    Delivery d;
    d.orderId = order.id;
    d.date = request.date.value_or(m_ws.clock().today());
    d.lines = request.lines;
    if (d.lines.empty())
        for (const core::OrderLine& l : order.lines)
            if (l.remaining().isPositive())
                d.lines.push_back({l.lineNo, l.remaining()});
    d.signedOn = request.signedOn;
    d.signatory = request.signatory.trimmed().toStdString();
    if (auto status = core::checkDelivery(order, d); !status)
        return status.error();
    if (d.signedOn && d.signatory.empty())
        return Error(ErrorCode::MissingField, {"signatory"}).inField("signatory");
    if (d.signedOn && *d.signedOn < d.date)
        return Error(ErrorCode::DateTooEarly, {d.signedOn->toIso(), d.date.toIso()}).inField("signed_on");
    return d;
}

core::Result<CreditCheckOutcome> DeliveryService::preview(const DeliveryRequest& request)
{
    return guardStore([&]() -> core::Result<CreditCheckOutcome> {
        auto order = store::SalesRepository(m_ws.db()).order(request.orderId);
        if (!order)
            return Error(ErrorCode::NotFound, {std::to_string(request.orderId)}).inField("order");
        auto delivery = prepare(*order, request);
        if (!delivery)
            return delivery.error();
        return CreditCheckService(m_ws).checkDelivery(*order, totalsOf(deliveredItems(*order, *delivery)).gross);
    });
}

core::Result<DeliveryOutcome> DeliveryService::deliver(const DeliveryRequest& request, const CheckApproval& approval)
{
    return guardStore([&]() -> core::Result<DeliveryOutcome> {
        SalesTransaction tx(m_ws);
        if (!tx.status())
            return tx.status().error();
        store::SalesRepository sales(m_ws.db());
        auto order = sales.order(request.orderId);
        if (!order)
            return Error(ErrorCode::NotFound, {std::to_string(request.orderId)}).inField("order");
        auto prepared = prepare(*order, request);
        if (!prepared)
            return prepared.error();
        core::Delivery delivery = *prepared;
        CreditCheckService checks(m_ws);
        auto check = checks.checkDelivery(*order, totalsOf(deliveredItems(*order, delivery)).gross);
        if (!check)
            return check.error();
        if (auto status = checks.approve(check->result, approval); !status)
            return status.error();
        const bool overridden = check->result.decision == risk::CheckDecision::Block;
        if (overridden) {
            delivery.overrideReason = approval.overrideReason.trimmed().toStdString();
            delivery.overrideBy = m_ws.actor().toStdString();
        }
        auto counter = store::NumberSeries(m_ws.db()).next(QStringLiteral("delivery"));
        if (!counter)
            return counter.error();
        delivery.number = core::documentNumber("BL", *counter);
        auto id = sales.insertDelivery(delivery, QString::fromLatin1(risk::toCode(check->result.decision).data()),
                                       m_ws.stamp());
        if (!id)
            return id.error();
        delivery.id = *id;
        // The order's progress follows from what is now delivered.
        auto updated = sales.order(order->id);
        updated->status = core::progressStatus(*updated, false);
        if (auto status = sales.updateOrderState(*updated, {}, {}, {}); !status)
            return status.error();
        if (auto status = auditCheck(m_ws, *check, QStringLiteral("delivery"), delivery.number, approval); !status)
            return status.error();
        if (auto status = recordClientAudit(m_ws, check->client, QStringLiteral("delivery.create"), {}, nullptr,
                                            toJson(delivery));
            !status)
            return status.error();
        if (auto status = tx.commit(); !status)
            return status.error();
        emit m_ws.notifier().salesChanged(order->clientId);
        return DeliveryOutcome{delivery, *check};
    });
}

Status DeliveryService::sign(const QString& number, core::Date signedOn, const QString& signatory)
{
    if (signatory.trimmed().isEmpty())
        return Error(ErrorCode::MissingField).inField("signatory");
    return guardStore([&]() -> Status {
        SalesTransaction tx(m_ws);
        if (!tx.status())
            return tx.status();
        store::SalesRepository sales(m_ws.db());
        auto delivery = sales.deliveryByNumber(number.trimmed().toUpper());
        if (!delivery)
            return Error(ErrorCode::NotFound, {number.toStdString()}).inField("delivery");
        if (signedOn < delivery->date)
            return Error(ErrorCode::DateTooEarly, {signedOn.toIso(), delivery->date.toIso()}).inField("signed_on");
        const nlohmann::json before = toJson(*delivery);
        if (auto status = sales.signDelivery(delivery->id, signedOn, signatory.trimmed()); !status)
            return status;
        delivery->signedOn = signedOn;
        delivery->signatory = signatory.trimmed().toStdString();
        const qint64 clientId = *sales.orderClient(delivery->orderId);
        auto client = ClientService(m_ws).byId(clientId);
        if (auto status = recordClientAudit(m_ws, *client, QStringLiteral("delivery.sign"), {}, before, toJson(*delivery));
            !status)
            return status;
        if (auto status = tx.commit(); !status)
            return status;
        emit m_ws.notifier().salesChanged(clientId);
        return {};
    });
}

core::Result<Delivery> DeliveryService::find(const QString& number)
{
    return guardStore([&]() -> core::Result<Delivery> {
        auto delivery = store::SalesRepository(m_ws.db()).deliveryByNumber(number.trimmed().toUpper());
        if (!delivery)
            return Error(ErrorCode::NotFound, {number.toStdString()}).inField("delivery");
        return *delivery;
    });
}

std::vector<Delivery> DeliveryService::deliveriesOf(qint64 clientId)
{
    return store::SalesRepository(m_ws.db()).deliveriesOf(clientId);
}

std::vector<Delivery> DeliveryService::toInvoice(qint64 clientId)
{
    std::vector<Delivery> open;
    for (Delivery& d : deliveriesOf(clientId))
        if (!d.invoiceId)
            open.push_back(std::move(d));
    std::ranges::reverse(open);
    return open;
}

} // namespace pc::app
