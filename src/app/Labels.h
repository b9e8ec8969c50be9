#pragma once

#include "core/ClientFile.h"
#include "core/Money.h"
#include "core/OpeningChecklist.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>

namespace pc::app {

// The words the user reads for the engine's codes, in the UI language.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString accountStatus(core::AccountStatus status);
    static QString accountStatus(const QString& code);
    static QString paymentMethod(core::PaymentMethod method);
    static QString contactRole(core::ContactRole role);
    static QString companyStatus(core::CompanyStatus status);
    static QString proceedings(core::Proceedings proceedings);
    static QString checklistItem(core::ChecklistItem item);
    // Why a checklist line is not satisfied ("Kbis du 02/01/2026, vieux de 325 jours").
    static QString checklistGap(const core::ChecklistLine& line);
    // "SAS — SAS, société par actions simplifiée" from the INSEE code.
    static QString legalForm(const QString& code);
    // The NAF rev. 2 label of "62.01Z".
    static QString nafActivity(const QString& code);
    // 23/11/2026 in French, 11/23/2026 in English: the UI locale's short format.
    static QString date(core::Date date);
    static QString date(const std::optional<core::Date>& date);
    // "1 234,56 €" in French, "1,234.56 €" in English: exact, from the cents.
    static QString money(core::Money amount);
    // Days or a percentage kept in hundredths: "45,23" in French; "—" when there is none.
    static QString hundredths(const std::optional<std::int64_t>& value);
};

} // namespace pc::app
