// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>

namespace et::backend {

/// A token bucket per client address: `ratePerSecond` requests a second on average, bursts up to
/// twice that. The old backend fell over under one request per second per user; this one answers
/// 429 with Retry-After instead of queueing without bound. A rate of 0 turns it off.
class RateLimiter
{
public:
    explicit RateLimiter(double ratePerSecond = 0.0);

    /// Takes a token for `client`; 0 when allowed, else the whole seconds to wait (>= 1).
    int acquire(const QHostAddress &client);
    bool enabled() const { return m_rate > 0.0; }

private:
    struct Bucket
    {
        double tokens = 0.0;
        qint64 lastMs = 0;
    };
    double m_rate;
    double m_burst;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace et::backend
