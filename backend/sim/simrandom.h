// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <optional>
#include <random>

namespace et::backend {

/// The simulation's random numbers. std::mt19937_64's output is fixed by the C++ standard, but
/// std's distributions are not (libstdc++ and libc++ differ), so the distributions are our own:
/// the same seed gives the same numbers with any compiler.
class SimRandom
{
public:
    explicit SimRandom(quint64 seed) : m_engine(seed) {}

    /// A seed for an independent stream, e.g. one per simulated minute: SplitMix64 of both parts.
    static quint64 mix(quint64 a, quint64 b);

    quint64 next() { return m_engine(); }
    /// Uniform in [0, 1), from the top 53 bits.
    double uniform();
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform integer in [0, n) without modulo bias. n must be > 0.
    int below(int n);
    /// Standard normal (Box-Muller; the second value is kept for the next call).
    double normal();

private:
    std::mt19937_64 m_engine;
    std::optional<double> m_spare;
};

} // namespace et::backend
