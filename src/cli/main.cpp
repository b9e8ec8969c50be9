#include "app/DataPaths.h"
#include "app/ErrorText.h"
#include "app/Logging.h"
#include "app/Translations.h"
#include "cli/Cli.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    // A GUI application without a window: laying out PDF documents needs the fonts,
    // and "offscreen" needs no display, so the CLI runs on a server or in CI.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setOrganizationName(QStringLiteral("PosteClient"));
    QCoreApplication::setApplicationName(QStringLiteral("posteclient-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTECLIENT_VERSION));
    // Before the application object, so that what Qt says while starting goes to the log.
    pc::app::setUpLogging(pc::app::DataPaths::logFolder(), QStringLiteral("posteclient-cli"));
    QGuiApplication app(argc, argv);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    auto parsed = pc::cli::parseArguments(arguments);

    QString language = parsed ? parsed->language : QString();
    if (language.isEmpty())
        language = pc::app::languageFromEnvironment();
    pc::app::installTranslations(app, language);

    if (!parsed) {
        const pc::core::Error& e = parsed.error();
        const QString what = QString::fromStdString(e.arg(0));
        QString message;
        if (e.code == pc::core::ErrorCode::UnknownField)
            message = pc::cli::Cli::tr("option inconnue : %1").arg(what);
        else if (e.code == pc::core::ErrorCode::MissingField)
            message = pc::cli::Cli::tr("l'option %1 attend une valeur").arg(what);
        else
            message = pc::app::ErrorText::describe(e);
        err << pc::cli::Cli::tr("erreur : %1").arg(message) << '\n';
        return pc::cli::kExitUsage;
    }
    pc::cli::Cli cli(std::move(parsed).value(), out, err);
    return cli.run();
}
