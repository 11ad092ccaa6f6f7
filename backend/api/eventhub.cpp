// SPDX-License-Identifier: MIT
#include "api/eventhub.h"

#include "backendlogging.h"
#include "http/jsondepth.h"
#include "store/store.h"
#include "domain/permissions.h"
#include "domain/streamevent.h"
#include "domain/subscriberequest.h"
#include "domain/errorcode.h"

#include <QAbstractHttpServer>
#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>

namespace et::backend {

using domain::ControlMessage;
using domain::StreamEvent;

namespace {
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

EventHub::EventHub(Store &store, const QString &path, QObject *parent) : QObject(parent), m_store(store), m_path(path)
{
    connect(&m_store, &Store::committed, this, &EventHub::publish);
    for (const auto kind : {domain::EntityKind::Disaster, domain::EntityKind::Order}) {
        QSet<QString> &known = m_known[kind];
        if (auto rows = m_store.readAll(kind); rows.ok()) {
            for (const QJsonObject &o : rows.value())
                known.insert(o.value(QStringLiteral("id")).toString());
        }
    }
}

void EventHub::attach(QAbstractHttpServer &server)
{
    connect(&server, &QAbstractHttpServer::newWebSocketConnection, this, [this, &server] { accept(server); });
}

void EventHub::accept(QAbstractHttpServer &server)
{
    while (server.hasPendingWebSocketConnections()) {
        QWebSocket *socket = server.nextPendingWebSocketConnection().release();
        socket->setParent(this);
        // Qt has no upgrade verifier, so a socket on another path is refused here.
        if (socket->requestUrl().path() != m_path) {
            qCWarning(lcHttp).noquote() << "refused WebSocket on" << socket->requestUrl().path();
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unknown WebSocket path"));
            socket->deleteLater();
            continue;
        }
        // Control messages are tiny; refuse anything big before it is buffered.
        socket->setMaxAllowedIncomingMessageSize(64 * 1024);
        m_clients.insert(socket, Client{});
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) { onMessage(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &) {
            if (!m_clients.value(socket).principal)
                refuse(socket, domain::errorcode::unauthenticated, QStringLiteral("the first message must be a JSON text auth message"));
            else
                sendError(socket, QStringLiteral("bad_request"), QStringLiteral("binary messages are not supported; send JSON text"));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.remove(socket);
            socket->deleteLater();
            qCInfo(lcHttp).noquote() << "WebSocket client left;" << m_clients.size() << "connected";
        });
        // A socket that never signs in is not kept open.
        QTimer::singleShot(m_authTimeoutMs, socket, [this, socket] {
            if (m_clients.contains(socket) && !m_clients[socket].principal)
                refuse(socket, domain::errorcode::unauthenticated,
                       QStringLiteral("no auth message within %1 ms").arg(m_authTimeoutMs));
        });
        qCInfo(lcHttp).noquote() << "WebSocket client joined from" << socket->peerAddress().toString() << ";" << m_clients.size() << "connected";
    }
}

void EventHub::onMessage(QWebSocket *socket, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (const int depth = JsonDepth::of(bytes); depth > JsonDepth::kLimit) {
        sendError(socket, QStringLiteral("json_too_deep"), QStringLiteral("the message nests %1 levels deep; the limit is %2").arg(depth).arg(JsonDepth::kLimit));
        return;
    }
    domain::ClientRequest request = domain::decodeClientRequest(bytes);
    const bool signedIn = m_clients.value(socket).principal.has_value();
    if (const auto *auth = std::get_if<domain::AuthRequest>(&request)) {
        if (signedIn)
            sendError(socket, QStringLiteral("bad_request"), QStringLiteral("this socket is signed in already"));
        else
            signIn(socket, auth->token.toUtf8());
        return;
    }
    if (!signedIn) {
        refuse(socket, domain::errorcode::unauthenticated, QStringLiteral("the first message must be {\"event\":\"auth\",\"token\":...}"));
        return;
    }
    if (auto *refusal = std::get_if<ControlMessage>(&request)) {
        sendError(socket, refusal->errorCode, refusal->errorMessage);
        return;
    }
    subscribe(socket, std::get<domain::SubscribeRequest>(request).channels);
}

void EventHub::signIn(QWebSocket *socket, const QByteArray &token)
{
    auto who = m_authenticator ? m_authenticator(token)
                               : domain::Result<Principal>(domain::Error{{}, QStringLiteral("sign-in is not available"), domain::errorcode::unauthenticated});
    if (!who.ok()) {
        refuse(socket, who.error().code, who.error().message);
        return;
    }
    m_clients[socket].principal = who.value();
    ControlMessage reply;
    reply.event = QStringLiteral("authenticated");
    reply.cursor = m_store.cursor();
    reply.user = who.value().user;
    socket->sendTextMessage(compact(reply.toJson()));
    qCInfo(lcHttp).noquote() << "WebSocket client signed in as" << who.value().user.id;
}

void EventHub::subscribe(QWebSocket *socket, const QStringList &channels)
{
    Client &client = m_clients[socket];
    for (const QString &channel : channels) {
        const auto needed = domain::permissionForChannel(channel);
        if (!needed || !domain::allows(client.principal->user.role, *needed)) {
            sendError(socket, domain::errorcode::forbidden,
                      QStringLiteral("the %1 role may not read the %2 channel").arg(domain::toString(client.principal->user.role), channel));
            return;
        }
    }
    client.channels = QSet<QString>(channels.cbegin(), channels.cend());
    ControlMessage reply;
    reply.event = QStringLiteral("subscribed");
    reply.channels = channels;
    reply.cursor = m_store.cursor();
    socket->sendTextMessage(compact(reply.toJson()));
}

void EventHub::refuse(QWebSocket *socket, const QString &code, const QString &message)
{
    sendError(socket, code, message);
    m_clients[socket].channels.clear();
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, message.left(100));
}

