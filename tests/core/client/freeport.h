// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QTcpServer>

namespace et::test {

/// A loopback port that nothing listens on right now (bound once by us, then released): where a
/// connection is refused, and where a server may be started later on purpose.
inline quint16 unusedLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace et::test
