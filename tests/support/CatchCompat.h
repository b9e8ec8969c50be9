#pragma once

// Debian 12 packages Catch2 v2 (one header); newer distributions ship v3.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#define PC_CATCH_V3 1
#else
#include <catch2/catch.hpp>
#endif
