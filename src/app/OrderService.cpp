#include "app/OrderService.h"

#include "app/ClientAudit.h"
#include "app/ClientService.h"
#include "app/PdfWriter.h"
#include "app/SalesDocuments.h"
#include "app/SalesJson.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "store/CreditRepository.h"
#include "store/LedgerRepository.h"
#include "store/SalesRepository.h"
#include "store/SettingsRepository.h"

namespace pc::app {

using core::Error;
using core::ErrorCode;
using core::Money;
using core::Order;
using core::OrderStatus;
using core::Status;

namespace {

core::Result<core::ClientFile> activeClient(Workspace& ws, qint64 clientId)
{
    auto client = ClientService(ws).byId(clientId);
    if (!client)
        return Error(ErrorCode::NotFound, {std::to_string(clientId)});
    if (client->account.status != core::AccountStatus::Active)
        return Error(ErrorCode::AccountNotActive, {std::string(core::toCode(client->account.status))});
    return *client;
}

} // namespace

SalesTransaction::SalesTransaction(Workspace& ws) : m_tx(ws.db()), m_status(m_tx.startStatus())
{
    if (m_status)
        m_status = store::NumberSeries(ws.db()).hold(QStringLiteral("order"));
}

Status auditCheck(Workspace& ws, const CreditCheckOutcome& outcome, const QString& operation,
                  const std::string& document, const CheckApproval& approval)
{
    nlohmann::json after = toJson(outcome);
    after["operation"] = operation.toStdString();
    after["document"] = document;
    const bool overridden = outcome.result.decision == risk::CheckDecision::Block;
    return recordClientAudit(ws, outcome.client, overridden ? QStringLiteral("credit.override") : QStringLiteral("credit.check"),
                             approval.overrideReason.trimmed(), nullptr, after);
}

core::PaymentTerms OrderService::defaultTerms(qint64 clientId)
{
    const store::CreditProfile profile = store::CreditRepository(m_ws.db()).profile(clientId);
    return core::PaymentTerms::fromCode(profile.paymentTerms).valueOr(core::PaymentTerms());
}

core::Result<OrderOutcome> OrderService::add(const OrderDraft& draft, bool confirm, const CheckApproval& approval)
{
    return guardStore([&]() -> core::Result<OrderOutcome> {
        SalesTransaction tx(m_ws);
        if (!tx.status())
            return tx.status().error();
        auto client = activeClient(m_ws, draft.clientId);
        if (!client)
            return client.error();
        Order order;
        order.clientId = draft.clientId;
        order.clientReference = draft.clientReference;
        order.orderDate = draft.orderDate.value_or(m_ws.clock().today());
        order.terms = draft.terms.value_or(defaultTerms(draft.clientId));
        order.deliveryAddress = draft.deliveryAddress;
        order.note = draft.note;
        int lineNo = 0;
        for (const core::DocumentLine& item : draft.lines)
            order.lines.push_back({++lineNo, item, {}});
        if (auto status = core::checkOrder(order); !status)
            return status.error();
        auto counter = store::NumberSeries(m_ws.db()).next(QStringLiteral("order"));
        if (!counter)
            return counter.error();
        order.number = core::documentNumber("CMD", *counter);
        auto id = store::SalesRepository(m_ws.db()).insertOrder(order, m_ws.stamp());
        if (!id)
            return id.error();
        order.id = *id;
        if (auto status = recordClientAudit(m_ws, *client, QStringLiteral("order.create"), {}, nullptr, toJson(order));
            !status)
            return status.error();
        OrderOutcome outcome{order, std::nullopt};
        if (confirm) {
            auto confirmed = confirmInside(order, approval);
            if (!confirmed)
                return confirmed.error();
            outcome = std::move(*confirmed);
        }
        if (draft.deposit)
            if (auto deposit = recordDeposit(order.id, *draft.deposit, order.orderDate); !deposit)
                return deposit.error();
        if (auto status = tx.commit(); !status)
            return status.error();
        emit m_ws.notifier().salesChanged(draft.clientId);
        return outcome;
    });
}

core::Result<OrderOutcome> OrderService::confirmInside(Order order, const CheckApproval& approval)
{
    if (order.status != OrderStatus::Draft)
        return Error(ErrorCode::InvalidTransition, {std::string(core::toCode(order.status)), "confirmed"})
            .inField("order.status");
    if (auto client = activeClient(m_ws, order.clientId); !client)
        return client.error();
    CreditCheckService checks(m_ws);
    auto check = checks.checkOrder(order);
    if (!check)
        return check.error();
    if (auto status = checks.approve(check->result, approval); !status)
        return status.error();
    order.status = OrderStatus::Confirmed;
    order.confirmedOn = m_ws.clock().today();
    const QString decision = QString::fromLatin1(risk::toCode(check->result.decision).data());
    const QString overrideReason =
        check->result.decision == risk::CheckDecision::Block ? approval.overrideReason.trimmed() : QString();
    if (auto status = store::SalesRepository(m_ws.db()).updateOrderState(order, decision, overrideReason, {}); !status)
        return status.error();
    if (auto status = auditCheck(m_ws, *check, QStringLiteral("order"), order.number, approval); !status)
        return status.error();
    return OrderOutcome{order, *check};
}

core::Result<OrderOutcome> OrderService::confirm(qint64 orderId, const CheckApproval& approval)
{
    return guardStore([&]() -> core::Result<OrderOutcome> {
        SalesTransaction tx(m_ws);
        if (!tx.status())
            return tx.status().error();
        auto order = store::SalesRepository(m_ws.db()).order(orderId);
        if (!order)
            return Error(ErrorCode::NotFound, {std::to_string(orderId)}).inField("order");
        auto outcome = confirmInside(*order, approval);
        if (!outcome)
            return outcome.error();
        if (auto status = tx.commit(); !status)
            return status.error();
        emit m_ws.notifier().salesChanged(order->clientId);
        return outcome;
    });
}

Status OrderService::cancel(qint64 orderId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::ReasonRequired);
    return guardStore([&]() -> Status {
        SalesTransaction tx(m_ws);
        if (!tx.status())
            return tx.status();
        store::SalesRepository sales(m_ws.db());
        auto order = sales.order(orderId);
        if (!order)
            return Error(ErrorCode::NotFound, {std::to_string(orderId)}).inField("order");
        if (order->status != OrderStatus::Draft && order->status != OrderStatus::Confirmed &&
            order->status != OrderStatus::PartlyDelivered)
            return Error(ErrorCode::InvalidTransition, {std::string(core::toCode(order->status)), "cancelled"})
                .inField("order.status");
        const nlohmann::json before = toJson(*order);
        order->status = OrderStatus::Cancelled;
        order->cancelledOn = m_ws.clock().today();
        if (auto status = sales.updateOrderState(*order, {}, {}, reason.trimmed()); !status)
            return status;
        auto client = ClientService(m_ws).byId(order->clientId);
        if (auto status = recordClientAudit(m_ws, *client, QStringLiteral("order.cancel"), reason.trimmed(), before,
                                            toJson(*order));
            !status)
            return status;
        if (auto status = tx.commit(); !status)
            return status;
        emit m_ws.notifier().salesChanged(order->clientId);
        return {};
    });
}