void EventHub::closeWhere(const std::function<bool(const Principal &)> &match, const QString &reason)
{
    QList<QWebSocket *> closing;
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (it->principal && match(*it->principal)) {
            it->channels.clear();
            closing << it.key();
        }
    }
    for (QWebSocket *socket : closing) {
        qCInfo(lcHttp).noquote() << "closing a WebSocket:" << reason;
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
    }
}

void EventHub::closeLogins(const QStringList &loginIds)
{
    const QSet<QString> ended(loginIds.cbegin(), loginIds.cend());
    closeWhere([&](const Principal &p) { return ended.contains(p.loginId); }, QStringLiteral("the login has ended"));
}

void EventHub::closeUser(const QString &userId)
{
    closeWhere([&](const Principal &p) { return p.user.id == userId; }, QStringLiteral("the user's role changed; sign in again"));
}

void EventHub::sendError(QWebSocket *socket, const QString &code, const QString &message)
{
    ControlMessage error;
    error.event = QStringLiteral("error");
    error.errorCode = code;
    error.errorMessage = message;
    error.cursor = m_store.cursor();
    socket->sendTextMessage(compact(error.toJson()));
}

void EventHub::publish(const QList<domain::Change> &changes)
{
    for (const auto &change : changes) {
        const QString channel = domain::channel::forEntity(change.entity);
        if (channel.isEmpty())
            continue; // centers change by sync only
        StreamEvent event = StreamEvent::fromChange(change);
        if (const auto known = m_known.find(change.entity); known != m_known.end()) {
            // A deleted id may come back as a new entity (orders: the console picks the id).
            if (change.op == domain::ChangeOp::Delete)
                known->remove(change.id);
            else if (!known->contains(change.id)) {
                event.event = domain::toString(change.entity) + QStringLiteral(".created");
                known->insert(change.id);
            }
        }
        QString text;
        for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
            if (!it->channels.contains(channel))
                continue;
            QWebSocket *socket = it.key();
            if (it->lagging) {
                if (socket->bytesToWrite() > m_maxBacklog / 4) {
                    ++m_dropped;
                    continue;
                }
                it->lagging = false;
                ControlMessage resync;
                resync.event = QStringLiteral("resync");
                resync.cursor = change.cursor - 1;
                socket->sendTextMessage(compact(resync.toJson()));
                ++m_resyncs;
                qCInfo(lcHttp).noquote() << "WebSocket client caught up; asked it to resync from" << resync.cursor;
            } else if (socket->bytesToWrite() > m_maxBacklog) {
                it->lagging = true;
                qCWarning(lcHttp).noquote() << "WebSocket client is not reading; dropping its events from cursor" << change.cursor;
                ++m_dropped;
                continue;
            }
            if (text.isEmpty())
                text = compact(event.toJson());
            socket->sendTextMessage(text);
            ++m_sent;
        }
    }
}

} // namespace et::backend
