// SPDX-License-Identifier: MIT
#include "latencystats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace et::bench {

namespace {
double rounded(double ms)
{
    return std::round(ms * 100.0) / 100.0;
}
} // namespace

void LatencyStats::add(double ms)
{
    m_samples.push_back(ms);
    m_sorted = false;
}

void LatencyStats::sort() const
{
    if (!m_sorted)
        std::sort(m_samples.begin(), m_samples.end());
    m_sorted = true;
}

double LatencyStats::percentile(double p) const
{
    if (m_samples.empty())
        return 0.0;
    sort();
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(m_samples.size())));
    return m_samples[std::clamp<std::size_t>(rank, 1, m_samples.size()) - 1];
}

double LatencyStats::max() const
{
    return m_samples.empty() ? 0.0 : *std::max_element(m_samples.begin(), m_samples.end());
}

double LatencyStats::mean() const
{
    if (m_samples.empty())
        return 0.0;
    return std::accumulate(m_samples.begin(), m_samples.end(), 0.0) / double(m_samples.size());
}

QJsonObject LatencyStats::toJson() const
{
    return {{QStringLiteral("n"), qint64(count())},
            {QStringLiteral("p50_ms"), rounded(percentile(50))},
            {QStringLiteral("p95_ms"), rounded(percentile(95))},
            {QStringLiteral("p99_ms"), rounded(percentile(99))},
            {QStringLiteral("max_ms"), rounded(max())}};
}

} // namespace et::bench
