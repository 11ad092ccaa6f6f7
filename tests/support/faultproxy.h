// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace et::test {

/// A TCP proxy on a loopback port in front of the real server, for fault tests: it forwards both
/// ways byte for byte (HTTP and WebSocket alike) until told to misbehave the way networks do —
/// refuse new connections, stall (hold every byte, as a dead link does, with no FIN), let requests
/// through but hold the answers, drop every
/// connection at once, or cut each connection after a number of bytes from the server, in the
/// middle of a message. It runs in the test's own event loop.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Pass,    ///< forward everything
        Refuse,  ///< close new connections at once (existing ones keep going)
        Stall,   ///< forward nothing, close nothing: bytes wait in the proxy
        /// forward what the client sends, hold what the server answers: a request that reaches
        /// the server and takes effect while its answer never arrives
        HoldReplies,
    };

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    /// Listens on a free loopback port in front of `upstreamPort`.
    bool start(quint16 upstreamPort);
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }

    /// Sets the mode; Pass also ends holdRepliesAfter() and releases what it held.
    void setMode(Mode mode);
    /// HoldReplies for one request only: a connection whose client sends `request` (such as
    /// "POST /api/v1/orders ") gets no answer from then on, while earlier answers on it — a token
    /// renewal before the command — went through. Ended by setMode(Mode::Pass).
    void holdRepliesAfter(const QByteArray &request) { m_holdAfter = request; }
    Mode mode() const { return m_mode; }
    /// Aborts every connection now (both sides see a reset).
    void dropAll();
    /// From now on each server-to-client stream is cut (both sides aborted) after `bytes` more
    /// bytes — usually inside an HTTP body or a WebSocket frame. 0 turns it off.
    void cutAfterServerBytes(qint64 bytes) { m_cutAfter = bytes; }

    int connectionsAccepted() const { return m_accepted; }
    /// Every byte that passed, both ways, in arrival order (for tests of what is never sent).
    const QByteArray &traffic() const { return m_traffic; }
    int connectionsCut() const { return m_cut; }
    int openConnections() const;

private:
    QByteArray m_traffic;
    struct Pipe
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray toUpstream;   ///< held while stalled or while the upstream connects
        QByteArray toClient;
        qint64 serverBytesLeft = -1; ///< -1: no cut armed for this pipe
        bool holding = false;        ///< the client sent the holdRepliesAfter() request
    };

    void accept();
    void pump(Pipe *pipe);
    void close(Pipe *pipe, bool abort);

    QTcpServer m_server;
    quint16 m_upstreamPort = 0;
    Mode m_mode = Mode::Pass;
    qint64 m_cutAfter = 0;
    QByteArray m_holdAfter;
    QList<Pipe *> m_pipes;
    int m_accepted = 0;
    int m_cut = 0;
};

} // namespace et::test
