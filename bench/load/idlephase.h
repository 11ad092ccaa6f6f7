// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace et::bench {

struct BenchOptions;
class ResultReport;

/// Figure 1: requests per idle console per minute, real SyncEngines against naive once-a-second
/// pollers, both running at the same time against one server (default options, so its rate
/// limit is on: each poller has its own 127.1.x.y address, as separate users would). Requests
/// are counted on both sides: by the clients, and from the server's own request log between
/// two marker requests (engines ask only sync/changes, pollers only the snapshot lists, so the
/// log tells them apart), cross-checked with /metrics.
class IdlePhase
{
public:
    static void run(const BenchOptions &options, ResultReport &report, const QString &workDir);
};

} // namespace et::bench
