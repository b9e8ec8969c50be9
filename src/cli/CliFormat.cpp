#include "cli/CliFormat.h"

#include <cstdlib>

namespace pc::cli {

nlohmann::json hundredthsJson(const std::optional<std::int64_t>& value)
{
    // The only floating point of the figures: the JSON number itself.
    return value ? nlohmann::json(static_cast<double>(*value) / 100.0) : nlohmann::json(nullptr);
}

QString hundredthsText(const std::optional<std::int64_t>& value)
{
    if (!value)
        return QStringLiteral("—");
    const std::int64_t v = *value;
    return QStringLiteral("%1%2.%3")
        .arg(v < 0 ? QStringLiteral("-") : QString())
        .arg(std::llabs(v) / 100)
        .arg(std::llabs(v) % 100, 2, 10, QLatin1Char('0'));
}

} // namespace pc::cli
