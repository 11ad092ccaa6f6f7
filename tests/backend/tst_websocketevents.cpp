// SPDX-License-Identifier: MIT
// The WebSocket stream of the real server: subscribe, then events with strictly increasing
// cursors that equal the change log; channel filtering; bad messages get an error event and the
// socket stays usable.
#include "domain/change.h"
#include "domain/disaster.h"
#include "domain/streamevent.h"
#include "domain/truck.h"
#include "eventrecorder.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "testfixtures.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace et;

namespace {
QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

class TestWebSocketEvents : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QString m_token; ///< an operator's access token

    QUrl wsUrl() const
    {
        QUrl u = m_server.url();
        u.setScheme(QStringLiteral("ws"));
        u.setPath(QStringLiteral("/api/v1/ws"));
        return u;
    }

    // Opens a socket and collects its text messages into `into`.
    std::unique_ptr<QWebSocket> connectSocket(QStringList &into)
    {
        auto socket = std::make_unique<QWebSocket>();
        connect(socket.get(), &QWebSocket::textMessageReceived, this, [&into](const QString &m) { into << m; });
        QSignalSpy connected(socket.get(), &QWebSocket::connected);
        socket->open(wsUrl());
        if (!connected.wait(5000))
            return nullptr;
        // Signed in first; the `authenticated` answer is not one of the messages a test looks at.
        socket->sendTextMessage(test::authMessage(m_token));
        QDeadlineTimer deadline(5000);
        while (into.isEmpty() && !deadline.hasExpired())
            QTest::qWait(10);
        if (into.isEmpty() || parse(into.first()).value(QStringLiteral("event")).toString() != u"authenticated")
            return nullptr;
        into.clear();
        return socket;
    }

