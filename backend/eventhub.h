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
/// and the socket stays open.
class EventHub : public QObject
{
    Q_OBJECT
public:
    EventHub(Store &store, const QString &path, QObject *parent = nullptr);

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
    QHash<QWebSocket *, QSet<QString>> m_clients;
    QSet<QString> m_knownDisasters; ///< to tell disaster.created from disaster.updated
};

} // namespace et::backend
