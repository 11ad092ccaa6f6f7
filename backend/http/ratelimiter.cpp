// SPDX-License-Identifier: MIT
#include "http/ratelimiter.h"

#include <cmath>

namespace et::backend {

namespace {
// Forget clients idle this long, so the table cannot grow without bound.
constexpr qint64 kForgetAfterMs = 10 * 60 * 1000;
} // namespace

RateLimiter::RateLimiter(double ratePerSecond) : m_rate(ratePerSecond), m_burst(2.0 * ratePerSecond)
{
    m_clock.start();
}

int RateLimiter::acquire(const QHostAddress &client)
{
    if (!enabled())
        return 0;
    const qint64 now = m_clock.elapsed();
    if (m_buckets.size() > 10000) {
        m_buckets.removeIf([now](const auto &it) { return now - it.value().lastMs > kForgetAfterMs; });
    }
    const QString key = client.toString();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_burst, now});
    Bucket &b = *it;
    b.tokens = std::min(m_burst, b.tokens + double(now - b.lastMs) / 1000.0 * m_rate);
    b.lastMs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - b.tokens) / m_rate)));
}

} // namespace et::backend
