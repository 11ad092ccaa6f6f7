// SPDX-License-Identifier: MIT
#include "domain/energy/smoothnoise.h"

#include <cmath>
#include <numbers>

namespace et::domain::energy {

quint64 SmoothNoise::mix(quint64 a, quint64 b)
{
    // SplitMix64 (Steele, Lea & Flood 2014) over a ^ rotated b.
    quint64 z = a ^ (b * 0x9E3779B97F4A7C15ULL) ^ (b >> 29);
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

SmoothNoise::SmoothNoise(quint64 seed, quint64 stream, qint64 knotSeconds)
    : m_key(mix(seed, stream)), m_knotSeconds(std::max<qint64>(1, knotSeconds))
{
}

double SmoothNoise::knot(qint64 n) const
{
    const quint64 h1 = mix(m_key, quint64(n) * 2);
    const quint64 h2 = mix(m_key, quint64(n) * 2 + 1);
    // Two uniforms in (0, 1] from the top 53 bits, then Box-Muller.
    const double u1 = (double(h1 >> 11) + 1.0) / 9007199254740992.0;
    const double u2 = double(h2 >> 11) / 9007199254740992.0;
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double SmoothNoise::at(qint64 secondsSinceEpoch) const
{
    // Floor division, so times before 1970 (tests) interpolate like any other.
    qint64 n = secondsSinceEpoch / m_knotSeconds;
    if (secondsSinceEpoch % m_knotSeconds < 0)
        --n;
    const double t = double(secondsSinceEpoch - n * m_knotSeconds) / double(m_knotSeconds);
    const double p0 = knot(n - 1), p1 = knot(n), p2 = knot(n + 1), p3 = knot(n + 2);
    // Catmull-Rom: passes through the knots with a continuous slope.
    return 0.5 * ((2.0 * p1) + (-p0 + p2) * t + (2.0 * p0 - 5.0 * p1 + 4.0 * p2 - p3) * t * t
                  + (-p0 + 3.0 * p1 - 3.0 * p2 + p3) * t * t * t);
}

} // namespace et::domain::energy
