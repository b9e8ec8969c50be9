#include "store/AnalyticsRepository.h"

#include "core/Rounding.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

namespace pc::store {

using core::Money;

std::vector<receivables::Settlement> AnalyticsRepository::settlements(core::Date asOf)
{
    SqlQuery q(m_db, "analytics.settlements",
               QStringLiteral(
                   "SELECT d.company_id, d.id, d.entry_date, COALESCE(d.due_date, d.entry_date), c.entry_date, "
                   "a.amount_cents FROM ledger_allocations a "
                   "JOIN ledger_entries d ON d.id = a.debit_entry_id "
                   "JOIN ledger_entries c ON c.id = a.credit_entry_id "
                   "WHERE d.kind IN ('invoice', 'imported') AND d.debit_cents > d.credit_cents "
                   "AND c.kind IN ('payment', 'imported') AND c.credit_cents > c.debit_cents "
                   "AND a.allocated_on <= ? AND c.entry_date <= ? "
                   "ORDER BY d.company_id, d.id, a.id"));
    q.bindDate(asOf).bindDate(asOf).run();
    std::vector<receivables::Settlement> rows;
    while (q.next())
        rows.push_back({q.integer(0), q.integer(1), q.date(2), q.date(3), q.date(4), Money::fromCents(q.integer(5))});
    return rows;
}

std::vector<receivables::BalanceMove> AnalyticsRepository::outstandingMoves(core::Date to)
{
    SqlQuery q(m_db, "analytics.outstanding_moves",
               QStringLiteral(
                   "SELECT company_id, entry_date, debit_cents - credit_cents FROM ledger_entries "
                   "WHERE debit_cents > credit_cents AND kind <> 'deposit' AND entry_date <= ? "
                   "UNION ALL SELECT d.company_id, a.allocated_on, -a.amount_cents FROM ledger_allocations a "
                   "JOIN ledger_entries d ON d.id = a.debit_entry_id "
                   "WHERE d.debit_cents > d.credit_cents AND d.kind <> 'deposit' AND a.allocated_on <= ?"));
    q.bindDate(to).bindDate(to).run();
    std::vector<receivables::BalanceMove> rows;
    while (q.next())
        rows.push_back({q.integer(0), q.date(1), Money::fromCents(q.integer(2))});
    return rows;
}

std::map<qint64, Money> AnalyticsRepository::salesByClient(core::Date from, core::Date to, core::Rate defaultVat)
{
    // The sign of a document's net amount is taken from its kind, whatever it is stored
    // as; an invoice entry without its document counts as booked. An imported debit
    // includes VAT.
    SqlQuery q(m_db, "analytics.sales",
               QStringLiteral(
                   "SELECT e.company_id, "
                   "SUM(CASE WHEN e.kind = 'imported' THEN 0 WHEN i.id IS NULL THEN e.debit_cents - e.credit_cents "
                   "WHEN e.kind = 'credit_note' THEN -ABS(i.net_cents) ELSE ABS(i.net_cents) END), "
                   "SUM(CASE WHEN e.kind = 'imported' THEN e.debit_cents ELSE 0 END) "
                   "FROM ledger_entries e LEFT JOIN invoices i ON i.id = e.invoice_id "
                   "WHERE (e.kind IN ('invoice', 'credit_note') OR (e.kind = 'imported' AND e.debit_cents > 0)) "
                   "AND e.entry_date >= ? AND e.entry_date <= ? GROUP BY e.company_id"));
    q.bindDate(from).bindDate(to).run();
    const std::int64_t grossPerNet = 10'000 + defaultVat.basisPoints();
    std::map<qint64, Money> sales;
    while (q.next()) {
        const std::int64_t net = core::divideRounded(static_cast<core::Int128>(q.integer(2)) * 10'000, grossPerNet,
                                                     core::Rounding::HalfUp);
        sales[q.integer(0)] = Money::fromCents(q.integer(1) + net);
    }
    return sales;
}

std::map<qint64, std::map<std::string, int>> AnalyticsRepository::actionsByClient(core::Date from, core::Date to)
{
    SqlQuery q(m_db, "analytics.actions",
               QStringLiteral("SELECT company_id, channel, COUNT(*) FROM dunning_actions WHERE status = 'done' "
                              "AND COALESCE(done_on, planned_on) >= ? AND COALESCE(done_on, planned_on) <= ? "
                              "GROUP BY company_id, channel"));
    q.bindDate(from).bindDate(to).run();
    std::map<qint64, std::map<std::string, int>> actions;
    while (q.next())
        actions[q.integer(0)][q.stdText(1)] = static_cast<int>(q.integer(2));
    return actions;
}

std::map<qint64, std::string> AnalyticsRepository::riskClasses(core::Date asOf)
{
    SqlQuery q(m_db, "analytics.risk_classes",
               QStringLiteral("SELECT l.company_id, COALESCE(l.risk_class, '') FROM credit_limits l "
                              "WHERE l.id = (SELECT x.id FROM credit_limits x WHERE x.company_id = l.company_id "
                              "AND x.decided_on <= ? ORDER BY x.decided_on DESC, x.id DESC LIMIT 1)"));
    q.bindDate(asOf).run();
    std::map<qint64, std::string> classes;
    while (q.next())
        classes[q.integer(0)] = q.stdText(1);
    return classes;
}

std::vector<ClientAttributes> AnalyticsRepository::clients()
{
    SqlQuery q(m_db, "analytics.clients",
               QStringLiteral("SELECT c.id, COALESCE(c.siren, ''), c.name, COALESCE(a.segment, ''), "
                              "COALESCE(a.sales_rep, ''), c.naf_code, c.postal_code, c.country "
                              "FROM companies c LEFT JOIN accounts a ON a.company_id = c.id "
                              "ORDER BY COALESCE(c.siren, ''), c.id"));
    q.run();
    std::vector<ClientAttributes> rows;
    while (q.next())
        rows.push_back({q.integer(0), q.stdText(1), q.stdText(2), q.stdText(3), q.stdText(4), q.stdText(5),
                        q.stdText(6), q.stdText(7), std::nullopt, std::nullopt});
    addStatementFigures(rows);
    return rows;
}

void AnalyticsRepository::addStatementFigures(std::vector<ClientAttributes>& clients)
{
    // Lines hold cents: a headcount of 12 is entered as 12,00.
    SqlQuery q(m_db, "analytics.statement_figures",
               QStringLiteral("SELECT s.company_id, l.code, l.amount_cents FROM financial_statements s "
                              "JOIN statement_lines l ON l.statement_id = s.id "
                              "WHERE l.code IN ('FL', 'YP', '376', '210', '214', '218') AND s.closing_date = "
                              "(SELECT MAX(x.closing_date) FROM financial_statements x "
                              "WHERE x.company_id = s.company_id)"));
    q.run();
    std::map<qint64, std::map<std::string, qint64>> lines;
    while (q.next())
        lines[q.integer(0)][q.stdText(1)] = q.integer(2);
    for (ClientAttributes& client : clients) {
        const auto found = lines.find(client.companyId);
        if (found == lines.end())
            continue;
        const auto& l = found->second;
        const auto line = [&](const char* code) { return l.count(code) ? l.at(code) : 0; };
        if (l.count("YP") || l.count("376"))
            client.headcount = (l.count("YP") ? line("YP") : line("376")) / 100;
        if (l.count("FL"))
            client.turnover = Money::fromCents(line("FL"));
        else if (l.count("210") || l.count("214") || l.count("218"))
            client.turnover = Money::fromCents(line("210") + line("214") + line("218"));
    }
}

} // namespace pc::store
