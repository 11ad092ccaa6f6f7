// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace et::bench {

struct BenchOptions;
class ResultReport;

/// Figure 4: more and more WebSocket consoles on one server with its normal simulation traffic
/// (1,000, 2,000, 4,000 ...). At each step: server RSS and descriptors, the KiB each new
/// connection added, server and bench CPU, messages delivered per second and fan-out latency.
/// It notes where fan-out p95 first passes the latency goal and goes on until something gives —
/// a connection that cannot be opened (descriptor limit, accept backlog, port range), a
/// subscriber dropped, the server dropping events for clients it cannot keep up with, an event
/// lost, latency past the stop limit (saturation), the server gone — and says which.
class RampPhase
{
public:
    static void run(const BenchOptions &options, ResultReport &report, const QString &workDir);
};

} // namespace et::bench
