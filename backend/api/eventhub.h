// SPDX-License-Identifier: MIT
#pragma once

#include "auth/principal.h"
#include "domain/change.h"
#include "domain/result.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

class QAbstractHttpServer;
class QWebSocket;

namespace et::backend {

class Store;

/// The WebSocket side of the API (`/api/v1/ws` on the HTTP port). A client first signs in with
/// `{"event":"auth","token":"<access token>"}` within the auth timeout (10 s; else the socket is
/// closed with 1008) and is answered `authenticated` with its user, or an `error`
/// (`unauthenticated`, `invalid_token`, `token_expired`) and a close with 1008. Then it subscribes with
/// `{"event":"subscribe","channels":[...]}` and gets `subscribed` with the current cursor, then
/// one StreamEvent per committed change on its channels, carrying that change's cursor (a
/// disaster or order seen for the first time is `disaster.created` / `order.created`). A bad message gets an `error` event
/// and the socket stays open. A client that does not read (its unsent backlog passes 1 MiB by default)
/// stops getting events instead of growing the server's memory; once it has drained, it gets a
/// `resync` message telling it to fetch the changes it missed from `sync/changes`. A channel the
/// user's role may not read is refused (`forbidden`, nothing subscribed); the sockets of a login
/// that ended (logout, refresh-token reuse, a disabled user) or of a user whose role changed are
/// closed.
class EventHub : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kDefaultMaxBacklogBytes = 1024 * 1024;

    EventHub(Store &store, const QString &path, QObject *parent = nullptr);
    /// Unsent bytes after which a client's events are dropped (it resumes below a quarter).
    void setMaxBacklog(qint64 bytes) { m_maxBacklog = bytes; }
    using Authenticator = std::function<domain::Result<Principal>(const QByteArray &token)>;
    /// Checks the token of an `auth` message (without one, every socket is refused).
    void setAuthenticator(Authenticator authenticator) { m_authenticator = std::move(authenticator); }
    /// How long a new socket may take to send `auth`.
    void setAuthTimeout(int ms) { m_authTimeoutMs = ms; }

    /// Closes (1008) the sockets signed in under these logins.
    void closeLogins(const QStringList &loginIds);
    /// Closes (1008) the sockets of a user (their role changed: they must sign in again).
    void closeUser(const QString &userId);

    /// Takes the WebSocket connections `server` accepts.
    void attach(QAbstractHttpServer &server);
    int clientCount() const { return int(m_clients.size()); }
    /// Since start: events written to clients, events dropped for lagging clients, resyncs sent.
    quint64 eventsSent() const { return m_sent; }
    quint64 eventsDropped() const { return m_dropped; }
    quint64 resyncsSent() const { return m_resyncs; }

    /// Sends each change to the clients subscribed to its channel.
    void publish(const QList<et::domain::Change> &changes);

private:
    void accept(QAbstractHttpServer &server);
    void onMessage(QWebSocket *socket, const QString &text);
    void sendError(QWebSocket *socket, const QString &code, const QString &message);
    void signIn(QWebSocket *socket, const QByteArray &token);
    void subscribe(QWebSocket *socket, const QStringList &channels);
    void refuse(QWebSocket *socket, const QString &code, const QString &message);
    void closeWhere(const std::function<bool(const Principal &)> &match, const QString &reason);

    Store &m_store;
    QString m_path;
    struct Client
    {
        QSet<QString> channels;
        bool lagging = false; ///< events are being dropped until its backlog drains
        std::optional<Principal> principal; ///< set once its `auth` was accepted
    };
    QHash<QWebSocket *, Client> m_clients;
    qint64 m_maxBacklog = kDefaultMaxBacklogBytes;
    Authenticator m_authenticator;
    int m_authTimeoutMs = 10000;
    /// Ids seen so far per entity kind with a `.created` event (disasters, orders).
    QMap<domain::EntityKind, QSet<QString>> m_known;
    quint64 m_sent = 0;
    quint64 m_dropped = 0;
    quint64 m_resyncs = 0;
};

} // namespace et::backend
