#pragma once

#include "core/Date.h"
#include "core/Result.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace pc::cli {

// posteclient-cli [--db PATH] [--json] [--as-of DATE] [--user NAME] [--lang fr|en]
//                 COMMAND [ARGUMENTS] [--option VALUE]...
// Options may come before or after the command; "--" ends them.
struct CliArguments {
    QString database;
    bool json = false;
    bool help = false;
    bool version = false;
    std::optional<core::Date> asOf;
    QString user;
    QString language;
    // The command words and their positional arguments.
    QStringList words;
    // Command options: --reason TEXT, --on-duplicate skip, …
    QMap<QString, QString> options;

    QString word(int i) const { return i < words.size() ? words.at(i) : QString(); }
    QString option(const QString& name) const { return options.value(name); }
};

// Errors: UnknownField (an unknown option), MissingField (an option without its
// value), InvalidDate (--as-of).
core::Result<CliArguments> parseArguments(const QStringList& arguments);

} // namespace pc::cli
