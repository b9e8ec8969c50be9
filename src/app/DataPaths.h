#pragma once

#include <QString>

namespace pc::app {

// Where PosteClient keeps its files: the user's data folder (on Linux
// ~/.local/share/PosteClient), or POSTECLIENT_DATA_DIR when set (tests, portable use).
class DataPaths {
public:
    static QString dataFolder();
    static QString defaultDatabase();
    static QString logFolder();
};

} // namespace pc::app
