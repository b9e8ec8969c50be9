#pragma once

#include "store/SqlQuery.h"

namespace pc::app {

template <class F>
auto guardStore(F&& body) -> decltype(body())
{
    try {
        return body();
    } catch (const store::StoreFailure& failure) {
        return core::Error(core::ErrorCode::StoreError, {failure.queryName(), failure.what()});
    }
}

} // namespace pc::app
