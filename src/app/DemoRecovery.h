#pragma once

#include "core/Result.h"

#include <cstdint>

namespace pc::app {

class Workspace;

// The demo's recovery (stage 8): the dunning of two months up to a week ago replayed
// day by day through the real scenario (records only, no documents), so that the
// week's actions wait in today's worklist; calls noted with their outcome, a dispute under investigation and one open, a promise pending and one
// broken, and a legal file for the client who reached the hand-over. Runs inside the
// caller's transaction, after the demo's trade.
core::Status installDemoRecovery(Workspace& workspace, std::uint32_t seed);

} // namespace pc::app
