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
};

} // namespace pc::app