core::Result<qint64> OrderService::recordDeposit(qint64 orderId, Money amount, std::optional<core::Date> date)
{
    if (!amount.isPositive())
        return Error(ErrorCode::InvalidNumber, {amount.toString()}).inField("amount");
    return guardStore([&]() -> core::Result<qint64> {
        SalesTransaction tx(m_ws);
        if (!tx.status())
            return tx.status().error();
        auto order = store::SalesRepository(m_ws.db()).order(orderId);
        if (!order)
            return Error(ErrorCode::NotFound, {std::to_string(orderId)}).inField("order");
        if (order->status == OrderStatus::Cancelled || order->status == OrderStatus::Invoiced)
            return Error(ErrorCode::InvalidTransition, {std::string(core::toCode(order->status)), "deposit"})
                .inField("order.status");
        receivables::LedgerEntry entry;
        entry.kind = receivables::EntryKind::Deposit;
        entry.journal = "BQ";
        entry.date = date.value_or(m_ws.clock().today());
        entry.piece = order->number;
        entry.label = "Acompte " + order->number;
        entry.credit = amount;
        auto id = store::LedgerRepository(m_ws.db()).addEntry(order->clientId, entry, store::EntrySource::ofOrder(order->id),
                                                              m_ws.stamp());
        if (!id)
            return id.error();
        auto client = ClientService(m_ws).byId(order->clientId);
        if (auto status = recordClientAudit(m_ws, *client, QStringLiteral("order.deposit"), {}, nullptr,
                                            {{"order", order->number}, {"amount_cents", amount.cents()},
                                             {"date", entry.date.toIso()}});
            !status)
            return status.error();
        if (auto status = tx.commit(); !status)
            return status.error();
        emit m_ws.notifier().salesChanged(order->clientId);
        return *id;
    });
}

core::Result<Order> OrderService::find(const QString& number)
{
    return guardStore([&]() -> core::Result<Order> {
        auto order = store::SalesRepository(m_ws.db()).orderByNumber(number.trimmed().toUpper());
        if (!order)
            return Error(ErrorCode::NotFound, {number.toStdString()}).inField("order");
        return *order;
    });
}

std::optional<Order> OrderService::byId(qint64 orderId)
{
    return store::SalesRepository(m_ws.db()).order(orderId);
}

std::vector<Order> OrderService::ordersOf(qint64 clientId)
{
    return store::SalesRepository(m_ws.db()).ordersOf(clientId);
}

Money OrderService::depositsOf(qint64 orderId)
{
    Money total;
    for (const receivables::LedgerEntry& e : store::LedgerRepository(m_ws.db()).depositsOfOrder(orderId))
        total += e.credit;
    return total;
}

core::Result<QString> OrderService::confirmationHtml(const QString& number)
{
    auto order = find(number);
    if (!order)
        return order.error();
    auto client = ClientService(m_ws).byId(order->clientId);
    if (!client)
        return Error(ErrorCode::NotFound, {std::to_string(order->clientId)});
    return SalesDocuments::orderConfirmationHtml(*order, SharedSettings(m_ws).seller(), *client);
}

Status OrderService::writeConfirmationPdf(const QString& number, const QString& path)
{
    auto html = confirmationHtml(number);
    if (!html)
        return html.error();
    return writePdf(*html, path, number);
}

} // namespace pc::app
