// SPDX-License-Identifier: MIT
#pragma once

#include "domain/change.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QAbstractHttpServer;
class QWebSocket;

namespace et::backend {

class Store;

/// The WebSocket side of the API (`/api/v1/ws` on the HTTP port). A client subscribes with
/// `{"event":"subscribe","channels":[...]}` and gets `subscribed` with the current cursor, then
/// one StreamEvent per committed change on its channels, carrying that change's cursor (a
/// disaster seen for the first time is `disaster.created`). A bad message gets an `error` event
/// and the socket stays open. A client that does not read (its unsent backlog passes 1 MiB by default)
/// stops getting events instead of growing the server's memory; once it has drained, it gets a
/// `resync` message telling it to fetch the changes it missed from `sync/changes`.
class EventHub : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kDefaultMaxBacklogBytes = 1024 * 1024;

    EventHub(Store &store, const QString &path, QObject *parent = nullptr);
    /// Unsent bytes after which a client's events are dropped (it resumes below a quarter).
    void setMaxBacklog(qint64 bytes) { m_maxBacklog = bytes; }

    /// Takes the WebSocket connections `server` accepts.
    void attach(QAbstractHttpServer &server);
    int clientCount() const { return int(m_clients.size()); }

    /// Sends each change to the clients subscribed to its channel.
    void publish(const QList<et::domain::Change> &changes);

private:
    void accept(QAbstractHttpServer &server);
    void onMessage(QWebSocket *socket, const QString &text);
    void sendError(QWebSocket *socket, const QString &code, const QString &message);

    Store &m_store;
    QString m_path;
    struct Client
    {
        QSet<QString> channels;
        bool lagging = false; ///< events are being dropped until its backlog drains
    };
    QHash<QWebSocket *, Client> m_clients;
    qint64 m_maxBacklog = kDefaultMaxBacklogBytes;
    QSet<QString> m_knownDisasters; ///< to tell disaster.created from disaster.updated
};

} // namespace et::backend
