// SPDX-License-Identifier: MIT
#pragma once

#include "accesstokensource.h"
#include "domain/result.h"
#include "domain/streamevent.h"
#include "tlsconfig.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace et::client {

/// The server's live event feed: a WebSocket to ws://host:port/api/v1/ws that subscribes to every
/// channel once open. Each text message is decoded by domain::ServerMessage; a message that does
/// not decode is reported by malformedMessage() and the connection stays up, because one bad
/// event is no reason to lose the ones after it. With an access token source, the first message
/// is `auth` with the current access token and the subscription follows the server's
/// `authenticated`; a refused token (`token_expired`, ...) asks the source to renew it, and the
/// server's close is reported as any disconnect, so the reconnect signs in with the new token.
/// Sends nothing but these — and, when
/// nothing has arrived for a while, a WebSocket ping: a connection that died without closing
/// (no FIN ever comes through a dead link) is reported as lost when the pong does not follow.
/// Over wss:// the server's certificate must verify against tlsConfig(); when it does not, the
/// connection is dropped before the upgrade request goes out and disconnected() carries
/// TlsConfig::untrustedError()'s message (lastError() its code, "tls_untrusted").
class EventStream : public QObject
{
    Q_OBJECT
public:
    explicit EventStream(QObject *parent = nullptr);
    ~EventStream() override;

    /// Connects to the WebSocket of the server at `serverUrl` (http://host:port).
    void open(const QUrl &serverUrl);
    void close();
    bool isConnected() const;
    /// ws://host:port/api/v1/ws for http://host:port (wss for https).
    static QUrl webSocketUrl(const QUrl &serverUrl);
    /// Ping after `quiet` without a message; lost when no pong comes within `deadline`
    /// (defaults 30 s and 10 s: the server sends truck updates every few seconds, so an idle
    /// link costs one ping a minute at most).
    void setKeepAlive(std::chrono::milliseconds quiet, std::chrono::milliseconds deadline);
    /// Whose access token the first message carries (not owned; none: subscribe at once).
    void setAccessTokenSource(AccessTokenSource *source);
    /// The channels to subscribe (default: all of domain::channel::all(); a partner reads fewer).
    void setChannels(const QStringList &channels);
    /// The CAs trusted for wss:// (default: the system's); used from the next open().
    void setTlsConfig(const TlsConfig &tls);
    const TlsConfig &tlsConfig() const { return m_tls; }
    /// Why the last connection failed or ended: code "tls_untrusted" for a certificate that did
    /// not verify, "unreachable" for anything else; empty while connected or never opened.
    domain::Error lastError() const { return m_lastError; }

signals:
    void subscribed(qint64 cursor);                       ///< the server confirmed the subscription
    void eventReceived(const et::domain::StreamEvent &event);
    void resyncRequested(qint64 cursor);                  ///< the server says: fetch a delta
    void serverError(const QString &code, const QString &message);
    void malformedMessage(const QString &error);
    void disconnected(const QString &reason);             ///< also when a connection attempt fails

private:
    void onTextMessage(const QString &text);
    void reportDisconnect(const QString &reason);
    /// The socket's error, or what was wrong with the server's certificate.
    QString socketErrorText() const;

    void heardFromServer();
    void sendControl(const domain::ControlMessage &message);
    void sendSubscribe();

    QWebSocket m_socket;
    TlsConfig m_tls;
    AccessTokenSource *m_tokens = nullptr;
    QStringList m_channels;
    QList<QSslError> m_sslErrors; ///< of the current connection attempt
    domain::Error m_lastError;
    QTimer m_quiet;        ///< runs while connected; restarted by every message
    QTimer m_pongDeadline; ///< runs between a ping and its pong
    bool m_closing = false;  ///< we are closing on purpose: not a disconnect to report
    bool m_reported = false; ///< this connection's end was reported already
};

} // namespace et::client
