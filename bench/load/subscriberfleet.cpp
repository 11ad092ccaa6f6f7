// SPDX-License-Identifier: MIT
#include "subscriberfleet.h"

#include <QThread>

namespace et::bench {

SubscriberFleet::SubscriberFleet(int threads, int handshakesPerThread, QObject *parent) : QObject(parent)
{
    for (int i = 0; i < std::max(1, threads); ++i) {
        auto *thread = new QThread(this);
        thread->setObjectName(QStringLiteral("subscribers-%1").arg(i));
        auto *group = new SubscriberGroup(handshakesPerThread);
        group->moveToThread(thread);
        connect(thread, &QThread::finished, group, &QObject::deleteLater);
        thread->start();
        m_threads.append(thread);
        m_groups.append(group);
    }
}

SubscriberFleet::~SubscriberFleet()
{
    closeAll();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->quit();
        thread->wait();
    }
}

void SubscriberFleet::growTo(const QUrl &webSocketUrl, const QByteArray &accessToken, int total)
{
    const int more = total - m_requested;
    if (more <= 0)
        return;
    const int groups = int(m_groups.size());
    for (int g = 0; g < groups; ++g) {
        // Client numbers stay unique across calls: group g gets every groups-th block.
        const int count = more / groups + (g < more % groups ? 1 : 0);
        if (count == 0)
            continue;
        const int first = m_requested + (more / groups) * g + std::min(g, more % groups);
        QMetaObject::invokeMethod(m_groups[g], "openMore", Qt::QueuedConnection, Q_ARG(QUrl, webSocketUrl),
                                  Q_ARG(QString, QString::fromLatin1(accessToken)), Q_ARG(int, first), Q_ARG(int, count));
    }
    m_requested = total;
}

void SubscriberFleet::closeAll()
{
    for (SubscriberGroup *group : std::as_const(m_groups))
        QMetaObject::invokeMethod(group, "closeAll", Qt::BlockingQueuedConnection);
    m_requested = 0;
}

QString SubscriberFleet::firstError() const
{
    for (const SubscriberGroup *g : m_groups) {
        if (const QString e = g->firstError(); !e.isEmpty())
            return e;
    }
    return {};
}

QList<Receipt> SubscriberFleet::takeReceipts()
{
    QList<Receipt> all;
    for (SubscriberGroup *g : std::as_const(m_groups))
        all += g->takeReceipts();
    return all;
}

} // namespace et::bench
