// SPDX-License-Identifier: MIT
#pragma once

#include "domain/change.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>

class QAbstractHttpServer;
class QWebSocket;

namespace et::backend {

class Store;

/// The WebSocket side of the API (`/api/v1/ws` on the HTTP port). A client subscribes with
/// `{"event":"subscribe","channels":[...]}` and gets `subscribed` with the current cursor, then
/// one StreamEvent per committed change on its channels, carrying that change's cursor (a
/// disaster or order seen for the first time is `disaster.created` / `order.created`). A bad message gets an `error` event
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

    Store &m_store;
    QString m_path;
    struct Client
    {
        QSet<QString> channels;
        bool lagging = false; ///< events are being dropped until its backlog drains
    };
    QHash<QWebSocket *, Client> m_clients;
    qint64 m_maxBacklog = kDefaultMaxBacklogBytes;
    /// Ids seen so far per entity kind with a `.created` event (disasters, orders).
    QMap<domain::EntityKind, QSet<QString>> m_known;
    quint64 m_sent = 0;
    quint64 m_dropped = 0;
    quint64 m_resyncs = 0;
};

} // namespace et::backend
