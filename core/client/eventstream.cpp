// SPDX-License-Identifier: MIT
#include "eventstream.h"

#include "clientlogging.h"
#include "restclient.h"
#include "domain/errorcode.h"
#include "domain/servermessage.h"

#include <QJsonDocument>
#include <QNetworkRequest>

namespace et::client {

EventStream::EventStream(QObject *parent) : QObject(parent), m_channels(domain::channel::all())
{
    m_quiet.setSingleShot(true);
    m_pongDeadline.setSingleShot(true);
    setKeepAlive(std::chrono::seconds(30), std::chrono::seconds(10));
    connect(&m_quiet, &QTimer::timeout, this, [this] {
        m_socket.ping();
        m_pongDeadline.start();
    });
    connect(&m_pongDeadline, &QTimer::timeout, this, [this] {
        const QString why = tr("no answer from the server for %1 s").arg((m_quiet.interval() + m_pongDeadline.interval()) / 1000);
        qCInfo(lcClientWs) << why;
        reportDisconnect(why);
        m_closing = true;
        m_socket.abort();
    });
    connect(&m_socket, &QWebSocket::pong, this, &EventStream::heardFromServer);
    // Never ignored: unheeded, they abort the handshake before the upgrade request is sent.
    connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        heardFromServer();
        qCInfo(lcClientWs) << "connected to" << m_socket.requestUrl().toString();
        const QString token = m_tokens ? m_tokens->accessToken() : QString();
        if (token.isEmpty()) {
            sendSubscribe();
            return;
        }
        // The server reads nothing but `auth` first; the subscription follows its `authenticated`.
        domain::ControlMessage auth;
        auth.event = QStringLiteral("auth");
        auth.token = token;
        sendControl(auth);
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &EventStream::onTextMessage);
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) {
        emit malformedMessage(tr("unexpected binary message on the event stream"));
    });
    // Qt 6.4 has no QWebSocket::errorOccurred. A failed connect gives only error(); a dropped
    // connection gives disconnected() (often after error()). Either way report it once.
    connect(&m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
        qCInfo(lcClientWs) << "socket error:" << m_socket.errorString();
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            reportDisconnect(socketErrorText());
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_quiet.stop();
        m_pongDeadline.stop();
        QString reason = m_socket.closeReason();
        if (reason.isEmpty())
            reason = m_socket.error() == QAbstractSocket::UnknownSocketError ? tr("connection closed by the server")
                                                                             : socketErrorText();
        reportDisconnect(reason);
    });
}

EventStream::~EventStream()
{
    m_closing = true;
    m_socket.abort();
}

QUrl EventStream::webSocketUrl(const QUrl &serverUrl)
{
    QUrl url = serverUrl;
    url.setScheme(serverUrl.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1/ws"));
    url.setQuery(QString());
    return url;
}

void EventStream::setKeepAlive(std::chrono::milliseconds quiet, std::chrono::milliseconds deadline)
{
    m_quiet.setInterval(quiet);
    m_pongDeadline.setInterval(deadline);
}

void EventStream::heardFromServer()
{
    m_pongDeadline.stop();
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        m_quiet.start();
}

QString EventStream::socketErrorText() const
{
    return m_sslErrors.isEmpty() ? m_socket.errorString() : TlsConfig::untrustedError(m_sslErrors).message;
}

void EventStream::sendControl(const domain::ControlMessage &message)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message.toJson()).toJson(QJsonDocument::Compact)));
}

void EventStream::sendSubscribe()
{
    domain::ControlMessage subscribe;
    subscribe.event = QStringLiteral("subscribe");
    subscribe.channels = m_channels;
    sendControl(subscribe);
}

void EventStream::setAccessTokenSource(AccessTokenSource *source)
{
    m_tokens = source;
}

void EventStream::setChannels(const QStringList &channels)
{
    m_channels = channels;
}

void EventStream::setTlsConfig(const TlsConfig &tls)
{
    m_tls = tls;
}

void EventStream::reportDisconnect(const QString &reason)
{
    if (m_closing || m_reported)
        return;
    m_reported = true;
    m_lastError = domain::Error{{}, reason, m_sslErrors.isEmpty() ? domain::errorcode::unreachable : TlsConfig::untrustedCode()};
    qCInfo(lcClientWs) << "disconnected:" << reason;
    emit disconnected(reason);
}

void EventStream::open(const QUrl &serverUrl)
{
    m_closing = true;
    m_socket.abort();
    m_closing = false;
    m_reported = false;
    m_sslErrors.clear();
    m_lastError = domain::Error();
    QNetworkRequest request(webSocketUrl(serverUrl));
    request.setHeader(QNetworkRequest::UserAgentHeader, RestClient::userAgent());
    if (request.url().scheme() == u"wss")
        m_socket.setSslConfiguration(m_tls.sslConfiguration());
    m_socket.open(request);
}

void EventStream::close()
{
    m_quiet.stop();
    m_pongDeadline.stop();
    m_closing = true;
    m_socket.close();
    m_socket.abort();
}

bool EventStream::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void EventStream::onTextMessage(const QString &text)
{
    heardFromServer();
    const auto message = domain::ServerMessage::decode(text.toUtf8());
    if (!message.ok()) {
        emit malformedMessage(message.error().toString());
        return;
    }
    if (const domain::StreamEvent *event = message.value().event()) {
        emit eventReceived(*event);
        return;
    }
    const domain::ControlMessage &m = *message.value().control();
    if (m.event == u"authenticated") {
        sendSubscribe();
    } else if (m.event == u"subscribed") {
        emit subscribed(m.cursor);
    } else if (m.event == u"resync") {
        emit resyncRequested(m.cursor);
    } else {
        // An expired token: the server closes this socket; renew now so the reconnect that
        // follows signs in with a fresh one. Any other refusal of the token is for the token
        // source to decide (a refresh, or a sign-in).
        if (m_tokens && domain::errorcode::renewsToken(m.errorCode))
            m_tokens->renewAccessToken(this, [](bool) {});
        emit serverError(m.errorCode, m.errorMessage);
    }
}

} // namespace et::client
