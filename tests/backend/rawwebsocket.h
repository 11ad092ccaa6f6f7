// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpSocket>

namespace et::test {

/// A WebSocket client on a bare QTcpSocket, for tests that must control reading: QWebSocket
/// always drains the socket, this one reads only when asked. It can shrink the kernel's receive
/// buffer before connecting, do the RFC 6455 handshake, send masked text frames and parse the
/// server's frames from what it has read.
class RawWebSocket
{
public:
    /// Connects to ws://host:port/path with a receive buffer of `receiveBufferBytes` (0: the
    /// system's) and completes the handshake; false (see error()) when the server refuses.
    bool open(const QString &host, quint16 port, const QString &path, int receiveBufferBytes, int timeoutMs = 5000);
    void sendText(const QByteArray &text);
    /// Stops taking bytes from the kernel (Qt's buffer is capped at a few bytes and nothing reads
    /// it), so the server's unsent data piles up on its side.
    void stopReading();
    /// Reads what arrives for up to `timeoutMs` and returns the complete text messages so far.
    QList<QByteArray> readMessages(int timeoutMs);

    QTcpSocket &socket() { return m_socket; }
    QString error() const { return m_error; }

private:
    QList<QByteArray> takeFrames();

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_partial;
    QString m_error;
};

} // namespace et::test
