#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include <QStandardPaths>
#include <QtGlobal>

#include <spdlog/spdlog.h>

#ifdef POSTECLIENT_GUI_TEST_MAIN
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

// Qt needs its application object (SQL drivers, translations, widgets); Catch2 then
// runs the tests. Settings go to a test location, never to the user's.
int main(int argc, char* argv[])
{
    qputenv("TZ", "UTC");
    // Widget tests never need a display (and test discovery runs without one).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("PosteClientTests"));
    TestApplication::setApplicationName(QStringLiteral("posteclient-tests"));
    spdlog::set_level(spdlog::level::warn);
    return Catch::Session().run(argc, argv);
}
