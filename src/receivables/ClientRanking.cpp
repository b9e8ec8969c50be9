#include "receivables/ClientRanking.h"

#include "core/Rounding.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

namespace pc::receivables {

using core::Int128;
using core::Money;
using core::Rounding;

namespace {

struct Region {
    std::string_view code;
    std::string_view name;
    std::vector<std::string_view> departments;
};

// INSEE regions since 2016 and their departments.
const std::vector<Region>& regions()
{
    static const std::vector<Region> table = {
        {"01", "Guadeloupe", {"971"}},
        {"02", "Martinique", {"972"}},
        {"03", "Guyane", {"973"}},
        {"04", "La Réunion", {"974"}},
        {"06", "Mayotte", {"976"}},
        {"11", "Île-de-France", {"75", "77", "78", "91", "92", "93", "94", "95"}},
        {"24", "Centre-Val de Loire", {"18", "28", "36", "37", "41", "45"}},
        {"27", "Bourgogne-Franche-Comté", {"21", "25", "39", "58", "70", "71", "89", "90"}},
        {"28", "Normandie", {"14", "27", "50", "61", "76"}},
        {"32", "Hauts-de-France", {"02", "59", "60", "62", "80"}},
        {"44", "Grand Est", {"08", "10", "51", "52", "54", "55", "57", "67", "68", "88"}},
        {"52", "Pays de la Loire", {"44", "49", "53", "72", "85"}},
        {"53", "Bretagne", {"22", "29", "35", "56"}},
        {"75", "Nouvelle-Aquitaine", {"16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87"}},
        {"76", "Occitanie", {"09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"}},
        {"84", "Auvergne-Rhône-Alpes", {"01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"}},
        {"93", "Provence-Alpes-Côte d'Azur", {"04", "05", "06", "13", "83", "84"}},
        {"94", "Corse", {"2A", "2B"}},
    };
    return table;
}

// NAF rév. 2: the last division of each section, in order.
constexpr std::array<std::pair<int, char>, 21> kSectionEnds = {{
    {3, 'A'}, {9, 'B'}, {33, 'C'}, {35, 'D'}, {39, 'E'}, {43, 'F'}, {47, 'G'}, {53, 'H'}, {56, 'I'}, {63, 'J'},
    {66, 'K'}, {68, 'L'}, {75, 'M'}, {82, 'N'}, {84, 'O'}, {85, 'P'}, {88, 'Q'}, {93, 'R'}, {96, 'S'}, {98, 'T'},
    {99, 'U'},
}};
// The divisions NAF rév. 2 leaves unused between sections.
constexpr std::array<int, 12> kUnusedDivisions = {0, 4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89};

bool digits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

std::int64_t shareOf(Money part, Money total)
{
    return core::divideRounded(static_cast<Int128>(part.cents()) * 10'000, total.cents(), Rounding::HalfUp);
}

// Whether `before` (what precedes a client) is below `limit` hundredths of a percent of `total`.
bool below(Money before, Money total, std::int64_t limit)
{
    return static_cast<Int128>(before.cents()) * 10'000 < static_cast<Int128>(total.cents()) * limit;
}

int category(std::optional<std::int64_t> headcount, std::optional<Money> turnover)
{
    constexpr std::array<std::int64_t, 3> staff = {10, 250, 5'000};
    constexpr std::array<std::int64_t, 3> euros = {2'000'000, 50'000'000, 1'500'000'000};
    int level = 0;
    for (int i = 0; i < 3; ++i) {
        const bool over = (headcount && *headcount >= staff[i]) || (turnover && *turnover > Money::fromEuros(euros[i]));
        if (over)
            level = i + 1;
    }
    return level;
}

std::optional<std::int64_t> weighted(Int128 sum, Money weight)
{
    if (!weight.isPositive())
        return std::nullopt;
    return core::divideRounded(sum, weight.cents(), Rounding::HalfUp);
}

} // namespace

std::string_view toCode(AbcClass abc)
{
    switch (abc) {
    case AbcClass::A: return "A";
    case AbcClass::B: return "B";
    case AbcClass::C: break;
    }
    return "C";
}

std::vector<AbcRow> abcClassify(std::vector<AbcInput> inputs, const AbcLimits& limits)
{
    std::sort(inputs.begin(), inputs.end(), [](const AbcInput& x, const AbcInput& y) {
        return x.value != y.value ? x.value > y.value : x.siren < y.siren;
    });
    Money total;
    for (const AbcInput& in : inputs)
        total += std::max(in.value, Money());
    std::vector<AbcRow> rows;
    Money before;
    for (AbcInput& in : inputs) {
        AbcRow row{in.companyId, std::move(in.siren), in.value, 0, 0, AbcClass::C};
        if (in.value.isPositive()) {
            row.abc = below(before, total, limits.a) ? AbcClass::A
                    : below(before, total, limits.b) ? AbcClass::B
                                                     : AbcClass::C;
            before += in.value;
            row.share = shareOf(in.value, total);
            row.cumulative = shareOf(before, total);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::optional<char> nafSection(std::string_view nafCode)
{
    if (nafCode.size() < 2 || !digits(nafCode.substr(0, 2)))
        return std::nullopt;
    const int division = (nafCode[0] - '0') * 10 + (nafCode[1] - '0');
    if (std::find(kUnusedDivisions.begin(), kUnusedDivisions.end(), division) != kUnusedDivisions.end())
        return std::nullopt;
    for (const auto& [last, section] : kSectionEnds)
        if (division <= last)
            return section;
    return std::nullopt;
}

std::optional<std::string> departmentOfPostalCode(std::string_view postalCode)
{
    if (postalCode.size() != 5 || !digits(postalCode))
        return std::nullopt;
    if (postalCode.substr(0, 2) == "20")
        return postalCode < "20200" ? "2A" : "2B";
    if (postalCode.substr(0, 2) == "97")
        return std::string(postalCode.substr(0, 3));
    return std::string(postalCode.substr(0, 2));
}

std::optional<std::string> regionOfDepartment(std::string_view department)
{
    for (const Region& region : regions())
        if (std::find(region.departments.begin(), region.departments.end(), department) != region.departments.end())
            return std::string(region.code);
    return std::nullopt;
}

std::string_view regionName(std::string_view regionCode)
{
    for (const Region& region : regions())
        if (region.code == regionCode)
            return region.name;
    return {};
}

std::string sizeCategory(std::optional<std::int64_t> headcount, std::optional<Money> turnover)
{
    if (!headcount && !turnover)
        return "unknown";
    constexpr std::array<const char*, 4> names = {"micro", "pme", "eti", "ge"};
    return names[static_cast<std::size_t>(category(headcount, turnover))];
}

std::vector<ProfileRow> latePayerProfile(const std::vector<ProfileInput>& clients)
{
    struct Sums {
        ProfileRow row;
        Money settled;
        Int128 toPay = 0;
        Int128 late = 0;
    };
    std::map<std::string, Sums> groups;
    for (const ProfileInput& in : clients) {
        Sums& g = groups[in.group];
        ++g.row.clients;
        g.row.outstanding += in.outstanding;
        g.row.overdue += in.overdue;
        g.settled += in.settled;
        g.toPay += static_cast<Int128>(in.settled.cents()) * in.daysToPay;
        g.late += static_cast<Int128>(in.settled.cents()) * in.daysLate;
    }
    std::vector<ProfileRow> rows;
    for (auto& [group, g] : groups) {
        g.row.group = group;
        if (g.row.outstanding.isPositive())
            g.row.overdueShare = shareOf(g.row.overdue, g.row.outstanding);
        g.row.daysToPay = weighted(g.toPay, g.settled);
        g.row.daysLate = weighted(g.late, g.settled);
        rows.push_back(std::move(g.row));
    }
    return rows;
}

} // namespace pc::receivables
