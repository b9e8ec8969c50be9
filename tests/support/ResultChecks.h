#pragma once

#include "core/Error.h"
#include "core/Result.h"
#include "support/CatchCompat.h"

#include <utility>

namespace pc::test {

// The value of a result the test expects to succeed; otherwise the test fails with
// the error's code and field.
template <class T>
T valid(core::Result<T> result)
{
    if (!result.ok())
        FAIL(core::errorCodeName(result.error().code) << " field=" << result.error().where.field);
    return std::move(result).value();
}

} // namespace pc::test
