// SPDX-License-Identifier: MIT
#pragma once

#include "domain/streamevent.h"

#include <QObject>
#include <QUrl>
#include <QWebSocket>

namespace et::test {

/// The WebSocket's first message: `{"event":"auth","token":accessToken}`.
QString authMessage(const QString &accessToken);

/// A console's WebSocket, reduced to what server tests look at: it connects to a server's
/// `/api/v1/ws`, signs in with an access token, subscribes to some channels and keeps every event as it arrives (and counts the
/// resync messages), while the test goes on with its HTTP calls.
class EventRecorder : public QObject
{
public:
    /// Connects (to the WebSocket path of the server at `http`), sends `auth` with `accessToken`,
    /// waits for `authenticated`, subscribes and waits for `subscribed`.
    bool open(const QUrl &http, const QStringList &channels, const QString &accessToken, int timeoutMs = 5000);

    QList<domain::StreamEvent> events;
    qint64 subscribedCursor = 0; ///< the cursor the `subscribed` answer named
    int resyncs = 0;
    bool authenticated = false;

private:
    QWebSocket m_socket;
};

} // namespace et::test
