#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "core/Result.h"
#include "receivables/Dispute.h"
#include "store/RecoveryRepository.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace pc::app {

class Workspace;

struct DisputeInput {
    QString client;  // SIREN, SIRET or account number
    QString invoice; // the piece of the disputed entry (invoice number)
    std::optional<core::Money> amount; // the part disputed; all that is open when empty
    receivables::DisputeReason reason = receivables::DisputeReason::Other;
    std::string owner;
    std::string note;
    std::optional<core::Date> openedOn; // today when empty
};

struct DisputeResolution {
    receivables::DisputeStatus status = receivables::DisputeStatus::ResolvedRejected;
    // Credit note / partially: the amount credited incl. VAT (the disputed amount when
    // empty for a credit note; required for partially).
    std::optional<core::Money> creditAmount;
    std::string note;
    std::optional<core::Date> on; // today when empty
};

// Stage 8 disputes (litiges): opened on an invoice or part of it, investigated, then
// resolved by a credit note (issued through stage 6, so the ledger and the invoice
// series stay right), rejected, or partly credited. An active dispute's amount leaves
// the dunning and is shown apart in the exposure and aging.
class DisputeService {
    Q_DECLARE_TR_FUNCTIONS(DisputeService)

public:
    explicit DisputeService(Workspace& workspace) : m_ws(workspace) {}

    // Errors: NotFound (client, field "client"; invoice, field "invoice"), InvalidNumber
    // (amount not positive, field "amount"), TotalMismatch (more than is open and not
    // already disputed; args {amount, available}), DateTooLate (after today).
    core::Result<qint64> open(const DisputeInput& input);
    // Open → investigating. Errors: NotFound, InvalidTransition (already resolved).
    core::Status investigate(qint64 disputeId, const std::string& owner);
    // Errors: NotFound, InvalidTransition (already resolved, or `status` is not a
    // resolution), MissingField ("amount" for partially), the credit note's own errors.
    core::Status resolve(qint64 disputeId, const DisputeResolution& resolution);

    std::vector<store::DisputeRecord> disputes(std::optional<qint64> companyId);
    receivables::DisputeStats stats(std::optional<qint64> companyId, core::Date asOf);

private:
    Workspace& m_ws;
};

} // namespace pc::app
