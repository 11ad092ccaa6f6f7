// SPDX-License-Identifier: MIT
#pragma once

#include "httpconnection.h"

#include <QMap>
#include <QObject>
#include <QTimer>

namespace et::bench {

/// The client the source document's backend fell over from: it asks for a snapshot list once a
/// second whether anything changed or not (balance, trucks, assets, disasters in turn — one
/// request a second, the document's "at least one request per user per second"). It keeps one
/// keep-alive connection from its own source address, sends the access token with every request
/// and counts what it sent and got back.
class NaivePoller : public QObject
{
    Q_OBJECT
public:
    /// `phaseMs` delays the first request, so a fleet spreads over the second like real users.
    NaivePoller(const QHostAddress &server, quint16 port, const QHostAddress &source, int phaseMs, const QByteArray &accessToken,
                QObject *parent = nullptr);

    void start();
    void stop();
    quint64 sent() const { return m_sent; }
    quint64 failed() const { return m_failed; }
    const QMap<int, quint64> &statuses() const { return m_statuses; }

    static const QList<QByteArray> &snapshotPaths();

private:
    void poll();

    HttpConnection m_connection;
    QTimer m_timer;
    int m_phaseMs;
    bool m_running = false;
    quint64 m_sent = 0;
    quint64 m_failed = 0;
    QMap<int, quint64> m_statuses;
};

} // namespace et::bench
