#pragma once

#include "core/Invoice.h"
#include "core/Result.h"
#include "receivables/Ledger.h"
#include "store/InvoiceRepository.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace pc::app {

class Workspace;

// Stage 6: invoices from deliveries and credit notes, numbered without gaps in one
// chronological series, posted to the client's receivables ledger, printed as PDF.
// A posted document is never changed: a credit note corrects it.
class InvoiceService {
public:
    explicit InvoiceService(Workspace& workspace) : m_ws(workspace) {}

    // One invoice for deliveries of one client. The number is taken inside the
    // transaction that writes the invoice, so a failure leaves no gap. Errors:
    // NotFound, AlreadyExists (a delivery already invoiced), NotSameClient,
    // MissingField ("seller.name", "seller.siren", "seller.address"), DateTooEarly
    // (dated before the last document issued).
    core::Result<core::Invoice> invoiceDeliveries(const QStringList& deliveryNumbers,
                                                  std::optional<core::Date> date = std::nullopt);
    // A credit note for all that remains of an invoice, or for `amount` including VAT.
    // Errors: ReasonRequired, NotFound, InvalidTransition (a credit note of a credit
    // note), TotalMismatch (more than remains to credit), DateTooEarly.
    core::Result<core::Invoice> creditNote(const QString& invoiceNumber, std::optional<core::Money> amount,
                                           const QString& reason, std::optional<core::Date> date = std::nullopt);

    core::Result<store::PostedInvoice> find(const QString& number);
    std::vector<core::Invoice> invoicesOf(qint64 clientId);
    // What remains due on a document today (its ledger entry's open amount); negative
    // for the part of a credit note not yet set against an invoice.
    core::Money openAmount(const core::Invoice& invoice);

    // The document as printed: with the seller and buyer as they were when issued.
    core::Result<QString> html(const QString& number);
    core::Status writePdf(const QString& number, const QString& path);

private:
    core::Result<core::Invoice> post(core::Invoice invoice, std::optional<qint64> creditedId);
    Workspace& m_ws;
};

} // namespace pc::app
