// SPDX-License-Identifier: MIT
// EventStream against the real server's WebSocket, plus a loopback WebSocket peer that sends what
// the real server never should (garbage, unknown channels, binary), to show the stream survives it.
#include "client/eventstream.h"
#include "freeport.h"
#include "fixedtokens.h"
#include "serverprocess.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace et;

class TestEventStream : public QObject
{
    Q_OBJECT

private slots:
    void webSocketUrl()
    {
        QCOMPARE(client::EventStream::webSocketUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))),
                 QUrl(QStringLiteral("ws://127.0.0.1:8080/api/v1/ws")));
        QCOMPARE(client::EventStream::webSocketUrl(QUrl(QStringLiteral("https://example.org/base/"))),
                 QUrl(QStringLiteral("wss://example.org/base/api/v1/ws")));
    }

    void subscribesAndReceivesConsecutiveEvents()
    {
        QTemporaryDir dir;
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(dir.filePath(QStringLiteral("s.db")),
                              {QStringLiteral("--speed"), QStringLiteral("600"), QStringLiteral("--tick-ms"), QStringLiteral("100")}),
                 qPrintable(server.errorString()));
        test::FixedTokens tokens;
        QVERIFY(tokens.signIn(server));
        client::EventStream stream;
        stream.setAccessTokenSource(&tokens);
        QSignalSpy subscribed(&stream, &client::EventStream::subscribed);
        QSignalSpy events(&stream, &client::EventStream::eventReceived);
        QSignalSpy malformed(&stream, &client::EventStream::malformedMessage);
        QSignalSpy disconnected(&stream, &client::EventStream::disconnected);
        stream.open(server.url());
        QVERIFY(subscribed.wait(10000));
        QVERIFY(stream.isConnected());
        const qint64 subscribedAt = subscribed.first().first().toLongLong();
        QVERIFY(subscribedAt > 0);
        QTRY_VERIFY_WITH_TIMEOUT(events.count() >= 30, 10000);
        qint64 previous = subscribedAt;
        QSet<QString> channels;
        for (const auto &args : events) {
            const auto e = args.first().value<domain::StreamEvent>();
            // Every change after the subscription, each once, in order.
            QCOMPARE(e.cursor, previous + 1);
            previous = e.cursor;
            channels.insert(e.channel);
            QVERIFY2(e.toChange().ok(), qPrintable(e.toChange().error().toString()));
        }
        QVERIFY(channels.contains(QStringLiteral("energy")));
        QVERIFY(malformed.isEmpty());

        server.kill();
        QVERIFY(disconnected.wait(5000));
        QCOMPARE(disconnected.count(), 1);
        QVERIFY(!stream.isConnected());
    }

    void malformedMessagesDoNotDropTheConnection()
    {
        QWebSocketServer peer(QStringLiteral("peer"), QWebSocketServer::NonSecureMode);
        QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
        QByteArray subscribeMessage;
        connect(&peer, &QWebSocketServer::newConnection, this, [&peer, &subscribeMessage] {
            QWebSocket *socket = peer.nextPendingConnection();
            connect(socket, &QWebSocket::textMessageReceived, socket, [socket, &subscribeMessage](const QString &text) {
                subscribeMessage = text.toUtf8();
                socket->sendTextMessage(QStringLiteral("{\"event\":\"subscribed\",\"channels\":[\"trucks\"],\"cursor\":7}"));
                socket->sendTextMessage(QStringLiteral("this is not json"));
                socket->sendTextMessage(QStringLiteral("{\"channel\":\"pizza\",\"event\":\"x.updated\",\"data\":{},\"cursor\":8}"));
                socket->sendTextMessage(QStringLiteral("{\"channel\":\"trucks\",\"event\":\"truck.updated\",\"data\":{\"id\":\"t\"},\"cursor\":-3}"));
                socket->sendBinaryMessage(QByteArrayLiteral("\x01\x02"));
                socket->sendTextMessage(QStringLiteral("{\"event\":\"error\",\"error\":{\"code\":\"bad_request\",\"message\":\"nope\"},\"cursor\":8}"));
                socket->sendTextMessage(QStringLiteral("{\"channel\":\"trucks\",\"event\":\"truck.updated\",\"data\":{\"id\":\"t-1\"},\"cursor\":9}"));
            });
        });
        client::EventStream stream;
        QSignalSpy subscribed(&stream, &client::EventStream::subscribed);
        QSignalSpy events(&stream, &client::EventStream::eventReceived);
        QSignalSpy malformed(&stream, &client::EventStream::malformedMessage);
        QSignalSpy serverErrors(&stream, &client::EventStream::serverError);
        QSignalSpy disconnected(&stream, &client::EventStream::disconnected);
        stream.open(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(peer.serverPort())));
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 5000);
        QCOMPARE(subscribed.count(), 1);
        QCOMPARE(subscribed.first().first().toLongLong(), 7);
        QCOMPARE(malformed.count(), 4);
        QVERIFY2(malformed.at(1).first().toString().contains(QStringLiteral("pizza")), qPrintable(malformed.at(1).first().toString()));
        QVERIFY2(malformed.at(2).first().toString().contains(QStringLiteral("cursor")), qPrintable(malformed.at(2).first().toString()));
        QCOMPARE(serverErrors.count(), 1);
        QCOMPARE(serverErrors.first().at(0).toString(), QStringLiteral("bad_request"));
        QCOMPARE(events.first().first().value<domain::StreamEvent>().cursor, 9);
        QVERIFY(stream.isConnected());
        QVERIFY(disconnected.isEmpty());
        // What we sent: one subscription to every channel.
        const auto sent = domain::ControlMessage::fromJson(QJsonDocument::fromJson(subscribeMessage).object());
        QVERIFY(sent.ok());
        QCOMPARE(sent.value().event, QStringLiteral("subscribe"));
        QCOMPARE(sent.value().channels, domain::channel::all());
    }

    void refusedConnectionIsReportedOnce()
    {
        const quint16 port = test::unusedLoopbackPort();
        QVERIFY(port != 0);
        client::EventStream stream;
        QSignalSpy disconnected(&stream, &client::EventStream::disconnected);
        stream.open(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QVERIFY(disconnected.wait(5000));
        QTest::qWait(100);
        QCOMPARE(disconnected.count(), 1);
        QVERIFY2(disconnected.first().first().toString().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(disconnected.first().first().toString()));
    }

    void closeOnPurposeIsNotADisconnect()
    {
        QWebSocketServer peer(QStringLiteral("peer"), QWebSocketServer::NonSecureMode);
        QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
        client::EventStream stream;
        QSignalSpy disconnected(&stream, &client::EventStream::disconnected);
        stream.open(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(peer.serverPort())));
        QTRY_VERIFY_WITH_TIMEOUT(stream.isConnected(), 5000);
        stream.close();
        QTest::qWait(100);
        QVERIFY(disconnected.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEventStream)
#include "tst_eventstream.moc"
