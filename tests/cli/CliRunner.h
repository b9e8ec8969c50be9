#pragma once

// Runs posteclient-cli as a process, as scripts run it, on a store of its own.

#include "support/CatchCompat.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

namespace pc::test {

using nlohmann::json;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;

    json parsed() const
    {
        INFO("stdout: " << out.toStdString() << "\nstderr: " << err.toStdString());
        REQUIRE_NOTHROW(json::parse(out.toStdString()));
        return json::parse(out.toStdString());
    }
};

class Cli {
public:
    Cli() { REQUIRE(m_dir.isValid()); }

    QString db() const { return QDir(m_dir.path()).filePath(QStringLiteral("cli.db")); }

    // Runs with --db on this test's store, in English, as of the test day.
    Run operator()(QStringList args, const QString& lang = QStringLiteral("en")) const
    {
        args = QStringList{QStringLiteral("--db"), db(), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")} + args;
        QProcess process;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), lang == QLatin1String("fr") ? QStringLiteral("fr_FR.UTF-8")
                                                                       : QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.insert(QStringLiteral("POSTECLIENT_DATA_DIR"), m_dir.path());
        env.insert(QStringLiteral("POSTECLIENT_USER"), QStringLiteral("cli-tester"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(POSTECLIENT_CLI), args);
        REQUIRE(process.waitForFinished(60000));
        return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    }

private:
    QTemporaryDir m_dir;
};

inline QString data(const char* name)
{
    return pc::test::testDataPath(QStringLiteral("import/") + QString::fromLatin1(name));
}


} // namespace pc::test
