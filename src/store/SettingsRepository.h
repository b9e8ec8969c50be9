#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace pc::store {

class Database;

// Settings shared by everyone who works on the store (the seller's identity, the rules
// of the credit check), as opposed to a user's own preferences kept in QSettings.
// Values are text; callers give them their shape (JSON for structured ones).
class SettingsRepository {
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}

    std::optional<QString> value(const QString& key);
    core::Status setValue(const QString& key, const QString& value, const QString& actor, const QDateTime& now);

private:
    Database& m_db;
};

// Gapless document numbers. The counter of a series is raised inside the caller's
// transaction: a document rolled back gives its number back, and two writers queue on
// the row (BEGIN IMMEDIATE on SQLite, a row lock on PostgreSQL) instead of sharing a number.
class NumberSeries {
public:
    explicit NumberSeries(Database& db) : m_db(db) {}

    // The next value of `series` ("order", "delivery", "invoice"). Must run inside a
    // transaction. Errors: StoreError, NotFound (an unknown series).
    core::Result<qint64> next(const QString& series);
    // The last value given, 0 when none.
    qint64 last(const QString& series);
    // Takes the series' row without changing it, so that writers queue on it before
    // they read what they check (PostgreSQL runs READ COMMITTED; SQLite's BEGIN
    // IMMEDIATE already queues them). Must run inside a transaction.
    core::Status hold(const QString& series);

private:
    Database& m_db;
};

} // namespace pc::store
