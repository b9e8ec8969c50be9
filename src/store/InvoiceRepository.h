#pragma once

#include "core/Invoice.h"
#include "core/Result.h"
#include "store/SalesRepository.h"

#include <QString>
#include <optional>
#include <vector>

namespace pc::store {

class Database;

// A posted document with the seller and buyer as they were when it was issued.
struct PostedInvoice {
    core::Invoice invoice;
    QString sellerJson;
    QString buyerJson;
};

// Invoices and credit notes (stage 6). Append-only: there is no update, a posted
// document is corrected by a credit note.
class InvoiceRepository {
public:
    explicit InvoiceRepository(Database& db) : m_db(db) {}

    // The invoice's number must be set; `creditedInvoiceId` for a credit note.
    core::Result<qint64> insert(const core::Invoice& invoice, std::optional<qint64> creditedInvoiceId,
                                const QString& sellerJson, const QString& buyerJson, const Stamp& stamp);
    std::optional<PostedInvoice> byNumber(const QString& number);
    std::optional<PostedInvoice> byId(qint64 id);
    // Newest first.
    std::vector<core::Invoice> invoicesOf(qint64 companyId);
    // The date of the last document issued in the series, every client.
    std::optional<core::Date> lastIssueDate();
    // What credit notes already took back from an invoice, including VAT.
    core::Money creditedTotal(qint64 invoiceId);

private:
    std::vector<PostedInvoice> load(const char* name, const QString& where, const QVariant& key);
    Database& m_db;
};

} // namespace pc::store
