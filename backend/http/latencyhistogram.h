// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace et::backend {

/// Request durations in fixed buckets, as a Prometheus histogram needs them: how many fell at or
/// below each upper bound (seconds), plus their sum and count. Fixed bounds keep it O(1) in
/// memory however long the server runs.
class LatencyHistogram
{
public:
    LatencyHistogram();

    void observe(double seconds);
    /// Upper bounds in seconds, ascending (the +Inf bucket is implied by count()).
    const QList<double> &bounds() const { return m_bounds; }
    /// Cumulative counts, one per bound: observations <= bounds()[i].
    QList<quint64> cumulative() const;
    double sum() const { return m_sum; }
    quint64 count() const { return m_count; }

private:
    QList<double> m_bounds;
    QList<quint64> m_counts; ///< per bucket, not cumulative
    double m_sum = 0.0;
    quint64 m_count = 0;
};

} // namespace et::backend
