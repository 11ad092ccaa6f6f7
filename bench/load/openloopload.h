// SPDX-License-Identifier: MIT
#pragma once

#include "latencystats.h"

#include <QByteArrayList>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace et::bench {

/// What one open-loop run measured.
struct OpenLoopResult
{
    double targetRate = 0.0;
    double seconds = 0.0;
    int connections = 0;
    qint64 scheduled = 0;
    qint64 answered = 0;   ///< any HTTP status
    qint64 ok = 0;         ///< 2xx and 304
    qint64 httpErrors = 0; ///< other statuses (429 included)
    qint64 failed = 0;     ///< no HTTP answer (connection refused, reset)
    qint64 unanswered = 0; ///< still pending when the run's grace time ended
    double achievedRate = 0.0; ///< ok answers per second of the schedule
    LatencyStats latency;  ///< from each request's scheduled send time
    QList<LatencyStats> byTarget;    ///< the same, per entry of Settings::targets
    QList<qint64> bodyBytesByTarget; ///< body bytes received, per target
    QMap<int, qint64> statuses;
    QString firstError;

    QJsonObject toJson() const;
};

/// An open-loop (fixed-rate) HTTP load generator: request k is due at t0 + k/rate whatever
/// happened to earlier ones, spread round-robin over keep-alive connections, each from its own
/// 127.0.0.x address, every request signed in with the same access token. Latency is measured from the scheduled time, not from when a busy
/// connection finally wrote the request, so a server stall shows up in full (no coordinated
/// omission, as in wrk2).
class OpenLoopLoad
{
public:
    struct Settings
    {
        quint16 port = 0;
        double rate = 2000.0;
        double seconds = 30.0;
        int connections = 64;
        int firstSourceHost = 10; ///< connection i binds 127.0.0.(firstSourceHost + i)
        QByteArrayList targets;   ///< request targets, used in turn
        QByteArray accessToken;   ///< sent as `Authorization: Bearer` with every request
    };

    explicit OpenLoopLoad(Settings settings);
    OpenLoopResult run();

private:
    Settings m_settings;
};

} // namespace et::bench
