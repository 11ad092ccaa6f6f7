// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace et::bench {

struct BenchOptions;
class ResultReport;

/// Cross-check of the REST figure with wrk (closed loop: as many requests as the server
/// answers, so it finds the ceiling rather than the latency at a given rate). wrk sends from
/// one address, so this server runs with `--rate-limit 0`. Skipped with a note when wrk is not
/// installed (bench/load/run.sh installs it).
class WrkPhase
{
public:
    static void run(const BenchOptions &options, ResultReport &report, const QString &workDir);
};

} // namespace et::bench
