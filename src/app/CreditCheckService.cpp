#include "app/CreditCheckService.h"

#include "app/ClientService.h"
#include "app/CreditService.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "receivables/Ledger.h"
#include "risk/Commitments.h"
#include "store/CreditRepository.h"
#include "store/LedgerRepository.h"
#include "store/SalesRepository.h"

namespace pc::app {

using core::Error;
using core::ErrorCode;
using core::Money;
using risk::CheckDecision;

std::string reasonCodes(const risk::CreditCheckResult& result, CheckDecision severity)
{
    std::string codes;
    for (const risk::CheckReason& r : result.reasons)
        if (r.severity == severity)
            codes += (codes.empty() ? "" : ",") + r.code;
    return codes;
}

risk::CreditSubject CreditCheckService::subjectOf(const core::ClientFile& client, core::Date asOf)
{
    risk::CreditSubject s;
    s.accountStatus = client.account.status;
    s.companyStatus = client.company.status;
    s.proceedings = client.company.proceedings;
    if (auto limit = store::CreditRepository(m_ws.db()).limitOn(client.id, asOf)) {
        s.limit = limit->amount;
        s.limitReviewDate = limit->reviewDate;
    }
    store::LedgerRepository ledger(m_ws.db());
    const receivables::ReceivablesPosition position =
        receivables::positionOf(ledger.entriesOf(client.id), ledger.allocationsOf(client.id), asOf);
    s.receivables = position.receivables();
    s.deposits = position.openDeposits;
    s.overdue = position.overdue;
    s.oldestOverdueDays = position.oldestOverdueDays(asOf);
    store::SalesRepository sales(m_ws.db());
    const risk::Commitments commitments = risk::commitmentsOf(sales.ordersOf(client.id), sales.deliveriesOf(client.id), asOf);
    s.deliveredNotInvoiced = commitments.deliveredNotInvoiced;
    s.openOrders = commitments.openOrders;
    const store::DisputeSummary disputes = ledger.openDisputes(client.id, asOf);
    s.openDisputes = disputes.count;
    s.disputedAmount = disputes.amount;
    return s;
}

core::Result<CreditCheckOutcome> CreditCheckService::check(const QString& clientKey, Money amount,
                                                           std::optional<core::Date> asOf)
{
    auto client = ClientService(m_ws).find(clientKey);
    if (!client)
        return client.error();
    return check(client->id, amount, asOf);
}

core::Result<CreditCheckOutcome> CreditCheckService::check(qint64 clientId, Money amount,
                                                           std::optional<core::Date> asOf)
{
    return guardStore([&]() -> core::Result<CreditCheckOutcome> {
        // The analysis gives the client file and its risk class in one read.
        auto analysis = CreditService(m_ws).analyze(clientId);
        if (!analysis)
            return analysis.error();
        const core::Date day = asOf.value_or(m_ws.clock().today());
        risk::CreditSubject subject = subjectOf(analysis->client, day);
        subject.riskClass = analysis->internal.riskClass;
        CreditCheckOutcome outcome{analysis->client, day, {}};
        outcome.result = risk::checkCredit(subject, amount, day, SharedSettings(m_ws).checkPolicy());
        return outcome;
    });
}

core::Result<CreditCheckOutcome> CreditCheckService::checkOrder(const core::Order& order)
{
    return check(order.clientId, order.totals().gross);
}

core::Result<CreditCheckOutcome> CreditCheckService::checkDelivery(const core::Order& order, Money value)
{
    const bool counted = SharedSettings(m_ws).checkPolicy().include.openOrders;
    return check(order.clientId, counted ? Money() : value);
}

core::Status CreditCheckService::approve(const risk::CreditCheckResult& result, const CheckApproval& approval)
{
    if (result.decision == CheckDecision::Block) {
        if (approval.overrideReason.trimmed().isEmpty())
            return Error(ErrorCode::CreditBlocked, {reasonCodes(result, CheckDecision::Block)});
        if (!SharedSettings(m_ws).mayOverride(m_ws.actor()))
            return Error(ErrorCode::NotAllowed, {m_ws.actor().toStdString(), "credit.override"});
        return {};
    }
    if (result.decision == CheckDecision::Warn && !approval.acceptWarnings && approval.overrideReason.trimmed().isEmpty())
        return Error(ErrorCode::ConfirmationRequired, {reasonCodes(result, CheckDecision::Warn)});
    return {};
}

} // namespace pc::app
