// SPDX-License-Identifier: MIT
#include "faultproxy.h"

#include <QUrl>

namespace et::test {

FaultProxy::FaultProxy(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    // Aborting a socket emits disconnected() at once, which would close (and free) its pipe
    // while we walk the list: take the list first and cut the sockets loose.
    const QList<Pipe *> pipes = std::exchange(m_pipes, {});
    for (Pipe *pipe : pipes) {
        for (QTcpSocket *socket : {pipe->client.data(), pipe->upstream.data()}) {
            if (!socket)
                continue;
            socket->disconnect(this);
            socket->abort();
            delete socket;
        }
        delete pipe;
    }
}

bool FaultProxy::start(quint16 upstreamPort)
{
    m_upstreamPort = upstreamPort;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

int FaultProxy::openConnections() const
{
    int n = 0;
    for (const Pipe *pipe : m_pipes) {
        if (pipe->client && pipe->client->state() == QAbstractSocket::ConnectedState)
            ++n;
    }
    return n;
}

void FaultProxy::setMode(Mode mode)
{
    m_mode = mode;
    if (mode == Mode::Pass) {
        m_holdAfter.clear();
        for (Pipe *pipe : std::as_const(m_pipes))
            pipe->holding = false;
        // A copy: releasing held bytes may cut a pipe, which removes it from m_pipes.
        const QList<Pipe *> pipes = m_pipes;
        for (Pipe *pipe : pipes)
            pump(pipe);
    }
}

void FaultProxy::dropAll()
{
    const QList<Pipe *> pipes = m_pipes;
    for (Pipe *pipe : pipes)
        close(pipe, true);
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_accepted;
        if (m_mode == Mode::Refuse) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *pipe = new Pipe;
        pipe->client = client;
        pipe->upstream = new QTcpSocket(this);
        client->setParent(this);
        if (m_cutAfter > 0)
            pipe->serverBytesLeft = m_cutAfter;
        m_pipes.append(pipe);
        connect(client, &QTcpSocket::readyRead, this, [this, pipe] {
            const QByteArray bytes = pipe->client->readAll();
            m_traffic += bytes;
            pipe->toUpstream += bytes;
            pump(pipe);
        });
        connect(pipe->upstream, &QTcpSocket::readyRead, this, [this, pipe] {
            const QByteArray bytes = pipe->upstream->readAll();
            m_traffic += bytes;
            pipe->toClient += bytes;
            pump(pipe);
        });
        connect(pipe->upstream, &QTcpSocket::connected, this, [this, pipe] { pump(pipe); });
        // An end on either side ends the pair, after what is already here has been passed on.
        connect(client, &QTcpSocket::disconnected, this, [this, pipe] { close(pipe, false); });
        connect(pipe->upstream, &QTcpSocket::disconnected, this, [this, pipe] {
            pump(pipe);
            close(pipe, false);
        });
        connect(pipe->upstream, &QTcpSocket::errorOccurred, this, [this, pipe](QAbstractSocket::SocketError) {
            if (pipe->upstream && pipe->upstream->state() != QAbstractSocket::ConnectedState)
                close(pipe, true);
        });
        pipe->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

void FaultProxy::pump(Pipe *pipe)
{
    if (m_mode == Mode::Stall || !m_pipes.contains(pipe))
        return;
    if (pipe->upstream && pipe->upstream->state() == QAbstractSocket::ConnectedState && !pipe->toUpstream.isEmpty()) {
        if (!m_holdAfter.isEmpty() && pipe->toUpstream.contains(m_holdAfter))
            pipe->holding = true;
        pipe->upstream->write(std::exchange(pipe->toUpstream, {}));
    }
    if (m_mode == Mode::HoldReplies || pipe->holding)
        return;
    if (pipe->client && !pipe->toClient.isEmpty()) {
        QByteArray chunk = std::exchange(pipe->toClient, {});
        bool cut = false;
        if (pipe->serverBytesLeft >= 0 && chunk.size() >= pipe->serverBytesLeft) {
            chunk.truncate(pipe->serverBytesLeft);
            cut = true;
        }
        if (pipe->serverBytesLeft >= 0)
            pipe->serverBytesLeft -= chunk.size();
        pipe->client->write(chunk);
        if (cut) {
            ++m_cut;
            pipe->client->flush();
            close(pipe, true);
        }
    }
}

void FaultProxy::close(Pipe *pipe, bool abort)
{
    if (!m_pipes.removeOne(pipe))
        return;
    for (QTcpSocket *socket : {pipe->client.data(), pipe->upstream.data()}) {
        if (!socket)
            continue;
        socket->disconnect(this);
        if (abort)
            socket->abort();
        else
            socket->disconnectFromHost();
        socket->deleteLater();
    }
    delete pipe;
}

} // namespace et::test
