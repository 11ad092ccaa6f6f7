// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayList>
#include <QtGlobal>

namespace et::bench {

struct BenchOptions;
class BenchServer;
class CpuWindow;
class ResultReport;

/// Figure 3: REST latency at a fixed request rate (open loop, from each request's scheduled
/// time) over the console's GET endpoints, against a server with its default rate limit —
/// each keep-alive connection has its own 127.0.0.x address and stays under 50 requests/s,
/// like that many separate consoles.
class RestPhase
{
public:
    static void run(const BenchOptions &options, ResultReport &report, const QString &workDir);
    /// The request mix: health, assets, trucks, balance, a recent delta and a center search.
    static QByteArrayList targets(qint64 since);
    /// A cursor 50 changes back from the server's newest: a delta a reconnecting console asks.
    static qint64 recentSince(const BenchServer &server);
    /// Server CPU per answered request over a measurement, in microseconds.
    static double usPerRequest(const CpuWindow &cpu, double requestsPerSecond);
};

} // namespace et::bench
