// SPDX-License-Identifier: MIT
#include "httpconnection.h"

#include "eventwait.h"

namespace et::bench {

HttpConnection::HttpConnection(const QHostAddress &server, quint16 port, const QHostAddress &source, QObject *parent)
    : QObject(parent),
      m_server(server),
      m_port(port),
      m_source(source),
      m_hostHeader("Host: " + server.toString().toLatin1() + ':' + QByteArray::number(port))
{
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        // Small requests and answers: Nagle plus delayed ACKs would add 40 ms to the figures.
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        sendNext();
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        failAll(m_socket.errorString().isEmpty() ? QStringLiteral("closed by the server") : m_socket.errorString());
    });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            failAll(m_socket.errorString());
    });
}

HttpConnection::~HttpConnection()
{
    // Requests still queued die with the connection unreported: the owner is going away.
    m_socket.disconnect(this);
    m_socket.abort();
}

void HttpConnection::setBearerToken(const QByteArray &token)
{
    m_authHeader = token.isEmpty() ? QByteArray() : "Authorization: Bearer " + token;
}

HttpConnection::Answer HttpConnection::fetch(quint16 port, const QByteArray &target, int timeoutMs)
{
    return exchange(port, "GET", target, {}, timeoutMs);
}

HttpConnection::Answer HttpConnection::exchange(quint16 port, const QByteArray &method, const QByteArray &target,
                                                const QByteArray &body, int timeoutMs)
{
    HttpConnection c(QHostAddress::LocalHost, port);
    c.setKeepBodies(true);
    Answer answer;
    bool done = false;
    connect(&c, &HttpConnection::answered, &c, [&](const Answer &a) {
        answer = a;
        done = true;
    });
    c.request(method, target, 0, body);
    if (!waitUntil([&] { return done; }, timeoutMs))
        answer.error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    return answer;
}

void HttpConnection::open()
{
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    if (!m_source.isNull() && !m_socket.bind(m_source, 0)) {
        // Reported like a refused connection, so callers see one kind of failure.
        QMetaObject::invokeMethod(this, [this, why = m_socket.errorString()] { failAll(why); }, Qt::QueuedConnection);
        return;
    }
    m_socket.connectToHost(m_server, m_port);
}

void HttpConnection::request(const QByteArray &method, const QByteArray &target, quint64 tag, const QByteArray &body,
                             const QList<QByteArray> &extraHeaders)
{
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\n" + m_hostHeader + "\r\n";
    if (!m_authHeader.isEmpty())
        bytes += m_authHeader + "\r\n";
    for (const QByteArray &h : extraHeaders)
        bytes += h + "\r\n";
    if (!body.isEmpty() || method != "GET")
        bytes += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    bytes += "\r\n" + body;
    m_queue.enqueue({tag, bytes});
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        open();
    else
        sendNext();
}

void HttpConnection::sendNext()
{
    if (m_inFlight || m_queue.isEmpty() || m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    m_inFlight = true;
    m_status = 0;
    m_bodyLength = -1;
    m_closeAfter = false;
    m_socket.write(m_queue.head().bytes);
}

bool HttpConnection::parseHead(qsizetype headEnd)
{
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    m_status = statusLine.value(1).toInt();
    m_bodyLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            m_bodyLength = value.toLongLong();
        else if (name == "connection" && value.toLower() == "close")
            m_closeAfter = true;
        else if (name == "transfer-encoding")
            return false; // never sent by the reference server; not worth a decoder here
    }
    m_buffer.remove(0, headEnd + 4);
    return m_status > 0;
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket.readAll();
    while (m_inFlight) {
        if (m_bodyLength < 0) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            if (!parseHead(headEnd)) {
                m_socket.abort();
                failAll(QStringLiteral("unreadable HTTP answer"));
                return;
            }
        }
        if (m_buffer.size() < m_bodyLength)
            return;
        Answer answer;
        answer.tag = m_queue.dequeue().tag;
        answer.status = m_status;
        answer.bodyBytes = m_bodyLength;
        if (m_keepBodies)
            answer.body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        m_inFlight = false;
        m_bodyLength = -1;
        const bool close = m_closeAfter;
        emit answered(answer);
        if (close) {
            m_socket.disconnectFromHost();
            return;
        }
        sendNext();
    }
}

void HttpConnection::failAll(const QString &why)
{
    m_inFlight = false;
    m_bodyLength = -1;
    m_buffer.clear();
    const QQueue<Request> failed = std::exchange(m_queue, {});
    for (const Request &r : failed) {
        Answer answer;
        answer.tag = r.tag;
        answer.error = why.isEmpty() ? QStringLiteral("connection failed") : why;
        emit answered(answer);
    }
}

} // namespace et::bench
