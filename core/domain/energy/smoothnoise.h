// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace et::domain::energy {

/// Deterministic, smooth random noise of time, read at any instant without stepping from a start:
/// standard-normal values at knots every `knotSeconds` (from SplitMix64 of the seed, the stream
/// and the knot number, through Box-Muller), joined by cubic Hermite (Catmull-Rom) curves. The
/// same (seed, stream) always gives the same curve, on any compiler: the weather, its forecasts
/// and their replays all read it. Its variance dips slightly between knots, by design of the
/// interpolation; callers scale to taste.
class SmoothNoise
{
public:
    SmoothNoise(quint64 seed, quint64 stream, qint64 knotSeconds);

    /// The noise at `secondsSinceEpoch`.
    double at(qint64 secondsSinceEpoch) const;
    /// The standard-normal value at knot `n` (exposed for tests).
    double knot(qint64 n) const;

    /// SplitMix64 of two words: a well-mixed 64-bit hash.
    static quint64 mix(quint64 a, quint64 b);

private:
    quint64 m_key;
    qint64 m_knotSeconds;
};

} // namespace et::domain::energy
