#pragma once

#include "store/SqlQuery.h"

#include <stdexcept>

namespace pc::app {

template <class F>
auto guardStore(F&& body) -> decltype(body())
{
    try {
        return body();
    } catch (const store::StoreFailure& failure) {
        return core::Error(core::ErrorCode::StoreError, {failure.queryName(), failure.what()});
    } catch (const std::overflow_error&) {
        // Amounts beyond 92 million billion euros: refused, never wrapped around.
        return core::Error(core::ErrorCode::Overflow, {"total"});
    }
}

} // namespace pc::app
