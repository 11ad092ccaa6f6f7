// SPDX-License-Identifier: MIT
// HTTPS and WSS from RestClient and EventStream to real TLS peers on loopback, with a PKI made by
// openssl for the test: the right CA lets them through; an unrelated CA, the system's CAs (which
// never signed our test server) and a certificate for another host name fail with
// "tls_untrusted", a message that points at --ca-cert, and not one byte of request sent. The
// outbox counts that failure as no verdict on a command.
#include "client/eventstream.h"
#include "client/outboxsender.h"
#include "client/restclient.h"
#include "testpki.h"
#include "tlspeers.h"

#include <QSignalSpy>
#include <QTest>

using namespace et;
using client::TlsConfig;

namespace {

using Response = domain::Result<client::RestResponse>;

Response getHealth(const QUrl &server, const TlsConfig &tls)
{
    client::RestClient rest;
    rest.setBaseUrl(server);
    rest.setTlsConfig(tls);
    std::optional<Response> answer;
    rest.get(QStringLiteral("/health"), {}, nullptr, [&](Response r) { answer.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15000))
        return domain::Error{{}, QStringLiteral("no answer within 15 s")};
    return *answer;
}

} // namespace

class TestClientTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pki.create(&error), qPrintable(error));
        const auto right = TlsConfig::fromCaFile(m_pki.caFile());
        const auto other = TlsConfig::fromCaFile(m_pki.otherCaFile());
        QVERIFY2(right.ok() && other.ok(), qPrintable(right.error().toString() + other.error().toString()));
        m_rightCa = right.value();
        m_otherCa = other.value();
    }

    void restTrustsTheRightCa()
    {
        test::HttpsPeer peer(m_pki.serverConfiguration());
        QVERIFY(peer.isListening());
        const Response r = getHealth(peer.url(), m_rightCa);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r.value().status, 200);
        QCOMPARE(r.value().body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(peer.requests, 1);
    }

    void restRefusesAnUntrustedServer_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("trust");
        QTest::addColumn<QString>("why");
        QTest::newRow("only an unrelated CA") << "server" << "other" << "issued by \"Energy Truck Test CA\"";
        QTest::newRow("the system's CAs") << "server" << "system" << "issued by \"Energy Truck Test CA\"";
        QTest::newRow("another host name") << "elsewhere" << "right" << "\"elsewhere.example\"";
    }

    void restRefusesAnUntrustedServer()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, trust);
        QFETCH(QString, why);
        test::HttpsPeer peer(m_pki.serverConfiguration(certificate));
        QVERIFY(peer.isListening());
        const Response r = getHealth(peer.url(), trustFor(trust));
        QVERIFY(!r.ok());
        const domain::Error &e = r.error();
        QCOMPARE(e.code, QStringLiteral("tls_untrusted"));
        QVERIFY2(e.message.startsWith(QStringLiteral("GET /api/v1/health failed: the server's certificate is not trusted (")),
                 qPrintable(e.message));
        QVERIFY2(e.message.contains(why), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("check --ca-cert")), qPrintable(e.message));
        QCOMPARE(peer.requests, 0);
        // Nothing reached the server, so a command that failed this way waits for another try.
        QVERIFY(!client::OutboxSender::isRefusal(e));
    }

    void streamTrustsTheRightCa()
    {
        test::WssPeer peer(m_pki.serverConfiguration());
        QVERIFY(peer.isListening());
        client::EventStream stream;
        stream.setTlsConfig(m_rightCa);
        QSignalSpy subscribed(&stream, &client::EventStream::subscribed);
        QSignalSpy disconnected(&stream, &client::EventStream::disconnected);
        stream.open(peer.url());
        QVERIFY2(subscribed.wait(15000), disconnected.isEmpty() ? "no answer" : qPrintable(disconnected.first().first().toString()));
        QCOMPARE(subscribed.first().first().toLongLong(), 7);
        QVERIFY(stream.isConnected());
        QVERIFY(stream.lastError().code.isEmpty());
        QCOMPARE(peer.connections, 1);
    }

    void streamRefusesAnUntrustedServer_data()
    {
        restRefusesAnUntrustedServer_data();
    }

    void streamRefusesAnUntrustedServer()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, trust);
        QFETCH(QString, why);
        test::WssPeer peer(m_pki.serverConfiguration(certificate));
        QVERIFY(peer.isListening());
        client::EventStream stream;
        stream.setTlsConfig(trustFor(trust));
        QSignalSpy subscribed(&stream, &client::EventStream::subscribed);
        QSignalSpy disconnected(&stream, &client::EventStream::disconnected);
        stream.open(peer.url());
        QVERIFY(disconnected.wait(15000));
        QTest::qWait(200);
        QCOMPARE(disconnected.count(), 1);
        const QString reason = disconnected.first().first().toString();
        QVERIFY2(reason.startsWith(QStringLiteral("the server's certificate is not trusted (")), qPrintable(reason));
        QVERIFY2(reason.contains(why), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("check --ca-cert")), qPrintable(reason));
        QCOMPARE(stream.lastError().code, QStringLiteral("tls_untrusted"));
        QCOMPARE(stream.lastError().message, reason);
        QVERIFY(!stream.isConnected());
        QVERIFY(subscribed.isEmpty());
        QCOMPARE(peer.connections, 0);
    }

    void aPlainFailureIsNotCalledUntrusted()
    {
        // A refused connection says "unreachable": the TLS code is kept for certificates.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(port));
        const Response r = getHealth(url, m_rightCa);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("unreachable"));
        client::EventStream stream;
        stream.setTlsConfig(m_rightCa);
        QSignalSpy disconnected(&stream, &client::EventStream::disconnected);
        stream.open(url);
        QVERIFY(disconnected.wait(15000));
        QCOMPARE(stream.lastError().code, QStringLiteral("unreachable"));
    }

private:
    TlsConfig trustFor(const QString &which) const
    {
        if (which == u"right")
            return m_rightCa;
        if (which == u"other")
            return m_otherCa;
        return TlsConfig();
    }

    test::TestPki m_pki;
    TlsConfig m_rightCa;
    TlsConfig m_otherCa;
};

QTEST_GUILESS_MAIN(TestClientTls)
#include "tst_clienttls.moc"
