#pragma once

#include <QDateTime>
#include <QString>

namespace pc::store {

// Who wrote a record and when, for the columns every document table carries.
struct Stamp {
    QString actor;
    QDateTime at;
};

} // namespace pc::store
