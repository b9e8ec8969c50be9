#include "app/DataPaths.h"
#include "app/DemoPortfolio.h"
#include "app/ErrorText.h"
#include "app/Logging.h"
#include "app/Settings.h"
#include "app/Translations.h"
#include "app/Workspace.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

#include <spdlog/spdlog.h>

namespace {

struct Options {
    QString database;
    QString language;
    std::optional<pc::core::Date> asOf;
};

Options parseOptions(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PosteClient"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("SQLite file or postgresql:// address."),
                                QStringLiteral("location"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("fr or en."), QStringLiteral("language"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QStringLiteral("Work as of this date (YYYY-MM-DD)."),
                                  QStringLiteral("date"));
    parser.addOptions({db, lang, asOf});
    parser.process(app);
    Options options{parser.value(db), parser.value(lang), std::nullopt};
    if (parser.isSet(asOf)) {
        auto date = pc::core::Date::parse(parser.value(asOf).toStdString());
        if (date)
            options.asOf = *date;
    }
    return options;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PosteClient"));
    QApplication::setApplicationName(QStringLiteral("PosteClient"));
    QApplication::setApplicationVersion(QStringLiteral(POSTECLIENT_VERSION));
    QApplication::setStyle(QStringLiteral("Fusion"));
    pc::app::setUpLogging(pc::app::DataPaths::logFolder(), QStringLiteral("posteclient"));

    const Options options = parseOptions(app);
    const pc::app::Settings settings;
    pc::app::installTranslations(app, options.language.isEmpty() ? settings.language.get() : options.language);

    // The default store is created on the first run, with the demo portfolio in it.
    QString locationText = options.database.isEmpty() ? settings.database.get() : options.database;
    const bool defaultStore = locationText.isEmpty();
    if (defaultStore)
        locationText = pc::app::DataPaths::defaultDatabase();
    auto location = pc::store::DatabaseLocation::parse(locationText);
    if (!location) {
        QMessageBox::critical(nullptr, QStringLiteral("PosteClient"), pc::app::ErrorText::describe(location.error()));
        return 1;
    }
    const bool firstRun = defaultStore && !QFileInfo::exists(location->path);

    std::shared_ptr<const pc::app::Clock> clock;
    if (options.asOf)
        clock = std::make_shared<pc::app::FixedClock>(*options.asOf);
    else
        clock = std::make_shared<pc::app::SystemClock>();
    const QString actor = settings.userName.get().isEmpty() ? pc::app::Workspace::systemUserName()
                                                            : settings.userName.get();
    auto workspace = pc::app::Workspace::open(*location, clock, actor);
    if (!workspace) {
        QMessageBox::critical(nullptr, QStringLiteral("PosteClient"),
                              pc::app::ErrorText::describe(workspace.error()));
        return 1;
    }
    (*workspace)->setOpeningPolicy(pc::core::OpeningPolicy{settings.kbisMaxAgeDays.get()});
    if (firstRun) {
        if (auto status = pc::app::DemoPortfolio::install(**workspace); !status)
            spdlog::warn("demo portfolio not installed: {}",
                         pc::app::ErrorText::describe(status.error()).toStdString());
    }
    spdlog::info("PosteClient {} started on {}", POSTECLIENT_VERSION, location->describe().toStdString());

    pc::ui::MainWindow window(**workspace, settings);
    window.show();
    return app.exec();
}
