#pragma once

#include "core/Rate.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace pc::ui {

// How stage 8's page writes a few values the labels of app::RecoveryLabels do not
// cover: a template's language, a SIREN in groups of three, a rate.
class RecoveryFormat {
    Q_DECLARE_TR_FUNCTIONS(RecoveryFormat)

public:
    static QString language(const QString& code);
    // "732 829 320" from the nine digits; anything else as it is.
    static QString siren(const std::string& digits);
    // "10,15 %", exact from the basis points.
    static QString rate(core::Rate rate);
};

} // namespace pc::ui
