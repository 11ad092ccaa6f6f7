// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

namespace et::backend {

/// Failed sign-ins remembered per e-mail and per client address over a sliding window (15
/// minutes): after 5 failures for one e-mail or 20 from one address, every attempt is refused —
/// the right password too — until the oldest failure that counts has left the window.
class LoginThrottle
{
public:
    static constexpr int kMaxPerEmail = 5;
    static constexpr int kMaxPerAddress = 20;
    static constexpr qint64 kWindowMs = 15 * 60 * 1000;
    static constexpr qsizetype kSweepAbove = 10000;

    LoginThrottle();
    /// 0 when an attempt may go ahead, else the whole seconds until one may (>= 1).
    int retryAfter(const QString &email, const QString &address);
    void recordFailure(const QString &email, const QString &address);

private:
    /// Drops failures older than the window; the seconds to wait when `list` holds `max`.
    int wait(QList<qint64> &list, int max, qint64 now) const;

    QElapsedTimer m_clock;
    QHash<QString, QList<qint64>> m_byEmail;
    QHash<QString, QList<qint64>> m_byAddress;
};

} // namespace et::backend
