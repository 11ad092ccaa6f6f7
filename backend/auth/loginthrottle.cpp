// SPDX-License-Identifier: MIT
#include "auth/loginthrottle.h"

namespace et::backend {

LoginThrottle::LoginThrottle()
{
    m_clock.start();
}

int LoginThrottle::wait(QList<qint64> &list, int max, qint64 now) const
{
    while (!list.isEmpty() && now - list.first() >= kWindowMs)
        list.removeFirst();
    if (list.size() < max)
        return 0;
    // The attempt is allowed again once the failure that makes it `max` has left the window.
    const qint64 leaves = list.at(list.size() - max) + kWindowMs;
    return int(std::max<qint64>(1, (leaves - now + 999) / 1000));
}

int LoginThrottle::retryAfter(const QString &email, const QString &address)
{
    const qint64 now = m_clock.elapsed();
    const QString key = email.toLower();
    int seconds = 0;
    if (auto it = m_byEmail.find(key); it != m_byEmail.end()) {
        seconds = wait(*it, kMaxPerEmail, now);
        if (it->isEmpty())
            m_byEmail.erase(it);
    }
    if (auto it = m_byAddress.find(address); it != m_byAddress.end()) {
        seconds = std::max(seconds, wait(*it, kMaxPerAddress, now));
        if (it->isEmpty())
            m_byAddress.erase(it);
    }
    return seconds;
}

void LoginThrottle::recordFailure(const QString &email, const QString &address)
{
    const qint64 now = m_clock.elapsed();
    // Guessed e-mails must not grow memory without bound: forget what has left the window.
    for (auto *map : {&m_byEmail, &m_byAddress}) {
        if (map->size() > kSweepAbove)
            map->removeIf([now](const auto &it) { return it.value().isEmpty() || now - it.value().last() >= kWindowMs; });
    }
    m_byEmail[email.toLower()].append(now);
    m_byAddress[address].append(now);
}

} // namespace et::backend
