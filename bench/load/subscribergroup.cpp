// SPDX-License-Identifier: MIT
#include "subscribergroup.h"

#include "domain/streamevent.h"
#include "steadyclock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QWebSocket>

namespace et::bench {

namespace {
constexpr qint64 kHandshakeTimeoutMs = 20000;

QString encoded(const domain::ControlMessage &m)
{
    return QString::fromUtf8(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact));
}

QString subscribeMessage()
{
    domain::ControlMessage m;
    m.event = QStringLiteral("subscribe");
    m.channels = domain::channel::all();
    return encoded(m);
}

QString authMessage(const QString &token)
{
    domain::ControlMessage m;
    m.event = QStringLiteral("auth");
    m.token = token;
    return encoded(m);
}
} // namespace

SubscriberGroup::SubscriberGroup(int maxHandshakes, QObject *parent)
    : QObject(parent), m_maxHandshakes(std::max(1, maxHandshakes)), m_timeoutCheck(this)
{
    m_clock.start();
    m_timeoutCheck.setInterval(1000);
    connect(&m_timeoutCheck, &QTimer::timeout, this, &SubscriberGroup::checkTimeouts);
}

SubscriberGroup::~SubscriberGroup()
{
    closeAll();
}

void SubscriberGroup::openMore(const QUrl &url, const QString &accessToken, int firstClient, int count)
{
    m_url = url;
    m_authMessage = authMessage(accessToken);
    for (int i = 0; i < count; ++i)
        m_waiting.append(firstClient + i);
    if (!m_timeoutCheck.isActive())
        m_timeoutCheck.start();
    startNext();
}

void SubscriberGroup::startNext()
{
    while (m_handshaking < m_maxHandshakes && !m_waiting.isEmpty()) {
        auto *s = new Subscriber;
        s->client = m_waiting.takeFirst();
        s->socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        s->startedMs = m_clock.elapsed();
        m_subscribers.push_back(s);
        ++m_handshaking;
        QWebSocket *ws = s->socket;
        connect(ws, &QWebSocket::connected, this, [this, ws] { ws->sendTextMessage(m_authMessage); });
        connect(ws, &QWebSocket::textMessageReceived, this, [this, s](const QString &text) { onMessage(s, text); });
        connect(ws, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
                [this, s](QAbstractSocket::SocketError) { onFailure(s, s->socket->errorString()); });
        connect(ws, &QWebSocket::disconnected, this, [this, s] {
            onFailure(s, s->socket->closeReason().isEmpty() ? QStringLiteral("closed") : s->socket->closeReason());
        });
        ws->open(m_url);
    }
}

void SubscriberGroup::onMessage(Subscriber *s, const QString &text)
{
    const qint64 now = steadyNs();
    messages.fetch_add(1, std::memory_order_relaxed);
    bytes.fetch_add(quint64(text.size()), std::memory_order_relaxed);
    if (!s->subscribed) {
        if (!s->authenticated && text.contains(u"\"event\":\"authenticated\"")) {
            s->authenticated = true;
            s->socket->sendTextMessage(subscribeMessage());
        } else if (text.contains(u"\"event\":\"error\"")) {
            onFailure(s, text.left(300)); // a refused token or subscription: the server's own words
            s->socket->abort();
        } else if (text.contains(u"\"event\":\"subscribed\"")) {
            s->subscribed = true;
            ++subscribed;
            --m_handshaking;
            startNext();
        }
        return;
    }
    // Only the probe's events are decoded; everything else is just counted, so the receiving
    // threads stay cheap next to the server they share the cores with.
    if (!text.contains(u"\"disaster.created\""))
        return;
    const QJsonObject data = QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("data")).toObject();
    QMutexLocker lock(&m_mutex);
    m_receipts.append({s->client, data.value(QStringLiteral("id")).toString(), now});
}

void SubscriberGroup::onFailure(Subscriber *s, const QString &why)
{
    if (s->finished)
        return;
    s->finished = true;
    if (s->subscribed) {
        ++dropped;
    } else {
        ++failed;
        --m_handshaking;
    }
    noteError(why);
    startNext();
}

void SubscriberGroup::checkTimeouts()
{
    const qint64 now = m_clock.elapsed();
    for (Subscriber *s : m_subscribers) {
        if (!s->subscribed && !s->finished && now - s->startedMs > kHandshakeTimeoutMs) {
            onFailure(s, QStringLiteral("no subscription within %1 s").arg(kHandshakeTimeoutMs / 1000));
            s->socket->abort();
        }
    }
}

void SubscriberGroup::noteError(const QString &why)
{
    QMutexLocker lock(&m_mutex);
    if (m_firstError.isEmpty())
        m_firstError = why;
}

void SubscriberGroup::closeAll()
{
    m_waiting.clear();
    m_timeoutCheck.stop();
    for (Subscriber *s : m_subscribers) {
        s->finished = true; // a deliberate close is no failure
        s->socket->disconnect(this);
        s->socket->abort();
        delete s->socket;
        delete s;
    }
    m_subscribers.clear();
    m_handshaking = 0;
}

QList<Receipt> SubscriberGroup::takeReceipts()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_receipts, {});
}

QString SubscriberGroup::firstError() const
{
    QMutexLocker lock(&m_mutex);
    return m_firstError;
}

} // namespace et::bench
