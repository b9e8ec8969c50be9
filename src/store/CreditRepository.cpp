#include "store/CreditRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

namespace pc::store {

using core::Money;

namespace {

std::optional<Money> optMoney(const SqlQuery& q, int column)
{
    if (q.isNull(column))
        return std::nullopt;
    return Money::fromCents(q.integer(column));
}

QVariant centsOrNull(const std::optional<Money>& amount)
{
    return amount ? QVariant(static_cast<qlonglong>(amount->cents())) : QVariant(QMetaType(QMetaType::LongLong));
}

const QString kSelectLimits = QStringLiteral(
    "SELECT id, amount_cents, recommended_cents, risk_class, policy_version, approver, reason, review_date, "
    "decided_on, decided_at, decided_by FROM credit_limits WHERE company_id = ? ");

CreditLimitDecision limitFrom(const SqlQuery& q)
{
    CreditLimitDecision d;
    d.id = q.integer(0);
    d.amount = Money::fromCents(q.integer(1));
    d.recommended = optMoney(q, 2);
    d.riskClass = q.stdText(3);
    d.policyVersion = static_cast<int>(q.integer(4));
    d.approver = q.text(5);
    d.reason = q.text(6);
    d.reviewDate = core::Date::parseIso(q.stdText(7)).valueOr(core::Date());
    d.decidedOn = core::Date::parseIso(q.stdText(8)).valueOr(core::Date());
    d.decidedAt = QDateTime::fromString(q.text(9), Qt::ISODate);
    d.decidedBy = q.text(10);
    return d;
}

} // namespace

CreditProfile CreditRepository::profile(qint64 companyId)
{
    SqlQuery q(m_db, "credit_profiles.find",
               QStringLiteral("SELECT payment_terms, expected_annual_purchases_cents, usual_delay_days, "
                              "insurer_cover_cents, liens FROM credit_profiles WHERE company_id = ?"));
    q.bind(companyId).run();
    CreditProfile p;
    if (q.next()) {
        p.paymentTerms = q.stdText(0);
        p.expectedAnnualPurchases = optMoney(q, 1);
        p.usualDelayDays = static_cast<int>(q.integer(2));
        p.insurerCover = optMoney(q, 3);
        p.liens = static_cast<int>(q.integer(4));
    }
    return p;
}

core::Status CreditRepository::saveProfile(qint64 companyId, const CreditProfile& p, const QDateTime& now)
{
    SqlQuery remove(m_db, "credit_profiles.delete", QStringLiteral("DELETE FROM credit_profiles WHERE company_id = ?"));
    remove.bind(companyId);
    if (auto status = remove.exec(); !status)
        return status;
    SqlQuery insert(m_db, "credit_profiles.insert",
                    QStringLiteral("INSERT INTO credit_profiles (company_id, payment_terms, "
                                   "expected_annual_purchases_cents, usual_delay_days, insurer_cover_cents, liens, "
                                   "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(companyId)
        .bind(p.paymentTerms)
        .bind(centsOrNull(p.expectedAnnualPurchases))
        .bind(p.usualDelayDays)
        .bind(centsOrNull(p.insurerCover))
        .bind(p.liens)
        .bind(now.toUTC().toString(Qt::ISODate));
    return insert.exec();
}

core::Result<qint64> CreditRepository::addLimit(qint64 companyId, const CreditLimitDecision& d)
{
    SqlQuery insert(m_db, "credit_limits.insert",
                    QStringLiteral("INSERT INTO credit_limits (company_id, amount_cents, recommended_cents, risk_class, "
                                   "policy_version, approver, reason, review_date, decided_on, decided_at, decided_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(companyId)
        .bind(d.amount.cents())
        .bind(centsOrNull(d.recommended))
        .bind(d.riskClass)
        .bind(d.policyVersion)
        .bind(d.approver)
        .bind(d.reason)
        .bind(d.reviewDate.toIso())
        .bind(d.decidedOn.toIso())
        .bind(d.decidedAt.toUTC().toString(Qt::ISODate))
        .bind(d.decidedBy);
    if (auto status = insert.exec(); !status)
        return status.error();
    if (!insert.next())
        return core::Error(core::ErrorCode::StoreError, {"credit_limits.insert", "no id returned"});
    return insert.integer(0);
}

std::vector<CreditLimitDecision> CreditRepository::limits(qint64 companyId)
{
    SqlQuery q(m_db, "credit_limits.for_company", kSelectLimits + QStringLiteral("ORDER BY id DESC"));
    q.bind(companyId).run();
    std::vector<CreditLimitDecision> out;
    while (q.next())
        out.push_back(limitFrom(q));
    return out;
}

std::optional<CreditLimitDecision> CreditRepository::limitOn(qint64 companyId, core::Date date)
{
    SqlQuery q(m_db, "credit_limits.on_date",
               kSelectLimits + QStringLiteral("AND decided_on <= ? ORDER BY decided_on DESC, id DESC LIMIT 1"));
    q.bind(companyId).bind(date.toIso()).run();
    if (!q.next())
        return std::nullopt;
    return limitFrom(q);
}

} // namespace pc::store
