#pragma once

#include "core/Date.h"
#include "core/Money.h"
#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace pc::store {

class Database;

// The inputs of a client's credit line that are not in its accounts: the agreed
// payment terms, what it is expected to buy, how late it usually pays, the credit
// insurer's cover and the liens registered against it.
struct CreditProfile {
    std::string paymentTerms = "net:30"; // core::PaymentTerms code
    std::optional<core::Money> expectedAnnualPurchases;
    int usualDelayDays = 0;
    std::optional<core::Money> insurerCover;
    int liens = 0;
};

// A credit limit decided by a person, with what the engine recommended at the time.
struct CreditLimitDecision {
    qint64 id = 0;
    core::Money amount;
    std::optional<core::Money> recommended;
    std::string riskClass;
    int policyVersion = 0;
    QString approver;
    QString reason;
    core::Date reviewDate;
    core::Date decidedOn;
    QDateTime decidedAt;
    QString decidedBy;
};

class CreditRepository {
public:
    explicit CreditRepository(Database& db) : m_db(db) {}

    CreditProfile profile(qint64 companyId);
    core::Status saveProfile(qint64 companyId, const CreditProfile& profile, const QDateTime& now);

    core::Result<qint64> addLimit(qint64 companyId, const CreditLimitDecision& decision);
    // Newest first.
    std::vector<CreditLimitDecision> limits(qint64 companyId);
    // The limit in force on a date: the last decided on or before it.
    std::optional<CreditLimitDecision> limitOn(qint64 companyId, core::Date date);

private:
    Database& m_db;
};

} // namespace pc::store
