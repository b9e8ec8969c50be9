#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "core/Result.h"
#include "store/Stamp.h"

#include <QString>
#include <QtGlobal>

#include <optional>
#include <set>
#include <tuple>
#include <vector>

namespace pc::store {

class Database;

// The latest credit limit decision of a client and the class of the one before.
struct LimitState {
    qint64 companyId = 0;
    core::Money limit;
    std::optional<char> riskClass;
    std::optional<char> previousRiskClass;
    core::Date reviewDate;
    core::Date decidedOn;
};

struct ProceedingsState {
    qint64 companyId = 0;
    QString kind; // "safeguard", "receivership", "liquidation"
    std::optional<core::Date> since;
};

// (company, kind, key) of an acknowledged alert.
using AlertIdentity = std::tuple<qint64, QString, QString>;

struct Acknowledgement {
    qint64 companyId = 0;
    QString kind;
    QString key;
    QString note;
};

// Stage 9: what the dashboard's alerts are raised from, and which were acknowledged.
// Writes run inside the caller's transaction.
class AlertRepository {
public:
    explicit AlertRepository(Database& db) : m_db(db) {}

    // Limits decided on or before `asOf`, one row per client that has one.
    std::vector<LimitState> limitStates(core::Date asOf);
    std::vector<ProceedingsState> proceedings();
    std::set<AlertIdentity> acknowledged();
    // Errors: StoreError (also when it was already acknowledged: the caller checks).
    core::Status acknowledge(const Acknowledgement& ack, const Stamp& stamp);

private:
    Database& m_db;
};

} // namespace pc::store
