#pragma once

#include "core/Money.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::receivables {

// Stage 9: which clients carry the portfolio (ABC) and who pays late, by group.

enum class AbcClass { A, B, C };
std::string_view toCode(AbcClass abc); // "A", "B", "C"

struct AbcInput {
    std::int64_t companyId = 0;
    std::string siren; // breaks ties between equal values
    core::Money value; // outstanding or sales
};

struct AbcRow {
    std::int64_t companyId = 0;
    std::string siren;
    core::Money value;
    std::int64_t share = 0;      // of the total, hundredths of a percent (rounded half up)
    std::int64_t cumulative = 0; // running share, hundredths of a percent
    AbcClass abc = AbcClass::C;
};

struct AbcLimits {
    std::int64_t a = 8'000; // hundredths of a percent of the cumulated value
    std::int64_t b = 9'500;
};

// By value descending, then SIREN. A client is in A while what comes before it is below
// 80 % of the total (so the one that reaches exactly 80 % is A), in B below 95 %, in C
// after; clients worth nothing (or owing nothing) are C. Compared exactly, in cents.
std::vector<AbcRow> abcClassify(std::vector<AbcInput> inputs, const AbcLimits& limits = {});

// The NAF rév. 2 section ('A'…'U') of a NAF code ("62.01Z", "6201Z"), from its division
// (the first two digits). Empty for a code of no division.
std::optional<char> nafSection(std::string_view nafCode);

// The department of a French postal code: "75" for 75008, "2A"/"2B" for Corsica
// (20000–20199 / 20200–20699), "971"…"976" overseas. Empty when not French.
std::optional<std::string> departmentOfPostalCode(std::string_view postalCode);
// The INSEE code of the region of a department: the 13 metropolitan regions ("11"
// Île-de-France … "94" Corse) and the five DROM ("01" Guadeloupe … "06" Mayotte).
std::optional<std::string> regionOfDepartment(std::string_view department);
// "Île-de-France", "Corse", "Guadeloupe"…; empty for an unknown code.
std::string_view regionName(std::string_view regionCode);

// The size category of the decree of 2008 (LME): "micro", "pme", "eti", "ge", from the
// headcount and the turnover, whichever are known: when both are, the larger category
// wins (a smaller one needs both). "unknown" when neither is.
std::string sizeCategory(std::optional<std::int64_t> headcount, std::optional<core::Money> turnover);

// A client of the late payers' profile, already put in its group.
struct ProfileInput {
    std::string group;
    core::Money outstanding;
    core::Money overdue;
    core::Money settled;            // weight of its habit
    std::int64_t daysToPay = 0;     // hundredths
    std::int64_t daysLate = 0;      // hundredths
};

struct ProfileRow {
    std::string group;
    int clients = 0;
    core::Money outstanding;
    core::Money overdue;
    std::optional<std::int64_t> overdueShare; // hundredths of a percent; empty with nothing outstanding
    std::optional<std::int64_t> daysToPay;    // weighted by the amounts settled; empty without history
    std::optional<std::int64_t> daysLate;
};

// One row per group, by group name.
std::vector<ProfileRow> latePayerProfile(const std::vector<ProfileInput>& clients);

} // namespace pc::receivables
