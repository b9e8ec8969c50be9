#pragma once

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

} // namespace pc::app::reference
