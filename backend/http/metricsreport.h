// SPDX-License-Identifier: MIT
#pragma once

#include "http/latencyhistogram.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>

namespace et::backend {

/// The numbers `GET /metrics` exposes, gathered by the composition root.
struct MetricsSnapshot
{
    QMap<int, quint64> httpResponsesByStatus;
    LatencyHistogram httpLatency;
    quint64 idempotentReplays = 0;
    int webSocketClients = 0;
    quint64 webSocketEventsSent = 0;
    quint64 webSocketEventsDropped = 0;
    quint64 webSocketResyncs = 0;
    int openOrders = 0;
    qint64 cursor = 0;
    QDateTime simTime;
    double demandMw = 0.0;
    double curtailmentMw = 0.0;
    double smpKrwPerKwh = 0.0;
    double renewableShare = 0.0;
};

/// Renders a snapshot in the Prometheus text exposition format (version 0.0.4), so the server can
/// be scraped and alerted on without a client library.
class MetricsReport
{
public:
    static QByteArray render(const MetricsSnapshot &m);
};

} // namespace et::backend
