#include "core/Siren.h"

#include "core/Checksums.h"
#include "core/Text.h"

#include <stdexcept>

namespace pc::core {

Result<Siren> Siren::parse(std::string_view input)
{
    auto digits = text::fixedDigits(input, 9);
    if (!digits)
        return digits.error();
    const std::string& compact = *digits;
    const std::vector<std::string> args{std::string(input)};
    if (!checksum::luhnValid(compact))
        return Error(ErrorCode::InvalidChecksum, args);
    return Siren(compact);
}

Siren Siren::fromPayload(std::string_view eightDigits)
{
    if (eightDigits.size() != 8 || !text::isDigits(eightDigits))
        throw std::invalid_argument("Siren::fromPayload needs 8 digits");
    return Siren(std::string(eightDigits) + static_cast<char>('0' + checksum::luhnCheckDigit(eightDigits)));
}

std::string Siren::formatted() const
{
    return m_digits.substr(0, 3) + ' ' + m_digits.substr(3, 3) + ' ' + m_digits.substr(6, 3);
}

} // namespace pc::core
