// SPDX-License-Identifier: MIT
#pragma once

#include <QSslServer>
#include <QSslSocket>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

namespace et::test {

/// A loopback HTTPS peer: answers every request with 200 and `{"status":"ok"}`, and counts the
/// requests that reached it — after an untrusted handshake there must be none.
class HttpsPeer : public QSslServer
{
public:
    explicit HttpsPeer(const QSslConfiguration &configuration)
    {
        setSslConfiguration(configuration);
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received[socket] += socket->readAll();
                    if (!m_received[socket].contains("\r\n\r\n"))
                        return;
                    ++requests;
                    const QByteArray body = R"({"status":"ok"})";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(serverPort())); }

    int requests = 0;

private:
    QHash<QTcpSocket *, QByteArray> m_received;
};

/// A loopback WSS peer: confirms the stream's subscription with cursor 7, and counts the
/// WebSocket connections that reached it.
class WssPeer : public QWebSocketServer
{
public:
    explicit WssPeer(const QSslConfiguration &configuration) : QWebSocketServer(QStringLiteral("wss peer"), SecureMode)
    {
        setSslConfiguration(configuration);
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = nextPendingConnection()) {
                ++connections;
                socket->setParent(this);
                connect(socket, &QWebSocket::textMessageReceived, socket, [socket](const QString &) {
                    socket->sendTextMessage(QStringLiteral(R"({"event":"subscribed","channels":["trucks"],"cursor":7})"));
                });
            }
        });
    }
    /// The https:// server URL EventStream turns into wss://…/api/v1/ws.
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(serverPort())); }

    int connections = 0;
};

} // namespace et::test
