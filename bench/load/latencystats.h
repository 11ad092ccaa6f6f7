// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

#include <vector>

namespace et::bench {

/// A bag of latency samples in milliseconds with nearest-rank percentiles (no interpolation, no
/// histogram buckets: the bench keeps every sample, so p99 of 20,000 samples is a real sample).
class LatencyStats
{
public:
    void add(double ms);
    void reserve(std::size_t n) { m_samples.reserve(n); }
    std::size_t count() const { return m_samples.size(); }
    /// Nearest-rank percentile, p in (0, 100]; 0 when empty.
    double percentile(double p) const;
    double max() const;
    double mean() const;
    /// {"n","p50_ms","p95_ms","p99_ms","max_ms"}
    QJsonObject toJson() const;

private:
    void sort() const;

    mutable std::vector<double> m_samples;
    mutable bool m_sorted = true;
};

} // namespace et::bench
