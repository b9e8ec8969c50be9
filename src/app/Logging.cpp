#include "app/Logging.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace pc::app {
namespace {

void forwardQtMessage(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg: spdlog::debug("qt: {}", text); break;
    case QtInfoMsg: spdlog::info("qt: {}", text); break;
    case QtWarningMsg: spdlog::warn("qt: {}", text); break;
    case QtCriticalMsg:
    case QtFatalMsg: spdlog::error("qt: {}", text); break;
    }
}

} // namespace

void setUpLogging(const QString& folder, const QString& program)
{
    // Until the file is ready (or if it cannot be), only warnings, and on stderr:
    // stdout belongs to the program's output (the CLI's JSON).
    auto fallback = spdlog::stderr_color_mt(program.toStdString() + "-console");
    fallback->set_level(spdlog::level::warn);
    spdlog::set_default_logger(fallback);
    if (!QDir().mkpath(folder))
        return;
    const std::string path = QDir(folder).filePath(program + QStringLiteral(".log")).toStdString();
    try {
        auto logger = spdlog::rotating_logger_mt(program.toStdString(), path, 5 * 1024 * 1024, 3);
        logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] %v");
        logger->flush_on(spdlog::level::warn);
        spdlog::set_default_logger(logger);
        spdlog::set_level(spdlog::level::info);
        qInstallMessageHandler(forwardQtMessage);
    } catch (const spdlog::spdlog_ex&) {
        // Logging is a help, not a condition to run: stay on the stderr logger.
    }
}

} // namespace pc::app
