// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>

#include <optional>

namespace et::bench {

/// bench_load's command line. Every figure has a default that matches the targets;
/// `--smoke` shrinks them all for the ctest that keeps the tool from rotting.
struct BenchOptions
{
    QStringList phases{QStringLiteral("idle"), QStringLiteral("fanout"), QStringLiteral("rest"), QStringLiteral("ramp")};
    int consoles = 50;           ///< idle SyncEngines, and as many naive pollers
    double idleSeconds = 180.0;
    int wsClients = 1000;        ///< subscribers in the fan-out phase
    int triggers = 20;
    int triggerGapMs = 1000;
    int threads = 2;             ///< receiving threads for the subscribers
    int handshakes = 32;         ///< WebSocket handshakes in flight per receiving thread
    QList<double> restRates{2000.0};
    double restSeconds = 30.0;
    int restConnections = 64;
    QList<int> ramp{1000, 2000, 4000, 8000, 16000};
    int rampTriggers = 5;
    double fanoutLimitMs = 100.0; ///< the latency goal; the ramp notes where p95 passes it
    double rampStopMs = 5000.0;   ///< the ramp stops once p95 passes this (saturated)
    double wrkSeconds = 15.0;
    int wrkConnections = 64;
    QString jsonPath;
    QString workDir;             ///< empty: a temporary folder, removed afterwards
    bool check = false;          ///< sanity checks decide the exit status
    bool smoke = false;
    double maxMinutes = 0.0;     ///< watchdog; 0 = the plan's length plus a margin

    bool has(const QString &phase) const { return phases.contains(phase); }
    /// A generous estimate of the run's length, for the watchdog.
    double plannedSeconds() const;

    /// Parses argv (with the program name). std::nullopt with `message` on an error or --help.
    static std::optional<BenchOptions> parse(const QStringList &arguments, QString *message, bool *help);
    static QString usage();
};

} // namespace et::bench
