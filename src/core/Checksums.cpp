#include "core/Checksums.h"

namespace pc::core::checksum {

namespace {

// Luhn sum from the right; doubleFirst says whether the rightmost digit is doubled.
int luhnSum(std::string_view digits, bool doubleFirst)
{
    int sum = 0;
    bool doubleIt = doubleFirst;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int d = *it - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum;
}

} // namespace

bool luhnValid(std::string_view digits)
{
    return !digits.empty() && luhnSum(digits, false) % 10 == 0;
}

int luhnCheckDigit(std::string_view payload)
{
    // With the check digit appended, the payload's last digit is doubled first.
    return (10 - luhnSum(payload, true) % 10) % 10;
}

int mod97(std::string_view alphanumeric)
{
    int remainder = 0;
    for (const char c : alphanumeric) {
        if (c >= '0' && c <= '9') {
            remainder = (remainder * 10 + (c - '0')) % 97;
        } else if (c >= 'A' && c <= 'Z') {
            const int value = c - 'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        } else {
            return -1;
        }
    }
    return remainder;
}

} // namespace pc::core::checksum
