// SPDX-License-Identifier: MIT
#pragma once

#include "subscribergroup.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QThread;

namespace et::bench {

/// Many WebSocket subscribers spread over a few receiving threads (SubscriberGroup each), so the
/// measuring side is not one thread queueing behind the server it measures. Sums the groups'
/// counters and collects their receipts.
class SubscriberFleet : public QObject
{
    Q_OBJECT
public:
    /// `handshakesPerThread` bounds the connections each thread opens at once.
    SubscriberFleet(int threads, int handshakesPerThread, QObject *parent = nullptr);
    ~SubscriberFleet() override;

    /// Opens more subscribers until `total` have been asked for (round-robin over the threads),
    /// each signing in with `accessToken`.
    void growTo(const QUrl &webSocketUrl, const QByteArray &accessToken, int total);
    void closeAll();

    int requested() const { return m_requested; }
    int subscribed() const { return sum(&SubscriberGroup::subscribed); }
    int failed() const { return sum(&SubscriberGroup::failed); }
    int dropped() const { return sum(&SubscriberGroup::dropped); }
    quint64 messages() const { return sum(&SubscriberGroup::messages); }
    quint64 bytes() const { return sum(&SubscriberGroup::bytes); }
    QString firstError() const;
    QList<Receipt> takeReceipts();

private:
    template<typename T>
    T sum(std::atomic<T> SubscriberGroup::*counter) const
    {
        T n = 0;
        for (const SubscriberGroup *g : m_groups)
            n += (g->*counter).load();
        return n;
    }

    QList<QThread *> m_threads;
    QList<SubscriberGroup *> m_groups;
    int m_requested = 0;
};

} // namespace et::bench
