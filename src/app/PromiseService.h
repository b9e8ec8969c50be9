#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "core/Result.h"
#include "receivables/PaymentPromise.h"
#include "store/RecoveryRepository.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace pc::app {

class Workspace;

struct PromiseInput {
    QString client; // SIREN, SIRET or account number
    core::Money amount;
    core::Date promisedFor;
    std::string contact; // who promised
    std::string note;
};

// A promise with where it stands on a day.
struct PromiseView {
    store::PromiseRecord record;
    receivables::PromiseStatus status;
};

// Promises to pay (stage 8): a pending promise postpones the dunning of its client, a
// broken one moves the client up its scenario.
class PromiseService {
    Q_DECLARE_TR_FUNCTIONS(PromiseService)

public:
    explicit PromiseService(Workspace& workspace) : m_ws(workspace) {}

    // Made today. Errors: NotFound (client), InvalidNumber (amount not positive, field
    // "amount"), DateTooEarly (promised for a day before today, field "date").
    core::Result<qint64> add(const PromiseInput& input);
    // A client's promises (or everyone's), newest first, with their state on `asOf`.
    std::vector<PromiseView> promises(std::optional<qint64> companyId, core::Date asOf);

private:
    Workspace& m_ws;
};

} // namespace pc::app
