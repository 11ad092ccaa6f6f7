// SPDX-License-Identifier: MIT
#pragma once

#include "client/connectionstate.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <QtQml/qqmlregistration.h>

namespace et::client {
class Store;
class SyncEngine;
} // namespace et::client

namespace et::models {

/// What the status bar shows: the connection state (online / connecting / reconnecting in N s /
/// offline since HH:MM), when the cache was last synced, how old the data is (re-evaluated every
/// second), the operator commands still waiting to be sent, and the last error. Without a sync
/// engine (offline mode) the state stays "offline" and the age counts from the cache's last sync.
class ConnectionStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString stateText READ stateText NOTIFY stateChanged)
    Q_PROPERTY(bool online READ online NOTIFY stateChanged)
    Q_PROPERTY(bool cacheOnly READ cacheOnly CONSTANT)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(QDateTime lastSyncedAt READ lastSyncedAt NOTIFY ageChanged)
    Q_PROPERTY(int dataAgeSeconds READ dataAgeSeconds NOTIFY ageChanged)
    Q_PROPERTY(QString dataAgeText READ dataAgeText NOTIFY ageChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    /// What the console is waiting for that the operator may be able to help with, e.g. "Waiting
    /// for the system keychain (a password prompt may be open)"; "" when nothing.
    Q_PROPERTY(QString waitingText READ waitingText NOTIFY waitingTextChanged)
    /// Seconds until the next connection attempt while reconnecting, else -1.
    Q_PROPERTY(int retryInSeconds READ retryInSeconds NOTIFY ageChanged)
    /// "offline since 14:05 KST" while the connection is lost, else "".
    Q_PROPERTY(QString offlineSinceText READ offlineSinceText NOTIFY ageChanged)
    /// Data as a panel shows it: "live" while online, else "as of 14:05 KST · 12 min old" (or "no data yet").
    Q_PROPERTY(QString panelAgeText READ panelAgeText NOTIFY ageChanged)
    Q_PROPERTY(int pendingCommands READ pendingCommands NOTIFY outboxChanged)
    Q_PROPERTY(QString outboxText READ outboxText NOTIFY outboxChanged)
public:
    /// `engine` may be null: the console then runs from the cache only.
    ConnectionStatus(client::Store *store, client::SyncEngine *engine, QObject *parent = nullptr);

    QString state() const { return client::toString(m_state); }
    QString stateText() const;
    bool online() const { return m_state == client::ConnectionState::Online; }
    bool cacheOnly() const { return m_engine.isNull(); }
    QString serverUrl() const;
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }
    int dataAgeSeconds() const { return m_ageSeconds; } ///< -1 = no data yet
    QString dataAgeText() const;
    QString errorText() const { return m_errorText; }
    QString waitingText() const { return m_waitingText; }
    int retryInSeconds() const;
    QString offlineSinceText() const;
    QString panelAgeText() const;
    int pendingCommands() const { return m_pendingCommands; }
    QString outboxText() const;

    /// Shown before the engine has anything to say, e.g. "starting the bundled server failed".
    void setErrorText(const QString &text);
    void setWaitingText(const QString &text);
    /// An age in seconds as a short phrase ("12 s", "3 min", "2 h 5 min").
    static QString ageText(qint64 seconds);

signals:
    void stateChanged();
    void serverUrlChanged();
    void ageChanged();
    void errorTextChanged();
    void waitingTextChanged();
    void outboxChanged();

private:
    void refreshAge();
    void refreshOutbox();

    client::Store *m_store;
    QPointer<client::SyncEngine> m_engine;
    client::ConnectionState m_state = client::ConnectionState::Offline;
    QDateTime m_lastSyncedAt;
    int m_ageSeconds = -1;
    int m_pendingCommands = 0;
    QString m_outboxError;
    QDateTime m_newestData;
    QString m_errorText;
    QString m_waitingText;
    QTimer m_tick;
};

} // namespace et::models
