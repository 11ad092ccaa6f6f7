// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace et::test {

/// A loopback TCP peer for the cases the real server never produces on purpose: it records the
/// raw request bytes and answers with `reply` (or stays silent when `reply` is empty), so a test
/// can see the headers the client sent and how it treats silence or a broken answer.
class RawHttpPeer : public QTcpServer
{
public:
    explicit RawHttpPeer(QByteArray reply = {}) : m_reply(std::move(reply))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    received += socket->readAll();
                    if (!m_reply.isEmpty() && received.contains("\r\n\r\n")) {
                        socket->write(m_reply);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

    QByteArray received;

private:
    QByteArray m_reply;
};

} // namespace et::test
