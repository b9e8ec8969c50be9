#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace pc::app {

// One typed setting over QSettings: its key, its default, get and set.
template <class T>
class Preference {
public:
    Preference(QString key, T fallback) : m_key(std::move(key)), m_fallback(std::move(fallback)) {}

    T get() const { return QSettings().value(m_key, QVariant::fromValue(m_fallback)).template value<T>(); }
    void set(const T& value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }
    const QString& key() const { return m_key; }

private:
    QString m_key;
    T m_fallback;
};

// The user's settings (per user, per machine), as QSettings stores them for the
// platform. The organisation and application names are set in main().
struct Settings {
    // "fr" (default) or "en".
    Preference<QString> language{QStringLiteral("ui/language"), QStringLiteral("fr")};
    // Empty: the default database in the data folder. Otherwise a file path or a
    // postgresql:// address.
    Preference<QString> database{QStringLiteral("store/location"), QString()};
    // The name written in the audit log; empty: the system login.
    Preference<QString> userName{QStringLiteral("user/name"), QString()};
    Preference<int> kbisMaxAgeDays{QStringLiteral("opening/kbisMaxAgeDays"), 90};
    Preference<QByteArray> windowGeometry{QStringLiteral("ui/windowGeometry"), QByteArray()};
    Preference<QByteArray> windowState{QStringLiteral("ui/windowState"), QByteArray()};
};

} // namespace pc::app
