// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QQueue>
#include <QTcpSocket>

namespace et::bench {

/// One HTTP/1.1 keep-alive connection on a raw QTcpSocket: requests are queued and sent one at a
/// time (no pipelining), answers come back in order with the caller's tag. It can bind its own
/// source address (any 127.0.0.x answers on loopback), so many simulated clients do not share
/// the server's per-address rate limit. Deliberately minimal — Content-Length bodies only, which
/// is all the reference server sends — because QNetworkAccessManager's own cost and its six
/// connections per host would be measured instead of the server.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        quint64 tag = 0;
        int status = 0;         ///< 0: no HTTP answer (refused, reset, closed)
        qsizetype bodyBytes = 0;
        QByteArray body;        ///< only with setKeepBodies(true)
        QString error;          ///< why status is 0
    };

    HttpConnection(const QHostAddress &server, quint16 port, const QHostAddress &source = {}, QObject *parent = nullptr);
    ~HttpConnection() override;

    void setKeepBodies(bool keep) { m_keepBodies = keep; }
    /// Sends `Authorization: Bearer <token>` with every request from now on (empty: none).
    void setBearerToken(const QByteArray &token);
    /// Connects now, so the first request does not pay for the handshake.
    void open();
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    /// Queues a request; `extraHeaders` are complete lines without CRLF ("Idempotency-Key: k").
    void request(const QByteArray &method, const QByteArray &target, quint64 tag, const QByteArray &body = {},
                 const QList<QByteArray> &extraHeaders = {});
    qsizetype pending() const { return m_queue.size(); } ///< queued or in flight

    /// One GET on a fresh connection to 127.0.0.1:`port`, waited for (body kept). For the
    /// bench's own bookkeeping requests (metrics, markers), not for measured load.
    static Answer fetch(quint16 port, const QByteArray &target, int timeoutMs = 10000);
    /// The same for any method and body (the bench's sign-in).
    static Answer exchange(quint16 port, const QByteArray &method, const QByteArray &target, const QByteArray &body,
                           int timeoutMs = 10000);

signals:
    void answered(const et::bench::HttpConnection::Answer &answer);

private:
    struct Request
    {
        quint64 tag;
        QByteArray bytes;
    };

    void sendNext();
    void onReadyRead();
    bool parseHead(qsizetype headEnd);
    void failAll(const QString &why);

    QTcpSocket m_socket;
    QHostAddress m_server;
    quint16 m_port;
    QHostAddress m_source;
    QByteArray m_hostHeader;
    QByteArray m_authHeader; ///< "Authorization: Bearer …", or empty
    QQueue<Request> m_queue; ///< head is in flight when m_inFlight
    bool m_inFlight = false;
    bool m_keepBodies = false;
    QByteArray m_buffer;
    // The answer being read: its status and body length once the head is in.
    int m_status = 0;
    qsizetype m_bodyLength = -1;
    bool m_closeAfter = false;
};

} // namespace et::bench
