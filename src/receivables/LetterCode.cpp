#include "receivables/LetterCode.h"

#include <algorithm>
#include <stdexcept>

namespace pc::receivables {
namespace {

constexpr std::size_t kMaxLength = 8;

bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }
char upper(char c) { return isLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

bool allOf(std::string_view code, bool (*letter)(char))
{
    return !code.empty() && code.size() <= kMaxLength && std::all_of(code.begin(), code.end(), letter);
}

} // namespace

bool isLetterCode(std::string_view code)
{
    return allOf(code, isUpper);
}

bool isPartialLetterCode(std::string_view code)
{
    return allOf(code, isLower);
}

bool letterCodeBefore(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return a.size() < b.size();
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                        [](char x, char y) { return upper(x) < upper(y); });
}

std::string nextLetterCode(std::string_view last)
{
    if (last.empty())
        return "AA";
    if (!isLetterCode(last) && !isPartialLetterCode(last))
        throw std::invalid_argument("not a letter code: " + std::string(last));
    if (last.size() < 2)
        return "AA";
    std::string code(last);
    std::transform(code.begin(), code.end(), code.begin(), upper);
    // Counting in base 26 with A as the zero digit, carrying from the right.
    for (auto it = code.rbegin(); it != code.rend(); ++it) {
        if (*it != 'Z') {
            ++*it;
            return code;
        }
        *it = 'A';
    }
    // Every letter was Z: the sequence goes on one letter longer, from all A.
    if (code.size() == kMaxLength)
        throw std::overflow_error("letter codes exhausted");
    return std::string(code.size() + 1, 'A');
}

} // namespace pc::receivables
