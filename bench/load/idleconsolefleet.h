// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <utility>

namespace et::client {
class AccessTokenSource;
class Store;
class SyncEngine;
} // namespace et::client

namespace et::bench {

/// N consoles as the real client runs them, minus the UI: each is an unmodified
/// client::SyncEngine over its own client::Store file (catch-up with sync/changes, then the
/// WebSocket, reconnects with backoff), signed in with one shared access token (every request
/// carries it; each event stream sends it first and subscribes once authenticated). Every
/// request an engine's RestClient starts is counted, so the fleet can say how many requests
/// idle consoles make.
class IdleConsoleFleet : public QObject
{
    Q_OBJECT
public:
    IdleConsoleFleet(const QString &storeDir, QObject *parent = nullptr);
    ~IdleConsoleFleet() override;

    /// Opens `count` stores and starts an engine on each, signed in with `accessToken`; false
    /// (with `error`) when a store cannot be opened.
    bool start(int count, const QUrl &server, const QByteArray &accessToken, QString *error);
    void stop();

    int size() const { return int(m_consoles.size()); }
    int online() const;           ///< engines whose state is Online
    quint64 requests() const;     ///< every request started since start()
    /// Requests by what they asked ("GET /api/v1/sync/changes"), since start().
    const QHash<QString, quint64> &requestsByWhat() const { return m_byWhat; }
    /// The lowest and highest sync cursor in the fleet's stores: proof the idle engines keep
    /// up with live events rather than being quiet because they are stuck.
    std::pair<qint64, qint64> cursorRange() const;
    int reconnects() const { return m_reconnects; } ///< transitions into Reconnecting
    int errors() const { return m_errors; }         ///< errorOccurred signals
    QString lastError() const { return m_lastError; }

private:
    struct Console
    {
        std::unique_ptr<client::Store> store;
        std::unique_ptr<client::SyncEngine> engine;
    };

    QString m_dir;
    std::unique_ptr<client::AccessTokenSource> m_tokens; ///< shared by every engine; outlives them
    std::vector<Console> m_consoles;
    QHash<QString, quint64> m_byWhat;
    quint64 m_requests = 0;
    int m_reconnects = 0;
    int m_errors = 0;
    QString m_lastError;
};

} // namespace et::bench
