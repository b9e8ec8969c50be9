#include "store/InvoiceRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

#include <algorithm>

namespace pc::store {

using core::Date;
using core::Invoice;
using core::Money;

core::Result<qint64> InvoiceRepository::insert(const Invoice& inv, std::optional<qint64> creditedInvoiceId,
                                               const QString& sellerJson, const QString& buyerJson,
                                               const Stamp& stamp)
{
    SqlQuery insert(m_db, "invoices.insert",
                    QStringLiteral("INSERT INTO invoices (number, kind, company_id, issue_date, due_date, delivery_date, "
                                   "payment_terms, client_reference, credited_invoice_id, reason, penalty_rate_bp, "
                                   "net_cents, vat_cents, gross_cents, delivery_line1, delivery_line2, "
                                   "delivery_postal_code, delivery_city, delivery_country, seller_json, buyer_json, "
                                   "created_at, created_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                   "RETURNING id"));
    insert.bind(inv.number)
        .bind(std::string(core::toCode(inv.kind)))
        .bind(inv.clientId)
        .bind(inv.issueDate.toIso())
        .bind(inv.dueDate.toIso())
        .bindDate(inv.deliveryDate)
        .bind(inv.terms.code())
        .bind(inv.clientReference)
        .bindId(creditedInvoiceId)
        .bind(inv.reason)
        .bind(inv.penaltyRate.basisPoints())
        .bind(inv.totals.net.cents())
        .bind(inv.totals.vat.cents())
        .bind(inv.totals.gross.cents())
        .bind(inv.deliveryAddress.line1)
        .bind(inv.deliveryAddress.line2)
        .bind(inv.deliveryAddress.postalCode)
        .bind(inv.deliveryAddress.city)
        .bind(inv.deliveryAddress.country)
        .bind(sellerJson)
        .bind(buyerJson)
        .bind(stamp.at.toUTC().toString(Qt::ISODate))
        .bind(stamp.actor);
    if (auto status = insert.exec(); !status)
        return status.error();
    if (!insert.next())
        return core::Error(core::ErrorCode::StoreError, {"invoices.insert", "no id returned"});
    const qint64 id = insert.integer(0);
    SqlQuery line(m_db, "invoice_lines.insert",
                  QStringLiteral("INSERT INTO invoice_lines (invoice_id, line_no, description, quantity_milli, "
                                 "unit_price_cents, vat_rate_bp) VALUES (?, ?, ?, ?, ?, ?)"));
    int lineNo = 0;
    for (const core::DocumentLine& l : inv.lines) {
        line.bind(id)
            .bind(++lineNo)
            .bind(l.description)
            .bind(l.quantity.thousandths())
            .bind(l.unitPrice.cents())
            .bind(l.vatRate.basisPoints());
        if (auto status = line.exec(); !status)
            return status.error();
    }
    return id;
}

std::vector<PostedInvoice> InvoiceRepository::load(const char* name, const QString& where, const QVariant& key)
{
    SqlQuery q(m_db, name,
               QStringLiteral("SELECT i.id, i.number, i.kind, i.company_id, i.issue_date, i.due_date, i.delivery_date, "
                              "i.payment_terms, i.client_reference, c.number, i.reason, i.penalty_rate_bp, "
                              "i.delivery_line1, i.delivery_line2, i.delivery_postal_code, i.delivery_city, "
                              "i.delivery_country, i.seller_json, i.buyer_json "
                              "FROM invoices i LEFT JOIN invoices c ON c.id = i.credited_invoice_id ")
                   + where);
    q.bind(key).run();
    std::vector<PostedInvoice> found;
    while (q.next()) {
        PostedInvoice p;
        Invoice& inv = p.invoice;
        inv.id = q.integer(0);
        inv.number = q.stdText(1);
        inv.kind = q.stdText(2) == "credit_note" ? core::InvoiceKind::CreditNote : core::InvoiceKind::Invoice;
        inv.clientId = q.integer(3);
        inv.issueDate = q.date(4);
        inv.dueDate = q.date(5);
        inv.deliveryDate = q.optDate(6);
        inv.terms = core::PaymentTerms::fromCode(q.stdText(7)).valueOr(core::PaymentTerms());
        inv.clientReference = q.stdText(8);
        inv.creditedInvoice = q.stdText(9);
        inv.reason = q.stdText(10);
        inv.penaltyRate = core::Rate::fromBasisPoints(q.integer(11));
        inv.deliveryAddress = {q.stdText(12), q.stdText(13), q.stdText(14), q.stdText(15), q.stdText(16)};
        p.sellerJson = q.text(17);
        p.buyerJson = q.text(18);
        found.push_back(std::move(p));
    }
    SqlQuery lines(m_db, "invoice_lines.of",
                   QStringLiteral("SELECT description, quantity_milli, unit_price_cents, vat_rate_bp FROM invoice_lines "
                                  "WHERE invoice_id = ? ORDER BY line_no"));
    SqlQuery notes(m_db, "invoices.documents",
                   QStringLiteral("SELECT DISTINCT d.number, o.number FROM deliveries d JOIN orders o ON o.id = d.order_id "
                                  "WHERE d.invoice_id = ? ORDER BY d.number"));
    for (PostedInvoice& p : found) {
        Invoice& inv = p.invoice;
        lines.bind(inv.id).run();
        while (lines.next())
            inv.lines.push_back({lines.stdText(0), core::Quantity::fromThousandths(lines.integer(1)),
                                 Money::fromCents(lines.integer(2)), core::Rate::fromBasisPoints(lines.integer(3))});
        inv.totals = core::totalsOf(inv.lines);
        notes.bind(inv.id).run();
        while (notes.next()) {
            inv.deliveryNumbers.push_back(notes.stdText(0));
            if (std::find(inv.orderNumbers.begin(), inv.orderNumbers.end(), notes.stdText(1)) == inv.orderNumbers.end())
                inv.orderNumbers.push_back(notes.stdText(1));
        }
    }
    return found;
}

std::optional<PostedInvoice> InvoiceRepository::byNumber(const QString& number)
{
    auto found = load("invoices.by_number", QStringLiteral("WHERE i.number = ?"), number);
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::optional<PostedInvoice> InvoiceRepository::byId(qint64 id)
{
    auto found = load("invoices.by_id", QStringLiteral("WHERE i.id = ?"), id);
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::vector<Invoice> InvoiceRepository::invoicesOf(qint64 companyId)
{
    std::vector<Invoice> result;
    for (PostedInvoice& p : load("invoices.of_client", QStringLiteral("WHERE i.company_id = ? ORDER BY i.id DESC"),
                                 companyId))
        result.push_back(std::move(p.invoice));
    return result;
}

std::optional<Date> InvoiceRepository::lastIssueDate()
{
    SqlQuery q(m_db, "invoices.last_date", QStringLiteral("SELECT MAX(issue_date) FROM invoices"));
    q.run();
    return q.next() ? q.optDate(0) : std::nullopt;
}

Money InvoiceRepository::creditedTotal(qint64 invoiceId)
{
    SqlQuery q(m_db, "invoices.credited",
               QStringLiteral("SELECT COALESCE(SUM(gross_cents), 0) FROM invoices WHERE credited_invoice_id = ?"));
    q.bind(invoiceId).run();
    return Money::fromCents(q.next() ? q.integer(0) : 0);
}

} // namespace pc::store
