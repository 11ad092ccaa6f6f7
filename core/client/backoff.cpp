// SPDX-License-Identifier: MIT
#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace et::client {

Backoff::Backoff(std::chrono::milliseconds first, std::chrono::milliseconds cap, Random random)
    : m_first(first), m_cap(std::max(first, cap)), m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

void Backoff::setDelays(std::chrono::milliseconds first, std::chrono::milliseconds cap)
{
    m_first = first;
    m_cap = std::max(first, cap);
}

std::chrono::milliseconds Backoff::next()
{
    // 2^16 × the first delay passes any sensible cap; stop doubling there to avoid overflow.
    const double doubled = double(m_first.count()) * double(1 << std::min(m_attempt, 16));
    const double capped = std::min(doubled, double(m_cap.count()));
    ++m_attempt;
    return std::chrono::milliseconds(qint64(capped * (0.8 + 0.4 * m_random())));
}

} // namespace et::client
