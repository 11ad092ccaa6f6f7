// SPDX-License-Identifier: MIT
#pragma once

#include "cpuwindow.h"
#include "fanoutprobe.h"

#include <QString>

namespace et::bench {

struct BenchOptions;
class BenchServer;
class ResultReport;
class SubscriberFleet;

/// Figure 2 (and the memory figure): N WebSocket consoles on one server, event fan-out latency
/// from POST to each console's receipt, twice — with the simulation nearly still
/// (`--tick-ms 60000`: one step a minute) and with its normal traffic (a step every second,
/// trucks moving). Server RSS before and after the subscribers gives KiB per connection.
class FanoutPhase
{
public:
    static void run(const BenchOptions &options, ResultReport &report, const QString &workDir);

    /// One fan-out step shared with the ramp: what the probe found and what it cost.
    struct Step
    {
        FanoutResult fanout;
        CpuWindow cpu{0};
        double messagesPerSecond = 0.0; ///< every message the subscribers received
        double serverUsPerMessage = 0.0; ///< server CPU per delivered message
    };
    /// Runs the probe on an open fleet and samples CPU and delivered messages around it.
    static Step measure(BenchServer &server, SubscriberFleet &fleet, int triggers, int gapMs);
    /// Grows `fleet` to `total` subscribers and waits until each has subscribed or failed.
    static bool openSubscribers(BenchServer &server, SubscriberFleet &fleet, int total, double *seconds);
};

} // namespace et::bench
