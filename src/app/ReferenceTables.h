#pragma once

#include "receivables/PenaltyRate.h"

#include <QString>
#include <QStringList>

namespace pc::app::reference {

// INSEE tables shipped in resources/reference (read once, never changed).

// "62.01Z" -> "Programmation informatique"; empty when the code is unknown.
QString nafLabel(const QString& code);
bool isKnownNafCode(const QString& code);
// Every NAF code, sorted.
QStringList nafCodes();
// "5710" -> "SAS, société par actions simplifiée".
QString legalCategoryLabel(const QString& code);

// The ECB's main refinancing rate history (resources/reference/ecb_refinancing_rates.json),
// from which the statutory late-payment rate of each half-year follows.
const std::vector<receivables::RefinancingRate>& refinancingRates();

} // namespace pc::app::reference
