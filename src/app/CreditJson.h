#pragma once

#include "app/CreditService.h"

#include <nlohmann/json.hpp>

namespace pc::app {

// The JSON of `analyze --json` (documented in docs/CLI.md): class,
// recommended_limit_cents, ratios keyed by name (value or error), scores keyed
// altman_z_prime, altman_z2, altman_z2_em, conan_holder and internal (value and
// zone), and the explanation of the internal score.
nlohmann::json toJson(const CreditAnalysis& analysis);
nlohmann::json toJson(const risk::YearRatios& year);
nlohmann::json toJson(const store::CreditLimitDecision& decision);
// The contract's name of an engine score: "altman_z_double_prime" -> "altman_z2".
std::string scoreKey(const std::string& engineName);
const char* unitCode(risk::RatioUnit unit);

} // namespace pc::app
