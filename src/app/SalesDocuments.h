#pragma once

#include "core/ClientFile.h"
#include "core/Invoice.h"
#include "core/Order.h"

#include <QCoreApplication>
#include <QString>

namespace pc::app {

// The printable documents of stages 4 and 6 as HTML for QTextDocument (see PdfWriter):
// tables rather than floats, since it reads only a subset of HTML and CSS. Every text
// typed by a user is escaped. Amounts and dates follow the interface's locale.
class SalesDocuments {
    Q_DECLARE_TR_FUNCTIONS(SalesDocuments)

public:
    // What the client ordered, the prices and the conditions agreed (stage 4).
    static QString orderConfirmationHtml(const core::Order& order, const core::SellerIdentity& seller,
                                         const core::ClientFile& buyer);
    // An invoice or a credit note with the mentions French law requires (Code de
    // commerce L441-9, CGI ann. II 242 nonies A, décret 2022-1299).
    static QString invoiceHtml(const core::Invoice& invoice, const core::SellerIdentity& seller,
                               const core::ClientFile& buyer);
};

} // namespace pc::app
