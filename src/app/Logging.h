#pragma once

#include <QString>

namespace pc::app {

// Sends spdlog's default logger to a rotating file (3 files of 5 MB) in `folder`,
// and Qt's own messages to the same place. `program` names the file.
void setUpLogging(const QString& folder, const QString& program);

} // namespace pc::app
