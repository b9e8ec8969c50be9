#pragma once

#include "core/ClientFile.h"
#include "core/Date.h"
#include "core/PaymentTerms.h"
#include "core/Rate.h"
#include "core/SalesDocument.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::core {

// What an invoice sells, one of the four mentions of the e-invoicing reform
// (décret 2022-1299): goods, services, or both.
enum class OperationNature { Goods, Services, Mixed };

std::string_view toCode(OperationNature nature);
std::optional<OperationNature> operationNatureFromCode(std::string_view code);

// The company that issues the invoices: the seller's mentions of CGI ann. II 242 nonies A
// and Code de commerce L441-9.
struct SellerIdentity {
    std::string name;
    std::string legalForm; // "SAS"
    std::string shareCapital; // "100 000 €", as the Kbis writes it
    std::optional<Siren> siren;
    std::string rcsCity; // "RCS Lyon"
    Address address;
    std::optional<Iban> iban;
    std::optional<Bic> bic;
    OperationNature nature = OperationNature::Goods;
    // Contractual late-payment rate; empty: the statutory rate of the half-year (ECB + 10).
    std::optional<Rate> penaltyRate;
    // Early-payment discount; empty: "no discount for early payment".
    std::optional<Rate> earlyPaymentDiscount;
    bool vatOnDebits = false; // "Option pour le paiement de la taxe d'après les débits"

    std::optional<VatNumber> vatNumber() const;
};

// The first mandatory mention the seller's identity lacks, as the field's name
// ("seller.name", "seller.siren", "seller.address"), or empty when it is complete.
std::optional<std::string> missingSellerMention(const SellerIdentity& seller);

enum class InvoiceKind { Invoice, CreditNote };

std::string_view toCode(InvoiceKind kind);

// A posted invoice or credit note (stage 6). Posted documents are never edited: a
// mistake is corrected by a credit note. Amounts of a credit note are positive; its
// kind says they reduce what the client owes.
struct Invoice {
    std::int64_t id = 0;
    InvoiceKind kind = InvoiceKind::Invoice;
    std::string number; // "FA000042", one chronological series for invoices and credit notes
    std::int64_t clientId = 0;
    Date issueDate;
    Date dueDate;
    std::optional<Date> deliveryDate; // of the goods or services, when it differs
    PaymentTerms terms;
    std::vector<DocumentLine> lines;
    DocumentTotals totals;
    std::string clientReference; // the client's purchase-order number(s)
    std::vector<std::string> orderNumbers;
    std::vector<std::string> deliveryNumbers;
    std::string creditedInvoice; // a credit note: the invoice it cancels in part or whole
    std::string reason;          // a credit note: why
    Rate penaltyRate;            // as printed on the document
    Address deliveryAddress;     // empty: same as the client's
    Money depositsApplied;       // deposits received on the orders, set against this invoice
};

// The earliest date a new invoice may carry: numbers follow the dates, so an invoice is
// never dated before the last one issued. DateTooEarly (args: date, last date).
Status checkInvoiceDate(Date issueDate, std::optional<Date> lastIssued);

// "FA000042" from the prefix and the counter of the series.
std::string documentNumber(std::string_view prefix, std::int64_t counter);

} // namespace pc::core
