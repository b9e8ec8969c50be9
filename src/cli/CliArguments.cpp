#include "cli/CliArguments.h"

namespace pc::cli {
namespace {

const QSet<QString>& valueOptions()
{
    static const QSet<QString> names{
        QStringLiteral("db"),     QStringLiteral("as-of"),  QStringLiteral("user"),  QStringLiteral("lang"),
        QStringLiteral("reason"), QStringLiteral("status"), QStringLiteral("search"), QStringLiteral("count"),
        QStringLiteral("seed"),   QStringLiteral("limit"),  QStringLiteral("on-duplicate"),
        // Stages 1 and 2.
        QStringLiteral("year"), QStringLiteral("review"), QStringLiteral("approver"), QStringLiteral("invoice-date"),
        QStringLiteral("terms"), QStringLiteral("method"), QStringLiteral("siren"), QStringLiteral("closing-date"),
        QStringLiteral("months"), QStringLiteral("regime"), QStringLiteral("purchases"), QStringLiteral("delay"),
        QStringLiteral("insurer"), QStringLiteral("liens"),
        // Stages 4 to 6.
        QStringLiteral("amount"), QStringLiteral("lines"), QStringLiteral("override-reason"), QStringLiteral("date"),
        QStringLiteral("signed-by"), QStringLiteral("signed-on"), QStringLiteral("by"), QStringLiteral("on"),
        QStringLiteral("out"), QStringLiteral("deliveries"),
        // Stage 7.
        QStringLiteral("client"), QStringLiteral("reference"), QStringLiteral("label"), QStringLiteral("from"),
        QStringLiteral("to"),
        // Stage 8.
        QStringLiteral("invoice"), QStringLiteral("owner"), QStringLiteral("note"), QStringLiteral("outcome"),
        QStringLiteral("next"), QStringLiteral("contact"), QStringLiteral("agency"), QStringLiteral("resolution"),
        QStringLiteral("order-date"), QStringLiteral("served-on"), QStringLiteral("published-on"),
        QStringLiteral("template"),
        // Stage 9.
        QStringLiteral("buckets"), QStringLiteral("format"), QStringLiteral("history"), QStringLiteral("horizon"),
        QStringLiteral("basis"), QStringLiteral("rate"),
    };
    return names;
}

} // namespace

core::Result<CliArguments> parseArguments(const QStringList& arguments)
{
    CliArguments args;
    bool optionsEnded = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (optionsEnded || !a.startsWith(QLatin1String("--")) || a == QLatin1String("-")) {
            args.words << a;
            continue;
        }
        if (a == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        if (name == QLatin1String("json") || name == QLatin1String("help") || name == QLatin1String("version")) {
            (name == QLatin1String("json") ? args.json : name == QLatin1String("help") ? args.help : args.version)
                = true;
            continue;
        }
        // Command flags, kept with the options: `order add FILE --draft`.
        if (name == QLatin1String("draft") || name == QLatin1String("open") || name == QLatin1String("partial")
            || name == QLatin1String("automatic-only") || name == QLatin1String("all")) {
            args.options.insert(name, QStringLiteral("yes"));
            continue;
        }
        if (!valueOptions().contains(name))
            return core::Error(core::ErrorCode::UnknownField, {a.toStdString()});
        if (!hasValue) {
            if (i + 1 >= arguments.size())
                return core::Error(core::ErrorCode::MissingField, {a.toStdString()});
            value = arguments.at(++i);
        }
        if (name == QLatin1String("db")) {
            args.database = value;
        } else if (name == QLatin1String("as-of")) {
            auto date = core::Date::parse(value.toStdString());
            if (!date)
                return date.error().inField("--as-of");
            args.asOf = *date;
        } else if (name == QLatin1String("user")) {
            args.user = value;
        } else if (name == QLatin1String("lang")) {
            args.language = value;
        } else {
            args.options.insert(name, value);
        }
    }
    return args;
}

} // namespace pc::cli
