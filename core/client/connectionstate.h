// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace et::client {

/// Where the client stands with its server. Offline: no server configured or stopped;
/// Connecting: first catch-up in progress; Online: caught up and receiving live events;
/// Reconnecting: the connection dropped and a retry is scheduled.
enum class ConnectionState { Offline, Connecting, Online, Reconnecting };

/// "offline", "connecting", "online", "reconnecting".
QString toString(ConnectionState state);

} // namespace et::client
