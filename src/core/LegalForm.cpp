#include "core/LegalForm.h"

#include "core/Text.h"

namespace pc::core {

const std::vector<LegalForm>& commonLegalForms()
{
    static const std::vector<LegalForm> forms{
        {"5710", "SAS"},  {"5720", "SASU"}, {"5499", "SARL"}, {"5498", "EURL"}, {"5599", "SA"},
        {"5699", "SA"},   {"5202", "SNC"},  {"5306", "SCS"},  {"5308", "SCA"},  {"6540", "SCI"},
        {"5785", "SELAS"}, {"5485", "SELARL"}, {"1000", "EI"}, {"9220", "Association"},
        {"6220", "GIE"},  {"7229", "Collectivité"},
    };
    return forms;
}

std::optional<std::string> legalFormCode(std::string_view input)
{
    const std::string compact = text::compactIdentifier(input);
    if (compact.size() == 4 && text::isDigits(compact))
        return compact;
    const std::string folded = text::foldForSearch(input);
    for (const LegalForm& form : commonLegalForms()) {
        if (text::foldForSearch(form.abbreviation) == folded)
            return std::string(form.code);
    }
    return std::nullopt;
}

std::string_view legalFormAbbreviation(std::string_view code)
{
    for (const LegalForm& form : commonLegalForms()) {
        if (form.code == code)
            return form.abbreviation;
    }
    return {};
}

} // namespace pc::core
