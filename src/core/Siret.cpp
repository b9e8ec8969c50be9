#include "core/Siret.h"

#include "core/Checksums.h"
#include "core/Text.h"

#include <numeric>
#include <stdexcept>

namespace pc::core {
namespace {

bool laPosteDigitsValid(std::string_view digits)
{
    const int sum = std::accumulate(digits.begin(), digits.end(), 0, [](int acc, char c) { return acc + (c - '0'); });
    return sum % 5 == 0;
}

} // namespace

Result<Siret> Siret::parse(std::string_view input)
{
    auto digits = text::fixedDigits(input, 14);
    if (!digits)
        return digits.error();
    const std::string& compact = *digits;
    const std::vector<std::string> args{std::string(input)};
    const bool laPoste = compact.starts_with(kLaPosteSiren) && compact != kLaPosteHeadOffice;
    const bool checks = laPoste ? laPosteDigitsValid(compact) : checksum::luhnValid(compact);
    if (!checks || !Siren::parse(compact.substr(0, 9)))
        return Error(ErrorCode::InvalidChecksum, args);
    return Siret(compact);
}

Siret Siret::fromPayload(const Siren& siren, std::string_view fourNicDigits)
{
    if (fourNicDigits.size() != 4 || !text::isDigits(fourNicDigits))
        throw std::invalid_argument("Siret::fromPayload needs 4 NIC digits");
    const std::string payload = siren.str() + std::string(fourNicDigits);
    if (siren.str() == kLaPosteSiren) {
        for (char last = '0'; last <= '9'; ++last) {
            const std::string candidate = payload + last;
            if (candidate == kLaPosteHeadOffice ? checksum::luhnValid(candidate) : laPosteDigitsValid(candidate))
                return Siret(candidate);
        }
    }
    return Siret(payload + static_cast<char>('0' + checksum::luhnCheckDigit(payload)));
}

Siren Siret::siren() const
{
    return *Siren::parse(m_digits.substr(0, 9));
}

std::string Siret::formatted() const
{
    return siren().formatted() + ' ' + nic();
}

} // namespace pc::core
