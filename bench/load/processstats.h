// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace et::bench {

/// What /proc says about a process (the server child or the bench itself, pid 0 = self):
/// resident memory, CPU time and open descriptors, plus the bench's own open-file limit.
/// Linux only; on other systems the readers return -1.
class ProcessStats
{
public:
    /// One reading of CPU time against the wall clock, to turn two readings into "cores used".
    struct CpuSample
    {
        double cpuSeconds = 0.0;
        double waitSeconds = 0.0; ///< runnable but waiting for a CPU, summed over threads
        qint64 wallNs = 0;
    };

    static qint64 rssKiB(qint64 pid = 0);   ///< VmRSS
    static double cpuSeconds(qint64 pid = 0); ///< user + system time
    static int openFiles(qint64 pid = 0);     ///< entries in /proc/PID/fd
    static int threads(qint64 pid = 0);       ///< entries in /proc/PID/task
    /// Time the process's threads spent runnable but not running (/proc/PID/task/*/schedstat):
    /// on a machine shared with other work this says how much of a latency is queueing for a
    /// CPU rather than work.
    static double runQueueWaitSeconds(qint64 pid = 0);
    static CpuSample sample(qint64 pid = 0);
    /// CPU seconds per wall second between two samples (1.0 = one core fully busy).
    static double cores(const CpuSample &from, const CpuSample &to);
    /// Seconds spent waiting for a CPU per wall second between two samples.
    static double waiting(const CpuSample &from, const CpuSample &to);
    /// Raises this process's soft RLIMIT_NOFILE to its hard limit (every subscriber is a
    /// descriptor) and returns the soft limit now in force.
    static qint64 raiseOpenFileLimit();
};

} // namespace et::bench
