// SPDX-License-Identifier: MIT
#include "http/tlsserver.h"

#include "backendlogging.h"

#include <QEventLoop>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

#include <memory>

namespace et::backend::tls {

using domain::Error;
using domain::Result;

namespace {

Result<QByteArray> readFile(const QString &option, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{option, QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    return file.readAll();
}

// The handshake a client would make, against ourselves on loopback: OpenSSL only checks that
// the key fits the certificate when a connection needs it, and a server that starts but fails
// every handshake helps nobody. Runs on a thread of its own, so that nothing queued for the main
// event loop (a log line) fires before start-up has decided. Returns the first error either side
// saw; empty when the handshake worked.
QString selfHandshake(const QSslConfiguration &configuration)
{
    QString problem;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        QSslServer server;
        server.setSslConfiguration(configuration);
        if (!server.listen(QHostAddress::LocalHost, 0)) {
            problem = QStringLiteral("no loopback port for the check: ") + server.errorString();
            return;
        }
        QEventLoop loop;
        QString serverError;
        QString clientError;
        bool encrypted = false;
        QObject::connect(&server, &QSslServer::errorOccurred, &loop, [&](QSslSocket *socket, QAbstractSocket::SocketError) {
            if (serverError.isEmpty())
                serverError = socket->errorString();
            loop.quit();
        });
        QSslSocket client;
        client.setPeerVerifyMode(QSslSocket::VerifyNone); // the key is under test here, not the chain
        QObject::connect(&client, &QSslSocket::encrypted, &loop, [&] {
            encrypted = true;
            loop.quit();
        });
        QObject::connect(&client, &QAbstractSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError) {
            if (clientError.isEmpty())
                clientError = client.errorString();
            QTimer::singleShot(500, &loop, &QEventLoop::quit); // the server's reason is the better one
        });
        QTimer::singleShot(kHandshakeTimeoutMs, &loop, &QEventLoop::quit);
        client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
        loop.exec();
        client.abort();
        if (!serverError.isEmpty())
            problem = serverError;
        else if (!clientError.isEmpty())
            problem = clientError;
        else if (!encrypted)
            problem = QStringLiteral("no handshake within %1 ms").arg(kHandshakeTimeoutMs);
    }));
    thread->start();
    thread->wait();
    return problem;
}

} // namespace

Result<QSslConfiguration> loadServerConfiguration(const QString &certFile, const QString &keyFile)
{
    const QString certOption = QStringLiteral("--tls-cert");
    const QString keyOption = QStringLiteral("--tls-key");
    const auto certPem = readFile(certOption, certFile);
    if (!certPem.ok())
        return certPem.error();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem.value(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return Error{certOption, QStringLiteral("%1 holds no PEM certificate").arg(certFile)};
    const auto keyPem = readFile(keyOption, keyFile);
    if (!keyPem.ok())
        return keyPem.error();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyPem.value(), algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Error{keyOption, QStringLiteral("%1 holds no unencrypted PEM private key (RSA, EC or DSA)").arg(keyFile)};

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    if (const QString problem = selfHandshake(configuration); !problem.isEmpty())
        return Error{keyOption, QStringLiteral("%1 does not match the certificate in %2 (%3)").arg(keyFile, certFile, problem)};

    const QSslCertificate &leaf = chain.first();
    if (leaf.expiryDate() < QDateTime::currentDateTimeUtc())
        qCWarning(lcServer).noquote() << "the TLS certificate in" << certFile << "expired on" << leaf.expiryDate().toString(Qt::ISODate);
    return configuration;
}

QSslServer *makeServer(const QSslConfiguration &configuration, QObject *parent)
{
    auto *server = new QSslServer(parent);
    server->setSslConfiguration(configuration);
    server->setHandshakeTimeout(kHandshakeTimeoutMs);
    server->setMaxPendingConnections(kMaxHandshakes);
    QObject::connect(server, &QSslServer::errorOccurred, server, [](QSslSocket *socket, QAbstractSocket::SocketError error) {
        if (!socket->isEncrypted())
            qCInfo(lcHttp).noquote() << "TLS handshake with" << socket->peerAddress().toString() << "failed:"
                                     << (error == QAbstractSocket::SocketTimeoutError ? QStringLiteral("timed out") : socket->errorString());
    });
    return server;
}

} // namespace et::backend::tls
