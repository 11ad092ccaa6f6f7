// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <chrono>

namespace et::bench {

/// Now on the monotonic clock in nanoseconds: one time base for every thread of the bench, so a
/// receipt stamped in a receiving thread subtracts cleanly from a send stamped in the main one.
inline qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace et::bench
