#pragma once

#include <QString>

class QCoreApplication;

namespace pc::app {

// The interface is written in French; English comes from the Qt Linguist
// translation compiled into the program. Also sets the default QLocale, so that
// amounts and dates follow the language (1 234,56 € and 23/11/2026 in French).
// `language` is "fr" or "en"; returns false when the translation could not be loaded.
bool installTranslations(QCoreApplication& app, const QString& language);

// "fr" when the environment (LC_ALL, LC_MESSAGES, LANG) asks for French, else "en":
// the CLI speaks the shell's language.
QString languageFromEnvironment();

} // namespace pc::app
