#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

namespace pc::app {

// Turns the engine's error codes into sentences in the UI language, prefixed with
// where the problem is: "clients.csv:12: siret: « 123 » …".
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString describe(const core::Error& error);
    // The sentence alone, without the location.
    static QString message(const core::Error& error);
    static QString location(const core::Location& where);

private:
    // What was looked for, from the field: a client, an order, a delivery, an invoice.
    static QString notFound(const core::Error& error);
    static QString inconsistent(const core::Error& error);
    // A Money::toString() argument in the user's format.
    static QString moneyArg(const core::Error& error, std::size_t i);
    // "livrée", "confirmée", "annulée": what an order transition would make of it.
    static QString transitionVerb(const std::string& to);
};

} // namespace pc::app
