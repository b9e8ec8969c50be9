#include "store/AlertRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

namespace pc::store {

namespace {

std::optional<char> classOf(const SqlQuery& q, int column)
{
    const QString text = q.text(column);
    if (text.size() != 1)
        return std::nullopt;
    return text.front().toLatin1();
}

} // namespace

std::vector<LimitState> AlertRepository::limitStates(core::Date asOf)
{
    // Newest first per client: the first row is the limit in force, the second the
    // decision it replaced.
    SqlQuery q(m_db, "alerts.limits",
               QStringLiteral("SELECT company_id, amount_cents, risk_class, review_date, decided_on FROM credit_limits "
                              "WHERE decided_on <= ? ORDER BY company_id, decided_on DESC, id DESC"));
    q.bindDate(asOf).run();
    std::vector<LimitState> rows;
    while (q.next()) {
        const qint64 companyId = q.integer(0);
        if (!rows.empty() && rows.back().companyId == companyId) {
            if (!rows.back().previousRiskClass)
                rows.back().previousRiskClass = classOf(q, 2);
            continue;
        }
        rows.push_back({companyId, core::Money::fromCents(q.integer(1)), classOf(q, 2), std::nullopt, q.date(3), q.date(4)});
    }
    return rows;
}

std::vector<ProceedingsState> AlertRepository::proceedings()
{
    SqlQuery q(m_db, "alerts.proceedings",
               QStringLiteral("SELECT id, proceedings, proceedings_date FROM companies WHERE proceedings <> 'none'"));
    q.run();
    std::vector<ProceedingsState> rows;
    while (q.next())
        rows.push_back({q.integer(0), q.text(1), q.optDate(2)});
    return rows;
}

std::set<AlertIdentity> AlertRepository::acknowledged()
{
    SqlQuery q(m_db, "alerts.acknowledged",
               QStringLiteral("SELECT company_id, kind, alert_key FROM alert_acknowledgements"));
    q.run();
    std::set<AlertIdentity> keys;
    while (q.next())
        keys.emplace(q.integer(0), q.text(1), q.text(2));
    return keys;
}

core::Status AlertRepository::acknowledge(const Acknowledgement& ack, const Stamp& stamp)
{
    SqlQuery insert(m_db, "alerts.acknowledge",
                    QStringLiteral("INSERT INTO alert_acknowledgements (company_id, kind, alert_key, note, "
                                   "acknowledged_at, acknowledged_by) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(ack.companyId).bind(ack.kind).bind(ack.key).bind(ack.note);
    insert.bind(stamp.atText()).bind(stamp.actor);
    return insert.exec();
}

} // namespace pc::store
