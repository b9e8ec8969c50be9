#pragma once

#include "core/ClientFile.h"
#include "core/Money.h"
#include "core/Result.h"
#include "core/SalesDocument.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace pc::io {

// An order as a file describes it (`order add FILE.json`, docs/CLI.md):
// {"siren": "552100554", "client_reference": "PO-2026-118", "date": "2026-11-23",
//  "payment_terms": "45 jours fin de mois", "status": "confirmed",
//  "delivery_address": {"line1": "…", "postal_code": "69007", "city": "Lyon"},
//  "deposit": "1 000,00",
//  "lines": [{"description": "Palette bois", "quantity": "10", "unit_price": "12,50", "vat_rate": "20"}]}
// The client may also be named by "siret" or "account". Amounts are euros (text or a
// number with at most two decimals), quantities up to three decimals, VAT rates in
// percent (20) or as a fraction (0.2). The names other software gives these fields
// are read too: "po_number" or "reference" for the client's PO, "order_date",
// "terms", "qty", "price" or "unit_price_cents", "vat" or "tva".
struct OrderFile {
    std::string clientKey;
    std::string clientReference;
    std::optional<core::Date> date;
    std::string paymentTerms; // as typed; empty: the client's agreed terms
    bool draft = false;
    core::Address deliveryAddress;
    std::optional<core::Money> deposit;
    std::string note;
    std::vector<core::DocumentLine> lines;
};

// Every problem is reported with the file and the field ("lines[2].unit_price"); the
// first one found is returned.
core::Result<OrderFile> readOrderJson(const QByteArray& bytes, const QString& fileName);
core::Result<OrderFile> readOrderFile(const QString& path);

} // namespace pc::io
