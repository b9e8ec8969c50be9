#pragma once

#include "core/Invoice.h"
#include "core/Order.h"
#include "risk/CreditCheck.h"

#include <QCoreApplication>
#include <QString>

namespace pc::app {

// The words of stages 4 to 6 and of the credit check, translated.
class SalesLabels {
    Q_DECLARE_TR_FUNCTIONS(SalesLabels)

public:
    static QString orderStatus(core::OrderStatus status);
    static QString decision(risk::CheckDecision decision);
    // A reason of the credit check as a sentence, with its amounts and dates.
    static QString reason(const risk::CheckReason& reason);
    static QString invoiceKind(core::InvoiceKind kind);
    static QString nature(core::OperationNature nature);
    static QString vatRate(core::Rate rate);
    static QString quantity(core::Quantity quantity);
};

} // namespace pc::app
