#include "core/Bic.h"

#include "core/CountryCodes.h"
#include "core/Text.h"

namespace pc::core {

Result<Bic> Bic::parse(std::string_view input)
{
    const std::string compact = text::compactIdentifier(input);
    const std::vector<std::string> args{std::string(input)};
    if (compact.empty())
        return Error(ErrorCode::Empty, args);
    if (compact.size() != 8 && compact.size() != 11)
        return Error(ErrorCode::InvalidLength, {std::string(input), "8/11"});
    for (std::size_t i = 0; i < compact.size(); ++i) {
        const char c = compact[i];
        const bool letter = c >= 'A' && c <= 'Z';
        if ((i < 6 && !letter) || !text::isAsciiAlnum(c))
            return Error(ErrorCode::InvalidFormat, args);
    }
    if (!isIsoCountryCode(compact.substr(4, 2)))
        return Error(ErrorCode::InvalidComponent, {std::string(input), compact.substr(4, 2)});
    return Bic(compact);
}

} // namespace pc::core
