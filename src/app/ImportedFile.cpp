#include "app/ImportedFile.h"

#include "app/Workspace.h"
#include "store/ImportJournal.h"

#include <QCryptographicHash>
#include <QFile>

namespace pc::app {

using core::Error;
using core::ErrorCode;

core::Result<QByteArray> readImportFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::IoError, {path.toStdString(), file.errorString().toStdString()});
    return file.readAll();
}

core::Result<qint64> recordImport(Workspace& ws, const QString& kind, const QString& fileName, const QByteArray& bytes)
{
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    store::ImportJournal journal(ws.db());
    if (const auto previous = journal.find(kind, hash))
        return Error(ErrorCode::AlreadyExists,
                     {fileName.toStdString(), previous->fileName.toStdString(),
                      previous->importedAt.toString(Qt::ISODate).toStdString()})
            .inFile(fileName.toStdString());
    return journal.add({0, kind, fileName, hash, ws.clock().now(), ws.actor(), 0});
}

} // namespace pc::app
