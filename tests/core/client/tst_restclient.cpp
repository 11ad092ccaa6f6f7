// SPDX-License-Identifier: MIT
// RestClient against the real energytruck-server (and a silent/broken loopback peer for the
// failure modes a healthy server never shows).
#include "client/restclient.h"
#include "domain/operatorcommand.h"
#include "entityfixtures.h"
#include "rawhttppeer.h"
#include "freeport.h"
#include "fixedtokens.h"
#include "restanswer.h"
#include "serverprocess.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace et;
using namespace std::chrono_literals;

namespace {
template<typename T>
using Answer = test::RestAnswer<T>;
} // namespace

class TestRestClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Ticks a minute apart: the server's state stays still while the test reads it.
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("server.db")), {QStringLiteral("--tick-ms"), QStringLiteral("60000")}),
                 qPrintable(m_server.errorString()));
        QVERIFY(m_tokens.signIn(m_server));
        m_client.setBaseUrl(m_server.url());
        m_client.setAccessTokenSource(&m_tokens);
    }

    void health()
    {
        Answer<client::HealthInfo> a;
        m_client.fetchHealth(this, a.callback());
        QVERIFY(a.wait());
        QVERIFY2(a.result->ok(), qPrintable(a.result->error().toString()));
        QCOMPARE(a.result->value().status, QStringLiteral("ok"));
        QCOMPARE(a.result->value().version, QStringLiteral(ET_PROJECT_VERSION));
        QVERIFY(a.result->value().cursor > 0);
        QVERIFY(qAbs(a.result->value().time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void changesComeInPages()
    {
        Answer<domain::ChangeBatch> first;
        m_client.fetchChanges(0, 10, this, first.callback());
        QVERIFY(first.wait());
        QVERIFY2(first.result->ok(), qPrintable(first.result->error().toString()));
        const auto &page1 = first.result->value();
        QCOMPARE(page1.changes.size(), 10);
        QVERIFY(page1.hasMore);
        Answer<domain::ChangeBatch> second;
        m_client.fetchChanges(page1.cursor, 10, this, second.callback());
        QVERIFY(second.wait());
        QVERIFY(second.result->ok());
        const auto &page2 = second.result->value();
        QVERIFY(!page2.changes.isEmpty());
        // The second page continues strictly after the first.
        QVERIFY(page2.changes.first().cursor > page1.changes.last().cursor);
        for (qsizetype i = 1; i < page2.changes.size(); ++i)
            QVERIFY(page2.changes.at(i).cursor > page2.changes.at(i - 1).cursor);
    }

    void notFoundIsDecoded()
    {
        Answer<client::RestResponse> a;
        m_client.get(QStringLiteral("/assets/no-such-asset"), {}, this, a.callback());
        QVERIFY(a.wait());
        QVERIFY(!a.result->ok());
        const QString msg = a.result->error().toString();
        QVERIFY2(msg.contains(QStringLiteral("HTTP 404")) && msg.contains(QStringLiteral("not_found")), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("/api/v1/assets/no-such-asset")), qPrintable(msg));
        // The request id we generated comes back and is quoted for the user.
        const auto match = QRegularExpression(QStringLiteral("request id ([0-9a-f-]{36})")).match(msg);
        QVERIFY2(match.hasMatch(), qPrintable(msg));
        QVERIFY(!QUuid::fromString(match.captured(1)).isNull());
    }

    void badQueryIsDecoded()
    {
        Answer<QList<domain::Center>> a;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("lat"), QStringLiteral("not-a-number"));
        query.addQueryItem(QStringLiteral("lon"), QStringLiteral("126.5"));
        m_client.searchCenters(query, this, a.callback());
        QVERIFY(a.wait());
        QVERIFY(!a.result->ok());
        QVERIFY2(a.result->error().toString().contains(QStringLiteral("HTTP 400 bad_request")), qPrintable(a.result->error().toString()));
    }

    void centerSearch()
    {
        Answer<QList<domain::Center>> a;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("lat"), QStringLiteral("33.5"));
        query.addQueryItem(QStringLiteral("lon"), QStringLiteral("126.53"));
        m_client.searchCenters(query, this, a.callback());
        QVERIFY(a.wait());
        QVERIFY2(a.result->ok(), qPrintable(a.result->error().toString()));
        const auto &centers = a.result->value();
        QVERIFY(!centers.isEmpty());
        for (qsizetype i = 0; i < centers.size(); ++i) {
            QVERIFY(centers.at(i).distanceKm.has_value());
            if (i > 0)
                QVERIFY(*centers.at(i).distanceKm >= *centers.at(i - 1).distanceKm);
        }
    }

    void registerDisasterRoundTrip()
    {
        auto d = test::sampleDisaster(QStringLiteral("ignored"), false);
        d.startedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        Answer<domain::Disaster> a;
        m_client.registerDisaster(d, this, a.callback());
        QVERIFY(a.wait());
        QVERIFY2(a.result->ok(), qPrintable(a.result->error().toString()));
        const auto &stored = a.result->value();
        QVERIFY(!stored.id.isEmpty());
        QCOMPARE(stored.title, d.title);
        QCOMPARE(stored.severity, d.severity);
        QVERIFY(stored.updatedAt.isValid());
    }

    void invalidDisasterNamesTheField()
    {
        auto d = test::sampleDisaster(QStringLiteral("x"), false);
        d.severity = 9; // the codec encodes anything; the server must refuse it
        Answer<domain::Disaster> a;
        m_client.registerDisaster(d, this, a.callback());
        QVERIFY(a.wait());
        QVERIFY(!a.result->ok());
        const QString msg = a.result->error().toString();
        QVERIFY2(msg.contains(QStringLiteral("HTTP 422")) && msg.contains(QStringLiteral("severity")), qPrintable(msg));
    }

    void sendsIdentifyingHeaders()
    {
        test::RawHttpPeer peer(QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"));
        client::RestClient rest;
        rest.setBaseUrl(peer.url());
        Answer<client::RestResponse> a;
        rest.get(QStringLiteral("/health"), {}, this, a.callback());
        QVERIFY(a.wait());
        QVERIFY(a.result->ok());
        const QString request = QString::fromLatin1(peer.received);
        QVERIFY2(request.startsWith(QStringLiteral("GET /api/v1/health HTTP/1.1")), qPrintable(request));
        QVERIFY2(request.contains(QStringLiteral("User-Agent: energytruck-console/" ET_PROJECT_VERSION "\r\n")), qPrintable(request));
        const auto match = QRegularExpression(QStringLiteral("X-Request-ID: ([^\\r]+)\\r\\n"), QRegularExpression::CaseInsensitiveOption).match(request);
        QVERIFY2(match.hasMatch(), qPrintable(request));
        QVERIFY(!QUuid::fromString(match.captured(1)).isNull());
        // The peer echoed no id, so the answer carries ours.
        QCOMPARE(a.result->value().requestId, match.captured(1));
    }

    void silenceTimesOut()
    {
        test::RawHttpPeer peer; // accepts and never answers
        client::RestClient rest;
        rest.setBaseUrl(peer.url());
        rest.setTimeout(300ms);
        Answer<client::HealthInfo> a;
        QElapsedTimer clock;
        clock.start();
        rest.fetchHealth(this, a.callback());
        QVERIFY(a.wait(5000));
        QVERIFY(!a.result->ok());
        QVERIFY2(a.result->error().toString().contains(QStringLiteral("no answer within 0.3 s")), qPrintable(a.result->error().toString()));
        QVERIFY(clock.elapsed() < 4000);
    }

    void brokenAnswerIsAnError_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nnope!")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("wrong shape") << QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 31\r\n\r\n{\"changes\":3,\"cursor\":1,\"x\":1}")
                                     << QStringLiteral("changes");
        QTest::newRow("html error page") << QByteArrayLiteral("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 20\r\n\r\n<html>proxy!</html>\n")
                                         << QStringLiteral("HTTP 502 <html>proxy!</html>");
    }

    void brokenAnswerIsAnError()
    {
        QFETCH(QByteArray, reply);
        QFETCH(QString, expected);
        test::RawHttpPeer peer(reply);
        client::RestClient rest;
        rest.setBaseUrl(peer.url());
        Answer<domain::ChangeBatch> a;
        rest.fetchChanges(0, 0, this, a.callback());
        QVERIFY(a.wait());
        QVERIFY(!a.result->ok());
        QVERIFY2(a.result->error().toString().contains(expected), qPrintable(a.result->error().toString()));
    }

    void refusedConnection()
    {
        const quint16 port = test::unusedLoopbackPort();
        QVERIFY(port != 0);
        client::RestClient rest;
        rest.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        Answer<client::HealthInfo> a;
        rest.fetchHealth(this, a.callback());
        QVERIFY(a.wait());
        QVERIFY(!a.result->ok());
        QVERIFY2(a.result->error().toString().contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(a.result->error().toString()));
    }

    void deadContextGetsNoCallback()
    {
        bool called = false;
        {
            QObject context;
            m_client.fetchHealth(&context, [&called](auto) { called = true; });
        }
        // Another request to the same server finishes after the first would have.
        Answer<client::HealthInfo> later;
        m_client.fetchHealth(this, later.callback());
        QVERIFY(later.wait());
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void abortReportsAborted()
    {
        test::RawHttpPeer peer;
        client::RestClient rest;
        rest.setBaseUrl(peer.url());
        Answer<client::HealthInfo> a;
        rest.fetchHealth(this, a.callback());
        QTRY_VERIFY(!peer.received.isEmpty());
        rest.abortAll();
        QVERIFY(a.wait(2000));
        QVERIFY(!a.result->ok());
        QVERIFY2(a.result->error().toString().contains(QStringLiteral("aborted")), qPrintable(a.result->error().toString()));
    }

    void unchangedAnswersComeBackAsNotModified()
    {
        // The second GET of an unchanged resource sends the ETag and costs a 304 with no body.
        client::RestClient rest;
        rest.setBaseUrl(m_server.url());
        rest.setAccessTokenSource(&m_tokens);
        Answer<client::RestResponse> first;
        rest.get(QStringLiteral("/assets/wind-gasiri"), {}, this, first.callback());
        QVERIFY(first.wait());
        QVERIFY2(first.result->ok(), qPrintable(first.result->error().toString()));
        QCOMPARE(first.result->value().status, 200);
        Answer<client::RestResponse> second;
        rest.get(QStringLiteral("/assets/wind-gasiri"), {}, this, second.callback());
        QVERIFY(second.wait());
        QVERIFY2(second.result->ok(), qPrintable(second.result->error().toString()));
        QCOMPARE(second.result->value().status, 304);
        QCOMPARE(second.result->value().body, first.result->value().body); // the remembered answer
        QCOMPARE(second.result->value().body.value(QStringLiteral("id")).toString(), QStringLiteral("wind-gasiri"));
    }

    void sendsTheEtagItWasGiven()
    {
        test::RawHttpPeer peer(QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nETag: \"abc123\"\r\n"
                                                 "Content-Length: 7\r\n\r\n{\"a\":1}"));
        client::RestClient rest;
        rest.setBaseUrl(peer.url());
        for (int i = 0; i < 2; ++i) {
            Answer<client::RestResponse> a;
            rest.get(QStringLiteral("/health"), {}, this, a.callback());
            QVERIFY(a.wait());
            QVERIFY2(a.result->ok(), qPrintable(a.result->error().toString()));
        }
        QVERIFY2(peer.received.contains("If-None-Match: \"abc123\""), peer.received.constData());
    }

    void retryAfterIsHonoured()
    {
        // One request per second with bursts of two: the third in a row is refused with Retry-After.
        QTemporaryDir dir;
        test::ServerProcess strict;
        QVERIFY2(strict.start(dir.filePath(QStringLiteral("s.db")), {QStringLiteral("--tick-ms"), QStringLiteral("60000"),
                                                                     QStringLiteral("--rate-limit"), QStringLiteral("1")}),
                 qPrintable(strict.errorString()));
        client::RestClient rest;
        rest.setBaseUrl(strict.url());
        QSignalSpy sent(&rest, &client::RestClient::requestStarted);
        QSignalSpy throttled(&rest, &client::RestClient::throttled);
        domain::Error refusal;
        for (int i = 0; i < 6 && refusal.code.isEmpty(); ++i) {
            Answer<client::HealthInfo> a;
            rest.fetchHealth(this, a.callback());
            QVERIFY(a.wait());
            if (!a.result->ok())
                refusal = a.result->error();
        }
        QCOMPARE(refusal.code, QStringLiteral("rate_limited"));
        QCOMPARE(throttled.count(), 1);
        QVERIFY(throttled.first().first().toInt() >= 1);
        QVERIFY(rest.notBefore().isValid());
        // While the server asked to wait, nothing leaves: the answer is immediate and local.
        const qsizetype before = sent.count();
        Answer<client::HealthInfo> held;
        rest.fetchHealth(this, held.callback());
        QVERIFY(held.wait(1000));
        QCOMPARE(held.result->error().code, QStringLiteral("rate_limited"));
        QVERIFY2(held.result->error().message.contains(QStringLiteral("not sent")), qPrintable(held.result->error().message));
        QCOMPARE(sent.count(), before);
        // Once the time has passed, requests go out again.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() >= rest.notBefore(), 5000);
        Answer<client::HealthInfo> later;
        rest.fetchHealth(this, later.callback());
        QVERIFY(later.wait());
        QVERIFY2(later.result->ok(), qPrintable(later.result->error().toString()));
        QCOMPARE(sent.count(), before + 1);
    }

    void commandsCarryTheirKeyAndErrorsTheirCode()
    {
        const auto order = test::sampleOrder(QStringLiteral("ord-restclient01"), QStringLiteral("truck-nope"), domain::OrderStatus::Pending);
        const auto command = domain::OperatorCommand::createOrder(order, domain::OperatorCommand::newKey());
        Answer<client::RestResponse> a;
        m_client.sendCommand(command, this, a.callback());
        QVERIFY(a.wait());
        QVERIFY(!a.result->ok());
        QCOMPARE(a.result->error().code, QStringLiteral("not_found")); // no such truck: the server's own code
        QVERIFY2(a.result->error().message.contains(QStringLiteral("truck-nope")), qPrintable(a.result->error().message));
        // The same key again: the server answers from its record (a refusal is recorded too).
        Answer<client::RestResponse> again;
        m_client.sendCommand(command, this, again.callback());
        QVERIFY(again.wait());
        QCOMPARE(again.result->error().code, QStringLiteral("not_found"));
        // No answer at all has a code of its own.
        client::RestClient dead;
        dead.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(test::unusedLoopbackPort())));
        Answer<client::RestResponse> none;
        dead.sendCommand(command, this, none.callback());
        QVERIFY(none.wait());
        QCOMPARE(none.result->error().code, QStringLiteral("unreachable"));
    }

private:
    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    test::FixedTokens m_tokens;
    client::RestClient m_client;
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
