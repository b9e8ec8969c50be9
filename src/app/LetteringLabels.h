#pragma once

#include "receivables/Lettering.h"
#include "store/BankRepository.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace pc::app {

// The words of stage 7 as the user reads them: lettering rules, why an item is left
// open, how a payer was recognised.
class LetteringLabels {
    Q_DECLARE_TR_FUNCTIONS(LetteringLabels)

public:
    static QString rule(receivables::LetteringRule rule);
    // receivables::LeftItem reason codes.
    static QString leftReason(const std::string& code);
    // "iban", "siren", "invoice", "name", "manual".
    static QString matchedBy(const std::string& code);
    static QString bankLineStatus(store::BankLineStatus status);
};

} // namespace pc::app
