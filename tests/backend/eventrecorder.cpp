// SPDX-License-Identifier: MIT
#include "eventrecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace et::test {

namespace {
// Runs the event loop until `done` holds or the time is up.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}
} // namespace

QString authMessage(const QString &accessToken)
{
    domain::ControlMessage auth;
    auth.event = QStringLiteral("auth");
    auth.token = accessToken;
    return QString::fromUtf8(QJsonDocument(auth.toJson()).toJson(QJsonDocument::Compact));
}

bool EventRecorder::open(const QUrl &http, const QStringList &channels, const QString &accessToken, int timeoutMs)
{
    QUrl url = http;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/ws"));
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString event = o.value(QStringLiteral("event")).toString();
        if (event == u"authenticated")
            authenticated = true;
        else if (event == u"resync")
            ++resyncs;
        else if (event == u"subscribed")
            subscribedCursor = qint64(o.value(QStringLiteral("cursor")).toDouble());
        else if (auto e = domain::StreamEvent::fromJson(o); e.ok())
            events << e.value();
    });
    m_socket.open(url);
    if (!waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs))
        return false;
    m_socket.sendTextMessage(authMessage(accessToken));
    if (!waitFor([this] { return authenticated; }, timeoutMs))
        return false;
    domain::ControlMessage subscribe;
    subscribe.event = QStringLiteral("subscribe");
    subscribe.channels = channels;
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(subscribe.toJson()).toJson(QJsonDocument::Compact)));
    return waitFor([this] { return subscribedCursor > 0; }, timeoutMs);
}

} // namespace et::test
