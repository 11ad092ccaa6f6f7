// SPDX-License-Identifier: MIT
#include "rawwebsocket.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QRandomGenerator>

namespace et::test {

namespace {
const QByteArray kGuid = QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
}

bool RawWebSocket::open(const QString &host, quint16 port, const QString &path, int receiveBufferBytes, int timeoutMs)
{
    // SO_RCVBUF must be set before the connection exists to shrink the advertised window;
    // binding first gives the socket its descriptor so the option reaches it.
    if (receiveBufferBytes > 0) {
        if (!m_socket.bind(QHostAddress(host), 0)) {
            m_error = m_socket.errorString();
            return false;
        }
        m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, receiveBufferBytes);
    }
    m_socket.connectToHost(host, port);
    if (!m_socket.waitForConnected(timeoutMs)) {
        m_error = m_socket.errorString();
        return false;
    }
    QByteArray nonce(16, Qt::Uninitialized);
    for (char &c : nonce)
        c = char(QRandomGenerator::global()->bounded(256));
    const QByteArray key = nonce.toBase64();
    m_socket.write("GET " + path.toLatin1() + " HTTP/1.1\r\nHost: " + host.toLatin1() + ':' + QByteArray::number(port)
                   + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
                   + "\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QDeadlineTimer deadline(timeoutMs);
    while (!m_buffer.contains("\r\n\r\n") && !deadline.hasExpired()) {
        m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        m_buffer += m_socket.readAll();
    }
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        m_error = QStringLiteral("no handshake answer");
        return false;
    }
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + 4);
    const QByteArray accept = QCryptographicHash::hash(key + kGuid, QCryptographicHash::Sha1).toBase64();
    if (!head.startsWith("HTTP/1.1 101") || !head.contains(accept)) {
        m_error = QString::fromLatin1(head);
        return false;
    }
    return true;
}

void RawWebSocket::sendText(const QByteArray &text)
{
    // Client frames are masked (RFC 6455 5.3); short control messages only, so at most 64 KiB.
    QByteArray frame;
    frame.append(char(0x81));
    if (text.size() < 126) {
        frame.append(char(0x80 | text.size()));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char(text.size() >> 8));
        frame.append(char(text.size() & 0xff));
    }
    const quint32 mask = QRandomGenerator::global()->generate();
    const char maskBytes[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
    frame.append(maskBytes, 4);
    for (qsizetype i = 0; i < text.size(); ++i)
        frame.append(char(text[i] ^ maskBytes[i % 4]));
    m_socket.write(frame);
    m_socket.flush();
}

void RawWebSocket::stopReading()
{
    m_socket.setReadBufferSize(16);
}

QList<QByteArray> RawWebSocket::readMessages(int timeoutMs)
{
    m_socket.setReadBufferSize(0);
    QDeadlineTimer deadline(timeoutMs);
    do {
        m_buffer += m_socket.readAll();
        if (m_socket.waitForReadyRead(int(std::min<qint64>(50, std::max<qint64>(1, deadline.remainingTime())))))
            m_buffer += m_socket.readAll();
    } while (!deadline.hasExpired());
    return takeFrames();
}

QList<QByteArray> RawWebSocket::takeFrames()
{
    QList<QByteArray> messages;
    for (;;) {
        if (m_buffer.size() < 2)
            break;
        const quint8 b0 = quint8(m_buffer[0]), b1 = quint8(m_buffer[1]);
        qint64 length = b1 & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (m_buffer.size() < 4)
                break;
            length = (qint64(quint8(m_buffer[2])) << 8) | quint8(m_buffer[3]);
            header = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10)
                break;
            length = 0;
            for (int i = 2; i < 10; ++i)
                length = (length << 8) | quint8(m_buffer[i]);
            header = 10;
        }
        if (m_buffer.size() < header + length)
            break;
        const QByteArray payload = m_buffer.mid(header, length);
        m_buffer.remove(0, header + length);
        const int opcode = b0 & 0x0f;
        if (opcode == 0x1 || opcode == 0x0) {
            m_partial += payload;
            if (b0 & 0x80) {
                messages << m_partial;
                m_partial.clear();
            }
        }
    }
    return messages;
}

} // namespace et::test
