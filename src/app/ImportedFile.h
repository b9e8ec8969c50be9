#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace pc::app {

class Workspace;

// The content of a file to import. Errors: IoError (path, why).
core::Result<QByteArray> readImportFile(const QString& path);

// Inside the import's transaction: refuses a file of this kind imported before (the
// same content, whatever its name: AlreadyExists with this name, the earlier name and
// date) and records this one. Returns the import's id, which the rows it writes keep.
core::Result<qint64> recordImport(Workspace& workspace, const QString& kind, const QString& fileName,
                                  const QByteArray& bytes);

} // namespace pc::app
