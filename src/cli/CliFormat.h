#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>

namespace pc::cli {

// Days and percentages kept in hundredths, as the engine gives them: a JSON number
// with two decimals (null when there is none), or text "73.71" ("—" when none).
nlohmann::json hundredthsJson(const std::optional<std::int64_t>& value);
QString hundredthsText(const std::optional<std::int64_t>& value);

} // namespace pc::cli
