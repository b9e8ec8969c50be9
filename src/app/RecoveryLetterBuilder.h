#pragma once

#include "app/RecoveryLetter.h"
#include "core/Date.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <optional>
#include <set>
#include <string>

namespace pc::app {

class Workspace;

// Gathers what a recovery letter states about a client on a day: the seller as
// creditor, the client's accounts-payable contact and billing address, its open items
// (overdue with their penalties and indemnity, then not yet due), disputed amounts
// apart, and the totals.
class RecoveryLetterBuilder {
    Q_DECLARE_TR_FUNCTIONS(RecoveryLetterBuilder)

public:
    explicit RecoveryLetterBuilder(Workspace& workspace) : m_ws(workspace) {}

    // `only`: the entries of an action; every open item of the client when empty.
    // Errors: NotFound (client), MissingField (the seller's name, SIREN or address, field
    // "seller.name"…), the penalties' errors.
    core::Result<RecoveryLetter> build(qint64 companyId, const std::string& templateCode, core::Date asOf,
                                       const std::string& reference,
                                       const std::optional<std::set<qint64>>& only = std::nullopt);

private:
    Workspace& m_ws;
};

} // namespace pc::app
