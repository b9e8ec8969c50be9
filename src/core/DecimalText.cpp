#include "core/DecimalText.h"

#include "core/Text.h"

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

namespace pc::core {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

Error refuse(ErrorCode code, std::string_view input)
{
    return Error(code, {std::string(input)});
}

// Removes one leading sign ('-', '+', U+2212) or enclosing parentheses; returns
// whether the number is negative.
bool takeSign(std::string_view& body)
{
    if (body.size() >= 2 && body.front() == '(' && body.back() == ')') {
        body = text::trim(body.substr(1, body.size() - 2));
        return true;
    }
    if (!body.empty() && (body.front() == '-' || body.front() == '+')) {
        const bool negative = body.front() == '-';
        body = text::trim(body.substr(1));
        return negative;
    }
    if (body.substr(0, 3) == "\xE2\x88\x92") {
        body = text::trim(body.substr(3));
        return true;
    }
    return false;
}

struct Split {
    std::string integerDigits;
    std::string fractionDigits;
    bool hasFraction = false;
};

// Splits "1 234.567,89" into integer digits and decimals, checking the grouping.
Result<Split> splitNumber(std::string_view body, std::string_view input)
{
    const auto countOf = [&](char c) { return std::count(body.begin(), body.end(), c); };
    const std::size_t lastPunct = body.find_last_of(".,");
    char decimalSep = 0;
    char thousandsPunct = 0;
    if (lastPunct != std::string_view::npos) {
        const char last = body[lastPunct];
        const char other = last == '.' ? ',' : '.';
        if (countOf(last) == 1) {
            decimalSep = last;
            thousandsPunct = other;
        } else if (countOf(other) == 0) {
            thousandsPunct = last;
        } else {
            return refuse(ErrorCode::InvalidNumber, input);
        }
    }

    Split out;
    std::vector<std::size_t> groupSizes{0};
    for (std::size_t i = 0; i < body.size();) {
        const char c = body[i];
        if (c >= '0' && c <= '9') {
            (out.hasFraction ? out.fractionDigits : out.integerDigits).push_back(c);
            if (!out.hasFraction)
                ++groupSizes.back();
            ++i;
        } else if (decimalSep != 0 && c == decimalSep) {
            out.hasFraction = true;
            ++i;
        } else if (!out.hasFraction && (c == thousandsPunct || text::spaceLengthAt(body, i) > 0)) {
            if (groupSizes.back() == 0)
                return refuse(ErrorCode::InvalidNumber, input);
            groupSizes.push_back(0);
            i += c == thousandsPunct ? 1 : text::spaceLengthAt(body, i);
        } else {
            return refuse(ErrorCode::InvalidNumber, input);
        }
    }
    for (std::size_t g = 1; g < groupSizes.size(); ++g) {
        if (groupSizes[g] != 3 || groupSizes[0] > 3)
            return refuse(ErrorCode::InvalidNumber, input);
    }
    if (out.integerDigits.empty() && out.fractionDigits.empty())
        return refuse(ErrorCode::InvalidNumber, input);
    if (out.hasFraction && out.fractionDigits.empty())
        return refuse(ErrorCode::InvalidNumber, input);
    if (out.fractionDigits.size() > 2)
        return refuse(ErrorCode::TooManyDecimals, input);
    return out;
}

} // namespace

Result<std::int64_t> parseHundredths(std::string_view input)
{
    std::string_view body = text::trim(input);
    if (body.empty())
        return refuse(ErrorCode::Empty, input);
    const bool negative = takeSign(body);

    auto split = splitNumber(body, input);
    if (!split)
        return split.error();

    std::string fraction = split->fractionDigits;
    fraction.resize(2, '0');
    std::int64_t value = 0;
    for (const char c : split->integerDigits + fraction) {
        const int digit = c - '0';
        if (value > (kMax - digit) / 10)
            return refuse(ErrorCode::Overflow, input);
        value = value * 10 + digit;
    }
    return negative ? -value : value;
}

} // namespace pc::core
