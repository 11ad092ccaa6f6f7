// SPDX-License-Identifier: MIT
#pragma once

#include "connectionstate.h"

#include "domain/change.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

namespace et::client {

class EventStream;
class RestClient;
class Store;

/// Keeps a Store in step with a server: catch-up (sync/changes since the store's cursor, page by
/// page) then live WebSocket events, with reconnect and exponential backoff. The store's data is
/// usable before start() (the UI shows the cache at once); the engine only ever adds to it.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    explicit SyncEngine(Store *store, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setServerUrl(const QUrl &url); ///< e.g. http://127.0.0.1:PORT
    QUrl serverUrl() const;
    void start(); ///< catch up (since=cursor), then WebSocket; reconnects
    void stop();
    ConnectionState state() const;
    QDateTime lastEventAt() const; ///< last time anything arrived from the server
    QString lastError() const;

signals:
    void stateChanged(et::client::ConnectionState state);
    void caughtUp(); ///< a snapshot/delta has been fully applied
    void errorOccurred(const QString &message);

private:
    void setState(ConnectionState state);
    void fetchChanges();
    void openStream();
    void onStreamEvent(const domain::Change &change);
    void flushPending();
    void fail(const QString &message);
    void scheduleReconnect();

    Store *m_store;
    RestClient *m_rest;
    EventStream *m_stream;
    QUrl m_serverUrl;
    ConnectionState m_state = ConnectionState::Offline;
    QDateTime m_lastEventAt;
    QString m_lastError;
    bool m_running = false;
    bool m_fetching = false;     ///< a sync/changes request is in flight
    bool m_fetchAgain = false;   ///< a gap was seen while fetching: fetch once more afterwards
    int m_retryAttempt = 0;
    quint64 m_generation = 0;    ///< bumped by stop(), so late replies of an old run are ignored
    QList<domain::Change> m_pending; ///< live events collected for one transaction
    qint64 m_pendingCursor = 0;
    QTimer m_batchTimer;
    QTimer m_retryTimer;
};

} // namespace et::client
