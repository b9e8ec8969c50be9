#pragma once

// How Catch2 prints the engine's values in failure messages.

#include "core/Date.h"
#include "core/Error.h"
#include "core/Money.h"
#include "core/Rate.h"
#include "support/CatchCompat.h"

#include <string>

namespace Catch {

template <>
struct StringMaker<pc::core::ErrorCode> {
    static std::string convert(pc::core::ErrorCode code) { return pc::core::errorCodeName(code); }
};

template <>
struct StringMaker<pc::core::Date> {
    static std::string convert(const pc::core::Date& date) { return date.toIso(); }
};

template <>
struct StringMaker<pc::core::Money> {
    static std::string convert(const pc::core::Money& money) { return money.toString(); }
};

template <>
struct StringMaker<pc::core::Rate> {
    static std::string convert(const pc::core::Rate& rate) { return rate.toString() + " %"; }
};

} // namespace Catch
