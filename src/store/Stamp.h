#pragma once

#include <QDateTime>
#include <QString>

namespace pc::store {

// Who wrote a record and when, for the columns every document table carries.
struct Stamp {
    QString actor;
    QDateTime at;

    // As the record columns keep it: UTC, ISO 8601 to the second.
    QString atText() const { return at.toUTC().toString(Qt::ISODate); }
};

} // namespace pc::store
