// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <functional>

namespace et::client {

/// Retry delays for a lost connection: `first`, doubling per failure up to `cap`, each scaled by
/// a random factor in [0.8, 1.2) so that many consoles do not return to a restarted server in
/// lockstep. The random source is injectable so the bounds can be tested.
class Backoff
{
public:
    using Random = std::function<double()>; ///< uniform in [0, 1)

    explicit Backoff(std::chrono::milliseconds first = std::chrono::seconds(1),
                     std::chrono::milliseconds cap = std::chrono::seconds(30), Random random = {});

    void setDelays(std::chrono::milliseconds first, std::chrono::milliseconds cap);
    /// The delay before the next attempt; counts the failure.
    std::chrono::milliseconds next();
    /// After a success: the next failure waits `first` again.
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    std::chrono::milliseconds m_first;
    std::chrono::milliseconds m_cap;
    Random m_random;
    int m_attempt = 0;
};

} // namespace et::client
