// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace et::backend {

/// The composition root of energytruck-server: parses options, opens (and on first start seeds)
/// the store, starts the simulation, the REST API and the WebSocket hub on one port, prints
/// "listening on http://HOST:PORT" (https with --tls-cert/--tls-key) and runs until SIGTERM/SIGINT.
/// With `--history-source kpx DIR` the island replays KPX's real Jeju series (KpxSeriesFolder,
/// Simulation::setReplay). Exit codes: 0 clean stop, 1 runtime failure (database, port,
/// certificate or key, KPX's series unreadable or broken, a replay's clock outside them), 2 bad
/// command line.
/// With --create-user or --set-password it runs that host command instead (HostCommands) and
/// exits without serving; --version prints "energytruck-server VERSION" and exits.
class ServerApp
{
public:
    static int run(const QStringList &arguments);
};

} // namespace et::backend
