#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pc::app {

bool installTranslations(QCoreApplication& app, const QString& language)
{
    const bool english = language == QLatin1String("en");
    QLocale::setDefault(english ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                : QLocale(QLocale::French, QLocale::France));
    // Qt's own dialogs and buttons.
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    if (!english)
        return true;
    auto* translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/posteclient_en.qm")))
        return false;
    return QCoreApplication::installTranslator(translator);
}

QString languageFromEnvironment()
{
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value.startsWith(QLatin1String("fr")) ? QStringLiteral("fr") : QStringLiteral("en");
    }
    return QStringLiteral("en");
}

} // namespace pc::app
