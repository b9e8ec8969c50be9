#include "ui/RecoveryFormat.h"

#include <QLocale>

#include <cstdlib>

namespace pc::ui {

QString RecoveryFormat::language(const QString& code)
{
    if (code == QLatin1String("fr"))
        return tr("français");
    if (code == QLatin1String("en"))
        return tr("anglais");
    return code;
}

QString RecoveryFormat::siren(const std::string& digits)
{
    const QString text = QString::fromStdString(digits);
    if (text.size() != 9)
        return text;
    return QStringLiteral("%1 %2 %3").arg(text.left(3), text.mid(3, 3), text.right(3));
}

QString RecoveryFormat::rate(core::Rate rate)
{
    const QLocale locale;
    const std::int64_t bp = rate.basisPoints();
    const QString whole = locale.toString(static_cast<qlonglong>(bp / 100));
    const QString cents = QStringLiteral("%1").arg(std::llabs(bp % 100), 2, 10, QLatin1Char('0'));
    return tr("%1 %").arg(whole + locale.decimalPoint() + cents);
}

} // namespace pc::ui
