#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::core {

// The legal forms French B2B clients have, with their INSEE legal category code
// (catégorie juridique, 4 digits) and the abbreviation people write.
struct LegalForm {
    std::string_view code;
    std::string_view abbreviation;
};

const std::vector<LegalForm>& commonLegalForms();

// "SAS", "sarl", "5710" -> the INSEE code; a 4-digit code is taken as it is.
std::optional<std::string> legalFormCode(std::string_view abbreviationOrCode);

// "5710" -> "SAS"; empty for a code without a common abbreviation.
std::string_view legalFormAbbreviation(std::string_view code);

} // namespace pc::core
