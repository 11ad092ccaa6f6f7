// SPDX-License-Identifier: MIT
#include "sim/simrandom.h"

#include <cmath>
#include <numbers>

namespace et::backend {

quint64 SimRandom::mix(quint64 a, quint64 b)
{
    // SplitMix64 finaliser over a combination that keeps (a, b) and (b, a) apart.
    quint64 z = a * 0x9E3779B97F4A7C15ULL + b + 0x632BE59BD9B4E019ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double SimRandom::uniform()
{
    return double(m_engine() >> 11) * 0x1.0p-53;
}

int SimRandom::below(int n)
{
    const quint64 range = quint64(n);
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % range;
    quint64 x = m_engine();
    while (x >= limit)
        x = m_engine();
    return int(x % range);
}

double SimRandom::normal()
{
    if (m_spare) {
        const double v = *m_spare;
        m_spare.reset();
        return v;
    }
    // 1 - uniform() lies in (0, 1], so the logarithm is finite.
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));
    const double theta = 2.0 * std::numbers::pi * u2;
    m_spare = r * std::sin(theta);
    return r * std::cos(theta);
}

} // namespace et::backend
