// SPDX-License-Identifier: MIT
// The real server with --tls-cert/--tls-key, against a PKI that openssl makes for the test
// (tests/support/testpki.h): HTTPS and WSS on its one port for a client that trusts the test CA,
// TLS 1.2 and 1.3 but not 1.1, a certificate error and no answer for one that trusts only an
// unrelated CA, nothing for plain HTTP, idle and garbage connections that hold up nobody and are
// dropped, and the start-up errors (a key of another certificate, a missing or wrong file:
// exit 1; half the pair: exit 2).
// Only /api/v1/health and the WebSocket's answer to a message before auth are used: both need no
// account.
#include "cliprocess.h"
#include "serverprocess.h"
#include "testpki.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <algorithm>
#include <memory>
#include <vector>

using namespace et;

namespace {

struct TlsReply
{
    int status = 0; ///< 0: no HTTP answer
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QSslError> sslErrors;
    QSsl::SslProtocol protocol = QSsl::UnknownProtocol;
};

QSslConfiguration trusting(const QString &caFile)
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setCaCertificates(QSslCertificate::fromPath(caFile)); // that CA only, not the system's
    c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return c;
}

TlsReply getHttps(const QUrl &url, const QSslConfiguration &tls)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(10000);
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    TlsReply out;
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, [&](const QList<QSslError> &errors) { out.sslErrors = errors; });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(15000))
        return out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.json = QJsonDocument::fromJson(reply->readAll()).object();
    out.error = reply->error();
    out.protocol = reply->sslConfiguration().sessionProtocol();
    return out;
}

} // namespace

class TestBackendTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestPki m_pki;
    test::ServerProcess m_server;

    QUrl health() const
    {
        QUrl u = m_server.url();
        u.setPath(QStringLiteral("/api/v1/health"));
        return u;
    }

    QUrl webSocket(const QString &scheme) const
    {
        QUrl u = m_server.url();
        u.setScheme(scheme);
        u.setPath(QStringLiteral("/api/v1/ws"));
        return u;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_pki.create(&error), qPrintable(error));
        QVERIFY2(m_server.start(m_dir.filePath(QStringLiteral("tls.sqlite")), m_pki.serverArgs()), qPrintable(m_server.errorString()));
        // The first stdout line says https (ServerProcess checked the rest of it).
        QCOMPARE(m_server.url().scheme(), QStringLiteral("https"));
        QCOMPARE(m_server.url().host(), QStringLiteral("127.0.0.1"));
    }

    void healthOverHttpsWithTheTestCa()
    {
        const TlsReply r = getHttps(health(), trusting(m_pki.caFile()));
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY2(r.protocol == QSsl::TlsV1_2 || r.protocol == QSsl::TlsV1_3, qPrintable(QString::number(int(r.protocol))));
        // localhost is in the certificate as well.
        QUrl byName = health();
        byName.setHost(QStringLiteral("localhost"));
        QCOMPARE(getHttps(byName, trusting(m_pki.caFile())).status, 200);
    }

    void tlsBelowVersion12IsRefused_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("TLS 1.1") << "-tls1_1" << false;
        QTest::newRow("TLS 1.2") << "-tls1_2" << true;
        QTest::newRow("TLS 1.3") << "-tls1_3" << true;
    }

    void tlsBelowVersion12IsRefused()
    {
        // openssl's own client, told to offer exactly one protocol version.
        QFETCH(QString, version);
        QFETCH(bool, accepted);
        QProcess client;
        client.setProcessChannelMode(QProcess::MergedChannels);
        client.start(QStringLiteral("openssl"), {QStringLiteral("s_client"), QStringLiteral("-connect"),
                                                 QStringLiteral("127.0.0.1:%1").arg(m_server.port()), version,
                                                 QStringLiteral("-CAfile"), m_pki.caFile(), QStringLiteral("-verify_return_error")});
        QVERIFY(client.waitForStarted(5000));
        client.closeWriteChannel(); // hang up right after the handshake
        QVERIFY(client.waitForFinished(15000));
        const QByteArray out = client.readAll();
        if (accepted) {
            QVERIFY2(client.exitCode() == 0 && out.contains("Verify return code: 0 (ok)"), out.constData());
        } else {
            QVERIFY2(client.exitCode() != 0 && out.contains("alert protocol version"), out.constData());
        }
    }

    void anUnrelatedCaGetsACertificateErrorAndNoAnswer()
    {
        const TlsReply r = getHttps(health(), trusting(m_pki.otherCaFile()));
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(r.status, 0);
        QVERIFY(r.json.isEmpty());
        QVERIFY(!r.sslErrors.isEmpty());
        const auto e = r.sslErrors.first().error();
        QVERIFY2(e == QSslError::UnableToGetLocalIssuerCertificate || e == QSslError::UnableToVerifyFirstCertificate,
                 qPrintable(r.sslErrors.first().errorString()));
    }

    void plainHttpGetsNoHttpAnswer()
    {
        QTcpSocket plain;
        plain.connectToHost(QHostAddress::LocalHost, m_server.port());
        QVERIFY(plain.waitForConnected(5000));
        plain.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(plain.waitForBytesWritten(5000));
        // The server hangs up without a word: no "HTTP/1.1 …", and certainly no health JSON.
        QByteArray got;
        QVERIFY(QTest::qWaitFor([&] {
            got += plain.readAll();
            return plain.state() == QAbstractSocket::UnconnectedState;
        }, 10000));
        got += plain.readAll();
        QVERIFY2(!got.startsWith("HTTP/"), got.constData());
        // ...and goes on serving HTTPS.
        QCOMPARE(getHttps(health(), trusting(m_pki.caFile())).status, 200);
        QVERIFY(m_server.isRunning());
    }

    void idleAndGarbageClientsBlockNobody()
    {
        // More idle connections than Qt's default of 30 pending ones, and one that sends a TLS
        // record header followed by junk.
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 40; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, m_server.port());
            QVERIFY(idle.back()->waitForConnected(5000));
        }
        QTcpSocket garbage;
        garbage.connectToHost(QHostAddress::LocalHost, m_server.port());
        QVERIFY(garbage.waitForConnected(5000));
        garbage.write(QByteArray("\x16\x03\x01\x00\x20", 5) + QByteArray(32, '\xee'));
        QVERIFY(garbage.waitForBytesWritten(5000));

        QElapsedTimer timer;
        timer.start();
        const TlsReply r = getHttps(health(), trusting(m_pki.caFile()));
        QCOMPARE(r.status, 200);
        // Answered at once, not after the idle clients' handshake timeout (5 s).
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));

        // The junk is refused straight away, the idle clients once the handshake timeout passes.
        QVERIFY(QTest::qWaitFor([&] {
            garbage.readAll();
            return garbage.state() == QAbstractSocket::UnconnectedState;
        }, 4000));
        QVERIFY(QTest::qWaitFor([&] {
            return std::all_of(idle.begin(), idle.end(), [](const auto &s) { return s->state() == QAbstractSocket::UnconnectedState; });
        }, 12000));
        QCOMPARE(getHttps(health(), trusting(m_pki.caFile())).status, 200);
    }

    void webSocketOverTls()
    {
        QWebSocket ws;
        ws.setSslConfiguration(trusting(m_pki.caFile()));
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QJsonObject error;
        QObject::connect(&ws, &QWebSocket::textMessageReceived, &ws, [&](const QString &text) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            if (o.value(QStringLiteral("event")).toString() == u"error")
                error = o.value(QStringLiteral("error")).toObject();
        });
        ws.open(webSocket(QStringLiteral("wss")));
        QVERIFY2(connected.wait(10000), qPrintable(ws.errorString()));
        QVERIFY(ws.isValid());
        ws.sendTextMessage(QStringLiteral("{not json"));
        QVERIFY(QTest::qWaitFor([&] { return !error.isEmpty(); }, 10000));
        // Anything but an auth message first is refused (a WebSocket signs in first), which proves
        // the server read the frame through TLS.
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("unauthenticated"));
        ws.close();
    }

    void plainWebSocketGetsNothing()
    {
        QWebSocket ws;
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QSignalSpy disconnected(&ws, &QWebSocket::disconnected);
        ws.open(webSocket(QStringLiteral("ws")));
        QVERIFY(disconnected.wait(10000));
        QVERIFY(connected.isEmpty());
    }

    void badCertificateOrKeyExitsWithOne_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("key of another certificate") << "server.pem" << "elsewhere.key" << "--tls-key: %2 does not match the certificate in %1 (";
        QTest::newRow("no such certificate") << "missing.pem" << "server.key" << "--tls-cert: cannot read %1:";
        QTest::newRow("no such key") << "server.pem" << "missing.key" << "--tls-key: cannot read %2:";
        QTest::newRow("a key as certificate") << "server.key" << "server.key" << "--tls-cert: %1 holds no PEM certificate";
        QTest::newRow("a certificate as key") << "server.pem" << "server.pem" << "--tls-key: %2 holds no unencrypted PEM private key";
    }

    void badCertificateOrKeyExitsWithOne()
    {
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QString, mentions);
        const QString db = m_dir.filePath(QStringLiteral("never-%1.sqlite").arg(QTest::currentDataTag()).replace(u' ', u'-'));
        const QString certPath = m_pki.path(cert);
        const QString keyPath = m_pki.path(key);
        const test::CliRun e = test::runProgram(test::ServerProcess::binaryPath(),
                                                {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db,
                                                 QStringLiteral("--tls-cert"), certPath, QStringLiteral("--tls-key"), keyPath});
        QCOMPARE(e.exitCode, 1);
        QVERIFY2(e.out.isEmpty(), qPrintable(e.out));
        const QString &err = e.err;
        QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1, qPrintable(err)); // one line
        QVERIFY2(err.startsWith(QStringLiteral("energytruck-server: ") + QString(mentions).replace(QStringLiteral("%1"), certPath).replace(QStringLiteral("%2"), keyPath)), qPrintable(err));
        // Checked before the database: nothing was created.
        QVERIFY(!QFile::exists(db));
    }

    void halfThePairExitsWithTwo_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("only --tls-cert") << "--tls-cert" << "--tls-key: is required with --tls-cert";
        QTest::newRow("only --tls-key") << "--tls-key" << "--tls-cert: is required with --tls-key";
    }

    void halfThePairExitsWithTwo()
    {
        QFETCH(QString, given);
        QFETCH(QString, mentions);
        const QString file = given == u"--tls-cert" ? m_pki.certFile() : m_pki.keyFile();
        const test::CliRun e = test::runProgram(test::ServerProcess::binaryPath(),
                                                {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                                                 m_dir.filePath(QStringLiteral("half.sqlite")), given, file});
        QCOMPARE(e.exitCode, 2);
        const QString &err = e.err;
        QVERIFY2(err.count(u'\n') == 1 && err.contains(mentions), qPrintable(err));
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_server.terminate(), m_server.stderrLog().right(2000).constData());
    }
};

QTEST_GUILESS_MAIN(TestBackendTls)
#include "tst_backendtls.moc"
