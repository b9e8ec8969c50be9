#include "app/DataPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace pc::app {

QString DataPaths::dataFolder()
{
    const QString overridden = qEnvironmentVariable("POSTECLIENT_DATA_DIR");
    if (!overridden.isEmpty())
        return QDir(overridden).absolutePath();
    const QString standard = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(standard).filePath(QStringLiteral("PosteClient"));
}

QString DataPaths::defaultDatabase()
{
    return QDir(dataFolder()).filePath(QStringLiteral("posteclient.db"));
}

QString DataPaths::logFolder()
{
    return QDir(dataFolder()).filePath(QStringLiteral("logs"));
}

} // namespace pc::app
