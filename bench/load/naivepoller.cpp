// SPDX-License-Identifier: MIT
#include "naivepoller.h"

namespace et::bench {

NaivePoller::NaivePoller(const QHostAddress &server, quint16 port, const QHostAddress &source, int phaseMs,
                         const QByteArray &accessToken, QObject *parent)
    : QObject(parent), m_connection(server, port, source), m_phaseMs(phaseMs)
{
    m_connection.setBearerToken(accessToken);
    m_timer.setInterval(1000);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &NaivePoller::poll);
    connect(&m_connection, &HttpConnection::answered, this, [this](const HttpConnection::Answer &a) {
        if (a.status == 0)
            ++m_failed;
        else
            ++m_statuses[a.status];
    });
}

const QList<QByteArray> &NaivePoller::snapshotPaths()
{
    static const QList<QByteArray> paths{"/api/v1/energy/balance", "/api/v1/trucks", "/api/v1/assets",
                                         "/api/v1/disasters"};
    return paths;
}

void NaivePoller::start()
{
    m_running = true;
    m_connection.open();
    QTimer::singleShot(m_phaseMs, this, [this] {
        if (!m_running)
            return;
        poll();
        m_timer.start();
    });
}

void NaivePoller::stop()
{
    m_running = false;
    m_timer.stop();
}

void NaivePoller::poll()
{
    const auto &paths = snapshotPaths();
    m_connection.request("GET", paths[qsizetype(m_sent % quint64(paths.size()))], m_sent);
    ++m_sent;
}

} // namespace et::bench
