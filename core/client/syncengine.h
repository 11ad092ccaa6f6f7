// SPDX-License-Identifier: MIT
#pragma once

#include "backoff.h"
#include "connectionstate.h"
#include "cursorsequence.h"
#include "domain/change.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace et::domain {
struct StreamEvent;
}

namespace et::client {

class AccessTokenSource;
class CatchUp;
class HistoryFill;
class TlsConfig;
class EventStream;
class OutboxSender;
class RestClient;
class Store;

/// Keeps a Store in step with a server: catch-up (sync/changes since the store's cursor, page by
/// page) then live WebSocket events, with reconnect and exponential backoff; and delivers the
/// store's outbox of operator commands (OutboxSender) while it runs. The store's data is usable
/// before start() (the UI shows the cache at once). Live events are applied in batches (up to
/// 50 ms or 200 events per transaction); an event whose cursor skips one means a change was
/// missed, and a delta fetch fills the hole. A stream that goes quiet is probed with a WebSocket
/// ping, so a connection lost without a FIN (a dead Wi-Fi, a cable pulled) is noticed.
///
/// It also keeps the store's energy history (the last seven days, a point a minute) complete
/// with HistoryFill: after every catch-up it fetches at once whatever is missing up to the
/// cached balance — the first seven days, or exactly the minutes an offline stretch left out —
/// and as live balances arrive it fetches the new minutes, at most once per history interval.
/// Live points come from a fetch, not from the `energy` events: an event carries the balance but
/// not every asset's output of that minute (asset events go out only for assets that changed,
/// one per tick, so at speed a minute's outputs are never sent), events are dropped while a
/// client lags (`resync`) and a catch-up brings only the newest balance. Fetching the server's
/// own minutes keeps the cache exactly the server's history, with no second way of making it.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    /// With `session`, the engine's requests go through that client's network manager and wait
    /// behind its Retry-After gate (RestClient::shareTransportWith): one of each per signed-in
    /// session. Without, the engine has its own.
    explicit SyncEngine(Store *store, QObject *parent = nullptr, const RestClient *session = nullptr);
    ~SyncEngine() override;

    void setServerUrl(const QUrl &url); ///< e.g. http://127.0.0.1:PORT; a running engine switches over
    QUrl serverUrl() const;
    void start(); ///< catch up (since=cursor), then WebSocket; reconnects
    void stop();
    ConnectionState state() const;
    QDateTime lastEventAt() const; ///< last time anything arrived from the server
    QString lastError() const;
    /// The REST client pointed at serverUrl(), for operator requests (e.g. registering a disaster).
    RestClient *restClient() const;
    /// Sends the store's outbox while the engine runs.
    OutboxSender *outboxSender() const { return m_outbox; }
    /// While reconnecting: when the next attempt is due.
    QDateTime nextRetryAt() const { return m_nextRetryAt; }
    /// When the connection was lost (the first failure of this outage); invalid while online.
    QDateTime disconnectedSince() const { return m_disconnectedSince; }

    /// First retry delay and its cap (defaults 1 s and 30 s); each failure doubles the delay,
    /// with ±20% jitter so many consoles do not return to a restarted server in lockstep.
    void setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds cap);
    /// How long the event stream may stay silent before it is pinged, and wait for the pong
    /// (EventStream::setKeepAlive; defaults 30 s and 10 s).
    void setKeepAlive(std::chrono::milliseconds quiet, std::chrono::milliseconds deadline);
    /// The signed-in user's tokens for every request and the event stream (not owned).
    void setAccessTokenSource(AccessTokenSource *source);
    /// The WebSocket channels to subscribe (default: all; a partner may read fewer).
    void setChannels(const QStringList &channels);
    /// The CAs to trust for https:// and wss:// (before start()).
    void setTlsConfig(const TlsConfig &tls);
    /// The shortest time between two history fetches brought on by live balances (default 10 s:
    /// at the bundled server's 60× speed, ten minutes a request). A catch-up fetches at once.
    void setHistoryInterval(std::chrono::milliseconds interval);
    /// What fills the energy history (its `requested` signal says what is asked).
    HistoryFill *historyFill() const { return m_history; }

signals:
    void stateChanged(et::client::ConnectionState state);
    void caughtUp(); ///< a snapshot/delta has been fully applied
    void errorOccurred(const QString &message);

private:
    void setState(ConnectionState state);
    void catchUp();
    void onCaughtUp();
    void onStreamEvent(const domain::StreamEvent &event);
    void acceptChange(const domain::Change &change);
    void flushPending();
    void report(const QString &message);
    void connectionLost(const QString &message);
    /// The server has every minute before `until`: fill the history up to it, at once when
    /// `promptly`, else no sooner than the history interval after the last fill began.
    void wantHistoryUntil(const QDateTime &until, bool promptly);
    void fillHistory();
    void stopHistory();

    Store *m_store;
    RestClient *m_rest;
    CatchUp *m_catchUp;
    EventStream *m_stream;
    OutboxSender *m_outbox;
    HistoryFill *m_history;
    QDateTime m_historyUntil;       ///< the minute after the newest the server is known to have
    QDateTime m_historyLastStart;   ///< when the last fill began
    std::chrono::milliseconds m_historyInterval{10000};
    QTimer m_historyTimer;
    QDateTime m_nextRetryAt;
    QDateTime m_disconnectedSince;
    QUrl m_serverUrl;
    ConnectionState m_state = ConnectionState::Offline;
    QDateTime m_lastEventAt;
    QString m_lastError;
    bool m_running = false;
    bool m_subscribed = false;
    CursorSequence m_cursor;               ///< newest cursor applied or queued for applying
    QList<domain::Change> m_pending;       ///< live changes waiting for the next transaction
    QList<domain::Change> m_heldDuringFetch; ///< live changes that arrived while a delta was fetched
    Backoff m_backoff;
    QTimer m_batchTimer;
    QTimer m_retryTimer;
    QTimer m_subscribeTimer; ///< a socket that never confirms the subscription counts as lost
};

} // namespace et::client
