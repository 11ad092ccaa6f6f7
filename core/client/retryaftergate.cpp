// SPDX-License-Identifier: MIT
#include "retryaftergate.h"

#include <algorithm>

namespace et::client {

void RetryAfterGate::hold(int seconds, const QDateTime &now)
{
    const QDateTime until = now.addSecs(std::max(0, seconds));
    if (!m_notBefore.isValid() || until > m_notBefore)
        m_notBefore = until;
}

std::optional<qint64> RetryAfterGate::waitAt(const QDateTime &now) const
{
    if (!m_notBefore.isValid() || m_notBefore <= now)
        return std::nullopt;
    return std::max<qint64>(1, (now.msecsTo(m_notBefore) + 999) / 1000);
}

} // namespace et::client
