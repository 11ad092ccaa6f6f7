// SPDX-License-Identifier: MIT
#pragma once

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

namespace et::test {

/// Runs a local event loop until `reply` finishes or `timeoutMs` pass; a reply still running then
/// is aborted. True when it finished in time. Blocking calls in tests read top to bottom this way.
inline bool waitForReply(QNetworkReply *reply, int timeoutMs = 10000)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (reply->isFinished())
        return true;
    reply->abort();
    return false;
}

} // namespace et::test