    static void subscribe(QWebSocket &socket, const QStringList &channels)
    {
        domain::ControlMessage m;
        m.event = QStringLiteral("subscribe");
        m.channels = channels;
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // 600 simulated seconds per real second: ten minutes, so ten balances, every second.
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("ws.sqlite")),
                                {QStringLiteral("--speed"), QStringLiteral("600"), QStringLiteral("--tick-ms"), QStringLiteral("250"),
                                 QStringLiteral("--start"), QStringLiteral("2024-04-13T01:00:00Z")}),
                 qPrintable(m_server.errorString()));
        m_token = m_server.signIn(domain::UserRole::Operator);
        QVERIFY2(!m_token.isEmpty(), qPrintable(m_server.errorString()));
    }

    void eventsMatchTheChangeLog()
    {
        QStringList messages;
        auto socket = connectSocket(messages);
        QVERIFY(socket);
        subscribe(*socket, domain::channel::all());
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 5000);
        auto subscribed = domain::ControlMessage::fromJson(parse(messages.takeFirst()));
        QVERIFY(subscribed.ok());
        QCOMPARE(subscribed.value().event, QStringLiteral("subscribed"));
        QCOMPARE(subscribed.value().channels, domain::channel::all());
        const qint64 start = subscribed.value().cursor;
        QVERIFY(start > 0);

        // A disaster registered meanwhile arrives as disaster.created.
        test::HttpTestClient http(m_server.url(), m_token);
        const domain::Disaster d = test::makeDisaster(domain::DisasterType::Earthquake, 3, 33.3, 126.6, 12.0);
        const auto created = http.post(QStringLiteral("/api/v1/disasters"), QJsonDocument(d.toRegistrationJson()).toJson());
        QCOMPARE(created.status, 201);

        QTRY_VERIFY_WITH_TIMEOUT(messages.size() > 150, 8000);
        QMap<qint64, domain::StreamEvent> events;
        qint64 last = start;
        QSet<QString> names;
        for (const QString &text : std::as_const(messages)) {
            auto e = domain::StreamEvent::fromJson(parse(text));
            QVERIFY2(e.ok(), qPrintable(text.left(200)));
            QVERIFY2(e.value().cursor > last, qPrintable(QStringLiteral("%1 after %2").arg(e.value().cursor).arg(last)));
            last = e.value().cursor;
            names.insert(e.value().event);
            events.insert(e.value().cursor, e.value());
        }
        QVERIFY(names.contains(QStringLiteral("balance.updated")));
        QVERIFY(names.contains(QStringLiteral("asset.updated")));
        QVERIFY(names.contains(QStringLiteral("disaster.created")));

        // Every change the (compacted) log holds between the subscription and the last event
        // arrived as an event with the same cursor and the same data.
        const auto batch = domain::ChangeBatch::fromJson(http.get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=5000").arg(start)).json);
        QVERIFY(batch.ok());
        int compared = 0;
        for (const auto &change : batch.value().changes) {
            if (change.cursor > last)
                break;
            QVERIFY2(events.contains(change.cursor), qPrintable(QStringLiteral("no event for cursor %1").arg(change.cursor)));
            auto fromEvent = events.value(change.cursor).toChange();
            QVERIFY(fromEvent.ok());
            QCOMPARE(fromEvent.value(), change);
            ++compared;
        }
        QVERIFY(compared > 5);
    }

    void onlySubscribedChannelsArrive()
    {
        QStringList messages;
        auto socket = connectSocket(messages);
        QVERIFY(socket);
        subscribe(*socket, {domain::channel::energy});
        QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 4, 8000);
        QCOMPARE(parse(messages.takeFirst()).value(QStringLiteral("event")).toString(), QStringLiteral("subscribed"));
        for (const QString &text : std::as_const(messages)) {
            const auto e = domain::StreamEvent::fromJson(parse(text));
            QVERIFY(e.ok());
            QCOMPARE(e.value().channel, domain::channel::energy);
            // The energy channel carries the balance each minute and the forecast each quarter-hour.
            QVERIFY2(e.value().event == u"balance.updated" || e.value().event == u"forecast.updated", qPrintable(e.value().event));
        }
    }

    void truckTelemetryIsCoalescedPerTick()
    {
        // Each tick runs 150 simulated seconds (600 × 250 ms): a driving truck changes every one of
        // them, and goes out once per tick with where it is at the tick's end.
        QStringList messages;
        auto socket = connectSocket(messages);
        QVERIFY(socket);
        subscribe(*socket, {domain::channel::trucks});
        QElapsedTimer wall;
        wall.start();
        QTest::qWait(3000);
        const double ticks = double(wall.elapsed()) / 250.0;
        QVERIFY(messages.size() > 1);
        QCOMPARE(parse(messages.takeFirst()).value(QStringLiteral("event")).toString(), QStringLiteral("subscribed"));
        QHash<QString, int> perTruck;
        QHash<QString, QDateTime> lastUpdate;
        int moved = 0;
        for (const QString &text : std::as_const(messages)) {
            const auto e = domain::StreamEvent::fromJson(parse(text));
            QVERIFY(e.ok());
            QCOMPARE(e.value().event, QStringLiteral("truck.updated"));
            const auto t = domain::Truck::fromJson(e.value().data);
            QVERIFY(t.ok());
            ++perTruck[t.value().id];
            // Successive events of one truck are whole ticks apart in simulated time.
            if (lastUpdate.contains(t.value().id) && t.value().status == domain::TruckStatus::Driving) {
                moved += lastUpdate[t.value().id].secsTo(t.value().updatedAt) > 1;
                QVERIFY(lastUpdate[t.value().id] < t.value().updatedAt);
            }
            lastUpdate[t.value().id] = t.value().updatedAt;
        }
        for (auto it = perTruck.cbegin(); it != perTruck.cend(); ++it)
            QVERIFY2(it.value() <= ticks + 2, qPrintable(QStringLiteral("%1: %2 events in %3 ticks").arg(it.key()).arg(it.value()).arg(ticks)));
        QVERIFY2(moved > 0, "no driving truck seen twice");
    }

    void badMessagesGetAnErrorAndTheSocketStays()
    {
        QStringList messages;
        auto socket = connectSocket(messages);
        QVERIFY(socket);
        const QList<QPair<QString, QString>> cases = {
            {QStringLiteral("this is not json"), QStringLiteral("invalid_json")},
            {QStringLiteral("[1,2,3]"), QStringLiteral("invalid_json")},
            {QStringLiteral("{\"event\":\"subscribe\",\"channels\":[\"bogus\"]}"), QStringLiteral("validation_failed")},
            {QStringLiteral("{\"event\":\"subscribe\",\"channels\":\"energy\"}"), QStringLiteral("validation_failed")},
            {QStringLiteral("{\"event\":\"dance\"}"), QStringLiteral("bad_request")},
        };
        for (const auto &[text, code] : cases) {
            messages.clear();
            socket->sendTextMessage(text);
            QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 5000);
            auto reply = domain::ControlMessage::fromJson(parse(messages.first()));
            QVERIFY2(reply.ok(), qPrintable(messages.first()));
            QCOMPARE(reply.value().event, QStringLiteral("error"));
            QCOMPARE(reply.value().errorCode, code);
            QVERIFY(!reply.value().errorMessage.isEmpty());
            QVERIFY(socket->state() == QAbstractSocket::ConnectedState);
        }
        socket->sendBinaryMessage("\x01\x02");
        messages.clear();
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 5000);
        QCOMPARE(parse(messages.first()).value(QStringLiteral("event")).toString(), QStringLiteral("error"));
        // Still usable: a good subscription works on the same socket.
        messages.clear();
        subscribe(*socket, {domain::channel::trucks, domain::channel::energy});
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 5000);
        const auto ok = domain::ControlMessage::fromJson(parse(messages.first()));
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().event, QStringLiteral("subscribed"));
    }

    void clientDisconnectDoesNotHurtTheServer()
    {
        for (int i = 0; i < 5; ++i) {
            QStringList messages;
            auto socket = connectSocket(messages);
            QVERIFY(socket);
            subscribe(*socket, domain::channel::all());
            socket->abort(); // gone without a close handshake
        }
        test::HttpTestClient http(m_server.url(), m_token);
        QTest::qWait(600); // events keep flowing towards the dead sockets meanwhile
        QCOMPARE(http.get(QStringLiteral("/api/v1/health")).status, 200);
        QVERIFY(m_server.isRunning());
    }

    void cleanupTestCase()
    {
        QVERIFY(m_server.terminate());
    }
};

QTEST_GUILESS_MAIN(TestWebSocketEvents)
#include "tst_websocketevents.moc"
