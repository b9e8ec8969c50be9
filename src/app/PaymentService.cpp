#include "app/PaymentService.h"

#include "app/ClientService.h"
#include "app/Workspace.h"
#include "store/AuditLog.h"
#include "store/ClientRepository.h"
#include "store/LedgerRepository.h"
#include "store/Transaction.h"

namespace pc::app {

using core::Error;
using core::ErrorCode;

core::Result<qint64> PaymentService::write(Workspace& ws, const PaymentInput& p)
{
    receivables::LedgerEntry entry;
    entry.kind = receivables::EntryKind::Payment;
    entry.journal = "BQ";
    entry.date = p.date;
    entry.piece = p.reference;
    entry.label = p.label;
    entry.credit = p.amount;
    store::EntrySource source;
    source.importId = p.importId;
    source.account = "411000";
    auto id = store::LedgerRepository(ws.db()).addEntry(p.companyId, entry, source, ws.stamp());
    if (!id)
        return id;
    store::PaymentDetails details = p.details;
    details.method = p.method;
    if (auto status = store::BankRepository(ws.db()).addPayment(*id, details); !status)
        return status.error();
    return id;
}

core::Result<qint64> PaymentService::record(const PaymentInput& payment)
{
    if (!payment.amount.isPositive())
        return Error(ErrorCode::InvalidNumber, {payment.amount.toString()}).inField("amount");
    if (payment.date > m_ws.clock().today())
        return Error(ErrorCode::DateTooLate, {payment.date.toIso(), m_ws.clock().today().toIso()}).inField("date");
    std::optional<qint64> written;
    auto outcome = guardStore([&]() -> core::Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        const auto client = store::ClientRepository(m_ws.db()).summaryById(payment.companyId);
        if (!client)
            return Error(ErrorCode::NotFound, {std::to_string(payment.companyId)}).inField("client");
        auto id = write(m_ws, payment);
        if (!id)
            return id.error();
        written = *id;
        store::AuditEntry entry{0, m_ws.clock().now(), m_ws.actor(), QStringLiteral("payment.record"),
                                QStringLiteral("payment"), QString::number(*id), {}, nullptr,
                                {{"client", client->siren.toStdString()},
                                 {"amount_cents", payment.amount.cents()},
                                 {"date", payment.date.toIso()},
                                 {"reference", payment.reference}}};
        if (auto status = store::AuditLog(m_ws.db()).record(entry); !status)
            return status;
        return tx.commit();
    });
    if (!outcome)
        return outcome.error();
    emit m_ws.notifier().salesChanged(payment.companyId);
    return *written;
}

core::Result<qint64> PaymentService::assignBankLine(qint64 lineId, qint64 companyId)
{
    std::optional<qint64> written;
    auto outcome = guardStore([&]() -> core::Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::BankRepository bank(m_ws.db());
        const auto line = bank.line(lineId);
        if (!line)
            return Error(ErrorCode::NotFound, {std::to_string(lineId)}).inField("bank_line");
        if (line->status != store::BankLineStatus::Unmatched)
            return Error(ErrorCode::InvalidTransition, {store::toCode(line->status), "payment"}).inField("bank_line");
        if (!store::ClientRepository(m_ws.db()).summaryById(companyId))
            return Error(ErrorCode::NotFound, {std::to_string(companyId)}).inField("client");
        PaymentInput payment;
        payment.companyId = companyId;
        payment.date = line->bookingDate;
        payment.amount = line->amount;
        payment.method = core::PaymentMethod::Transfer;
        payment.reference = line->reference;
        payment.label = line->label;
        payment.details = {std::nullopt,          line->reference,       line->remittance, line->counterpartyName,
                           line->counterpartyIban, line->valueDate, line->id};
        payment.importId = line->importId;
        auto id = write(m_ws, payment);
        if (!id)
            return id.error();
        if (auto status = bank.markPaid(lineId, companyId, *id, "manual"); !status)
            return status;
        written = *id;
        store::AuditEntry entry{0, m_ws.clock().now(), m_ws.actor(), QStringLiteral("payment.assign"),
                                QStringLiteral("bank_line"), QString::number(lineId), {}, nullptr,
                                {{"company_id", companyId}, {"entry_id", *id}}};
        if (auto status = store::AuditLog(m_ws.db()).record(entry); !status)
            return status;
        return tx.commit();
    });
    if (!outcome)
        return outcome.error();
    emit m_ws.notifier().salesChanged(companyId);
    return *written;
}

std::vector<store::BankLineRecord> PaymentService::unmatchedLines()
{
    return store::BankRepository(m_ws.db()).unmatchedLines();
}

} // namespace pc::app
