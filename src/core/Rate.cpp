#include "core/Rate.h"

#include "core/DecimalText.h"
#include "core/Text.h"

#include <cstdlib>

namespace pc::core {

Result<Rate> Rate::parsePercent(std::string_view input)
{
    std::string_view body = text::trim(input);
    if (!body.empty() && body.back() == '%')
        body = text::trim(body.substr(0, body.size() - 1));
    auto hundredths = parseHundredths(body);
    if (!hundredths) {
        Error error = hundredths.error();
        error.args = {std::string(input)};
        return error;
    }
    return Rate(*hundredths);
}

std::string Rate::toString() const
{
    const std::int64_t magnitude = std::llabs(m_bp);
    std::string decimals = std::to_string(magnitude % 100);
    if (decimals.size() < 2)
        decimals.insert(0, "0");
    return (m_bp < 0 ? "-" : "") + std::to_string(magnitude / 100) + "." + decimals;
}

} // namespace pc::core
