// SPDX-License-Identifier: MIT
#include "http/latencyhistogram.h"

#include <algorithm>

namespace et::backend {

LatencyHistogram::LatencyHistogram()
    // From a cached GET (well under a millisecond) to a slow disk write.
    : m_bounds{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5}, m_counts(m_bounds.size(), 0)
{
}

void LatencyHistogram::observe(double seconds)
{
    const auto it = std::lower_bound(m_bounds.cbegin(), m_bounds.cend(), seconds);
    if (it != m_bounds.cend())
        ++m_counts[it - m_bounds.cbegin()];
    m_sum += seconds;
    ++m_count;
}

QList<quint64> LatencyHistogram::cumulative() const
{
    QList<quint64> out;
    out.reserve(m_counts.size());
    quint64 running = 0;
    for (quint64 c : m_counts)
        out << (running += c);
    return out;
}

} // namespace et::backend
