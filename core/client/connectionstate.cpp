// SPDX-License-Identifier: MIT
#include "connectionstate.h"

namespace et::client {

QString toString(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Offline:
        return QStringLiteral("offline");
    case ConnectionState::Connecting:
        return QStringLiteral("connecting");
    case ConnectionState::Online:
        return QStringLiteral("online");
    case ConnectionState::Reconnecting:
        return QStringLiteral("reconnecting");
    }
    return QStringLiteral("offline");
}

} // namespace et::client
