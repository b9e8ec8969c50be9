#include "app/ReferenceTables.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>

namespace pc::app::reference {
namespace {

QHash<QString, QString> load(const QString& resource)
{
    QHash<QString, QString> table;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return table;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        table.insert(it.key(), it.value().toString().trimmed());
    return table;
}

const QHash<QString, QString>& nafTable()
{
    static const QHash<QString, QString> table = load(QStringLiteral(":/reference/naf_codes.json"));
    return table;
}

const QHash<QString, QString>& legalTable()
{
    static const QHash<QString, QString> table = load(QStringLiteral(":/reference/legal_categories.json"));
    return table;
}

} // namespace

QString nafLabel(const QString& code)
{
    return nafTable().value(code);
}

bool isKnownNafCode(const QString& code)
{
    return nafTable().contains(code);
}

QStringList nafCodes()
{
    QStringList codes = nafTable().keys();
    codes.sort();
    return codes;
}

QString legalCategoryLabel(const QString& code)
{
    return legalTable().value(code);
}

const std::vector<receivables::RefinancingRate>& refinancingRates()
{
    static const std::vector<receivables::RefinancingRate> rates = [] {
        std::vector<receivables::RefinancingRate> history;
        QFile file(QStringLiteral(":/reference/ecb_refinancing_rates.json"));
        if (!file.open(QIODevice::ReadOnly))
            return history;
        const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("rates")).toArray();
        for (const QJsonValue& v : list) {
            const QJsonObject o = v.toObject();
            auto date = core::Date::parseIso(o.value(QLatin1String("effective")).toString().toStdString());
            auto rate = core::Rate::parsePercent(o.value(QLatin1String("rate")).toString().toStdString());
            if (date && rate)
                history.push_back({*date, *rate});
        }
        return history;
    }();
    return rates;
}

} // namespace pc::app::reference
