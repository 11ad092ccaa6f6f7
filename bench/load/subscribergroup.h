// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <vector>

class QWebSocket;

namespace et::bench {

/// When one subscriber saw one `disaster.created` event (steady clock, nanoseconds).
struct Receipt
{
    int client = 0;
    QString disasterId;
    qint64 atNs = 0;
};

/// The WebSocket subscribers that live in one receiving thread: each is a QWebSocket to
/// /api/v1/ws that signs in first (`auth` with the bench's access token) and, once
/// `authenticated`, subscribes to every channel, as the console does. Opening is paced (at most
/// `maxHandshakes` in flight), so the ramp measures the server and not a SYN flood against its
/// accept backlog. Every text message is counted; `disaster.created` ones are timestamped on
/// arrival for the fan-out probe. Counters are atomics the main thread may read at any time;
/// the slots run in the group's own thread.
class SubscriberGroup : public QObject
{
    Q_OBJECT
public:
    SubscriberGroup(int maxHandshakes, QObject *parent = nullptr);
    ~SubscriberGroup() override;

    /// Adds subscribers numbered `firstClient`... to `url`, signing in with `accessToken` (call
    /// through a queued invoke).
    Q_INVOKABLE void openMore(const QUrl &url, const QString &accessToken, int firstClient, int count);
    /// Aborts every socket (call through a blocking queued invoke before the thread ends).
    Q_INVOKABLE void closeAll();
    /// The receipts so far, emptied. Thread safe.
    QList<Receipt> takeReceipts();
    QString firstError() const; ///< thread safe

    std::atomic<int> subscribed{0};   ///< got their "subscribed" answer (after "authenticated")
    std::atomic<int> failed{0};       ///< handshake failed or timed out
    std::atomic<int> dropped{0};      ///< lost after subscribing
    std::atomic<quint64> messages{0}; ///< text messages received, all kinds
    std::atomic<quint64> bytes{0};

private:
    struct Subscriber
    {
        QWebSocket *socket = nullptr;
        int client = 0;
        bool authenticated = false;
        bool subscribed = false;
        bool finished = false; ///< failed or dropped: counted once
        qint64 startedMs = 0;
    };

    void startNext();
    void onMessage(Subscriber *s, const QString &text);
    void onFailure(Subscriber *s, const QString &why);
    void checkTimeouts();
    void noteError(const QString &why);

    int m_maxHandshakes;
    int m_handshaking = 0;
    QUrl m_url;
    QString m_authMessage; ///< {"event":"auth","token":…}, the first message of every socket
    QList<int> m_waiting;                 ///< client numbers not opened yet
    std::vector<Subscriber *> m_subscribers;
    QElapsedTimer m_clock;
    QTimer m_timeoutCheck;
    mutable QMutex m_mutex; ///< guards m_receipts and m_firstError
    QList<Receipt> m_receipts;
    QString m_firstError;
};

} // namespace et::bench
