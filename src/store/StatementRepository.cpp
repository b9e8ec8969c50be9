#include "store/StatementRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

namespace pc::store {

using core::Money;
using risk::FinancialStatement;

namespace {

std::optional<qint64> statementId(Database& db, qint64 companyId, core::Date closingDate)
{
    SqlQuery q(db, "statements.find",
               QStringLiteral("SELECT id FROM financial_statements WHERE company_id = ? AND closing_date = ?"));
    q.bind(companyId).bind(closingDate.toIso()).run();
    if (!q.next())
        return std::nullopt;
    return q.integer(0);
}

core::Status writeLines(Database& db, qint64 id, const FinancialStatement& s)
{
    SqlQuery insert(db, "statement_lines.insert",
                    QStringLiteral("INSERT INTO statement_lines (statement_id, code, amount_cents) VALUES (?, ?, ?)"));
    for (const auto& [code, amount] : s.lines) {
        insert.bind(id).bind(code).bind(amount.cents());
        if (auto status = insert.exec(); !status)
            return status;
    }
    return {};
}

} // namespace

core::Result<bool> StatementRepository::save(qint64 companyId, const FinancialStatement& s, const QString& actor,
                                             const QDateTime& now)
{
    const auto existing = statementId(m_db, companyId, s.closingDate);
    if (existing) {
        if (auto status = remove(companyId, s.closingDate); !status)
            return status.error();
    }
    SqlQuery insert(m_db, "statements.insert",
                    QStringLiteral("INSERT INTO financial_statements (company_id, closing_date, months, regime, source, "
                                   "currency, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(companyId)
        .bind(s.closingDate.toIso())
        .bind(s.months)
        .bind(std::string(risk::toCode(s.regime)))
        .bind(s.source)
        .bind(s.currency)
        .bind(now.toUTC().toString(Qt::ISODate))
        .bind(actor);
    if (auto status = insert.exec(); !status)
        return status.error();
    if (!insert.next())
        return core::Error(core::ErrorCode::StoreError, {"statements.insert", "no id returned"});
    if (auto status = writeLines(m_db, insert.integer(0), s); !status)
        return status.error();
    return existing.has_value();
}

core::Status StatementRepository::remove(qint64 companyId, core::Date closingDate)
{
    const auto id = statementId(m_db, companyId, closingDate);
    if (!id)
        return {};
    // Lines first: ON DELETE CASCADE needs foreign keys on, which a PostgreSQL
    // connection always has but an SQLite file opened elsewhere may not.
    SqlQuery lines(m_db, "statement_lines.delete", QStringLiteral("DELETE FROM statement_lines WHERE statement_id = ?"));
    lines.bind(*id);
    if (auto status = lines.exec(); !status)
        return status;
    SqlQuery statement(m_db, "statements.delete", QStringLiteral("DELETE FROM financial_statements WHERE id = ?"));
    statement.bind(*id);
    return statement.exec();
}

std::vector<FinancialStatement> StatementRepository::forCompany(qint64 companyId, const std::string& siren)
{
    SqlQuery q(m_db, "statements.for_company",
               QStringLiteral("SELECT s.id, s.closing_date, s.months, s.regime, s.source, s.currency, l.code, "
                              "l.amount_cents FROM financial_statements s LEFT JOIN statement_lines l "
                              "ON l.statement_id = s.id WHERE s.company_id = ? ORDER BY s.closing_date, l.code"));
    q.bind(companyId).run();
    std::vector<FinancialStatement> out;
    qint64 current = -1;
    while (q.next()) {
        if (q.integer(0) != current) {
            current = q.integer(0);
            FinancialStatement s;
            s.siren = siren;
            s.closingDate = core::Date::parseIso(q.stdText(1)).valueOr(core::Date());
            s.months = static_cast<int>(q.integer(2));
            s.regime = risk::regimeFromCode(q.stdText(3)).value_or(risk::Regime::Normal);
            s.source = q.stdText(4);
            s.currency = q.stdText(5);
            out.push_back(std::move(s));
        }
        if (!q.isNull(6))
            out.back().lines[q.stdText(6)] = Money::fromCents(q.integer(7));
    }
    return out;
}

int StatementRepository::count()
{
    SqlQuery q(m_db, "statements.count", QStringLiteral("SELECT COUNT(*) FROM financial_statements"));
    q.run();
    return q.next() ? static_cast<int>(q.integer(0)) : 0;
}

} // namespace pc::store
