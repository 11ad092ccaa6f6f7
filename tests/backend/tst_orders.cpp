// SPDX-License-Identifier: MIT
// POST/GET /api/v1/orders on the real server: the Idempotency-Key rules (replay, reuse, two
// sockets at once, refusals recorded), every validation, 404 and 409 rule, and the bounded list.
#include "domain/dispatchorder.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "testfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::DispatchOrder;
using domain::OrderKind;
using test::HttpReply;

namespace {

// One HTTP/1.1 request written on a socket of its own, without waiting for the answer.
QByteArray rawPost(const QString &path, const QByteArray &key, const QByteArray &body, const QString &accessToken)
{
    return "POST " + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer "
           + accessToken.toLatin1() + "\r\nIdempotency-Key: " + key
           + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// Reads a whole answer (the server closes after it): the head and the body.
QPair<QByteArray, QByteArray> readAnswer(QTcpSocket &socket)
{
    QByteArray all;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        all += socket.readAll();
    all += socket.readAll();
    const qsizetype split = all.indexOf("\r\n\r\n");
    return {all.left(split), all.mid(split + 4)};
}
} // namespace

class TestOrders : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QString m_token; ///< an operator's access token
    std::unique_ptr<test::HttpTestClient> m_http;
    QSet<QString> m_usedTrucks;
    int m_nextId = 0;

    QString newId() { return QStringLiteral("ord-tst-%1").arg(++m_nextId, 4, 10, QLatin1Char('0')); }

    // A valid charge order for a truck no other test uses.
    DispatchOrder freshOrder(double kwh = 50.0)
    {
        const auto target = test::pickOrderTarget(*m_http, OrderKind::Charge, kwh, m_usedTrucks);
        if (!target)
            qFatal("no free truck left for a test order");
        m_usedTrucks.insert(target->truck.id);
        return test::makeOrder(newId(), target->truck.id, OrderKind::Charge, target->assetId, kwh);
    }

    HttpReply post(const DispatchOrder &o, const QByteArray &k)
    {
        return m_http->post(QStringLiteral("/api/v1/orders"), test::compactJson(o.toRequestJson()), test::idempotencyKey(k));
    }

    QJsonArray listed() { return m_http->get(QStringLiteral("/api/v1/orders")).json.value(QStringLiteral("items")).toArray(); }

    DispatchOrder orderById(const QString &id)
    {
        for (const auto &v : listed()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return DispatchOrder::fromJson(v).value();
        }
        return {};
    }

    int countListed(const QString &id)
    {
        int n = 0;
        for (const auto &v : listed())
            n += v.toObject().value(QStringLiteral("id")).toString() == id;
        return n;
    }

    void verifyError(const HttpReply &r, int status, const QString &code, const QString &startsWith = {})
    {
        QCOMPARE(r.status, status);
        const QJsonObject e = r.json.value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), code);
        QVERIFY2(e.value(QStringLiteral("message")).toString().startsWith(startsWith), r.body.constData());
        QCOMPARE(e.value(QStringLiteral("request_id")).toString().toLatin1(), r.header("X-Request-ID"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Seed 2 has truck-13 in maintenance; one simulated second per real second keeps trucks
        // where they are while the test runs.
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("orders.sqlite")),
                                {QStringLiteral("--seed"), QStringLiteral("2"), QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_server.errorString()));
        m_token = m_server.signIn(domain::UserRole::Operator);
        QVERIFY2(!m_token.isEmpty(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<test::HttpTestClient>(m_server.url(), m_token);
    }

    void cleanupTestCase()
    {
        m_http.reset();
        QVERIFY(m_server.terminate());
    }

    void aKeyIsRequiredAndMustBeSane()
    {
        const DispatchOrder o = freshOrder();
        const QByteArray body = test::compactJson(o.toRequestJson());
        verifyError(m_http->post(QStringLiteral("/api/v1/orders"), body), 400, QStringLiteral("bad_request"), QStringLiteral("Idempotency-Key:"));
        verifyError(post(o, QByteArray(201, 'k')), 400, QStringLiteral("bad_request"), QStringLiteral("Idempotency-Key:"));
        verifyError(post(o, "bad\x01key"), 400, QStringLiteral("bad_request"), QStringLiteral("Idempotency-Key:"));
        QCOMPARE(countListed(o.id), 0);
        QCOMPARE(post(o, QByteArray(200, 'k')).status, 201); // 200 characters is the longest key
    }

    void theSameKeyTwiceIsOneOrder()
    {
        const DispatchOrder o = freshOrder();
        const double replaysBefore = test::scrapeMetric(*m_http, "et_idempotent_replays_total");
        const qint64 before = qint64(m_http->get(QStringLiteral("/api/v1/health")).json.value(QStringLiteral("cursor")).toDouble());
        const HttpReply first = post(o, "cmd-replay-1");
        QCOMPARE(first.status, 201);
        QVERIFY(first.header("Idempotent-Replay").isEmpty());
        auto stored = DispatchOrder::fromJson(first.json);
        QVERIFY2(stored.ok(), first.body.constData());
        QCOMPARE(stored.value().toRequestJson(), o.toRequestJson());
        QVERIFY(stored.value().status == domain::OrderStatus::Accepted);

        const HttpReply again = post(o, "cmd-replay-1");
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replay"), QByteArray("true"));
        QCOMPARE(again.body, first.body);
        QCOMPARE(countListed(o.id), 1);
        QCOMPARE(test::scrapeMetric(*m_http, "et_idempotent_replays_total"), replaysBefore + 1);
        // The log holds one change for the order: the replay wrote nothing.
        const auto changes = m_http->get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=5000").arg(before)).json.value(QStringLiteral("changes")).toArray();
        int orderChanges = 0;
        for (const auto &c : changes)
            orderChanges += c.toObject().value(QStringLiteral("entity")).toString() == u"order";
        QCOMPARE(orderChanges, 1);
        // The truck took the order.
        for (const auto &t : m_http->get(QStringLiteral("/api/v1/trucks")).json.value(QStringLiteral("items")).toArray()) {
            if (t.toObject().value(QStringLiteral("id")).toString() == o.truckId)
                QCOMPARE(t.toObject().value(QStringLiteral("order_id")).toString(), o.id);
        }
    }

    void aKeyUsedForAnotherRequestIsRefused()
    {
        DispatchOrder o = freshOrder();
        QCOMPARE(post(o, "cmd-reuse-1").status, 201);
        DispatchOrder other = freshOrder();
        verifyError(post(other, "cmd-reuse-1"), 422, QStringLiteral("idempotency_key_reused"), QStringLiteral("key cmd-reuse-1 was used for POST /api/v1/orders with another body"));
        QCOMPARE(countListed(other.id), 0);
        verifyError(m_http->post(QStringLiteral("/api/v1/orders/%1/cancel").arg(o.id), {}, test::idempotencyKey("cmd-reuse-1")), 422,
                    QStringLiteral("idempotency_key_reused"), QStringLiteral("key cmd-reuse-1 was used for POST /api/v1/orders"));
        QVERIFY(orderById(o.id).status == domain::OrderStatus::Accepted); // not cancelled
        // The same body with other formatting is the same request.
        QByteArray pretty = QJsonDocument(o.toRequestJson()).toJson(QJsonDocument::Indented);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/orders"), pretty, test::idempotencyKey("cmd-reuse-1")).header("Idempotent-Replay"), QByteArray("true"));
    }

    void twoSocketsWithOneKeyMakeOneOrder()
    {
        const DispatchOrder o = freshOrder();
        const QByteArray request = rawPost(QStringLiteral("/api/v1/orders"), "cmd-race-1", test::compactJson(o.toRequestJson()), m_token);
        QTcpSocket a, b;
        a.connectToHost(m_server.url().host(), m_server.port());
        b.connectToHost(m_server.url().host(), m_server.port());
        QVERIFY(a.waitForConnected(5000) && b.waitForConnected(5000));
        // Both requests are on the wire before either is answered.
        a.write(request);
        b.write(request);
        QVERIFY(a.waitForBytesWritten(5000) && b.waitForBytesWritten(5000));
        const auto [headA, bodyA] = readAnswer(a);
        const auto [headB, bodyB] = readAnswer(b);
        QVERIFY2(headA.startsWith("HTTP/1.1 201") && headB.startsWith("HTTP/1.1 201"), (headA + "\n" + headB).constData());
        const int replays = int(headA.toLower().contains("idempotent-replay: true")) + int(headB.toLower().contains("idempotent-replay: true"));
        QCOMPARE(replays, 1);
        QCOMPARE(bodyA, bodyB);
        QCOMPARE(countListed(o.id), 1);
    }

    void refusalsAreRecordedAndReplayed()
    {
        // A 409 while the truck is busy stays the answer for that key after the truck is free.
        const DispatchOrder busy = freshOrder();
        QCOMPARE(post(busy, "cmd-refusal-a").status, 201);
        DispatchOrder second = test::makeOrder(newId(), busy.truckId, OrderKind::Charge, busy.targetAssetId, 40);
        const HttpReply refused = post(second, "cmd-refusal-b");
        verifyError(refused, 409, QStringLiteral("conflict"), busy.truckId + QStringLiteral(" already works on order ") + busy.id);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/orders/%1/cancel").arg(busy.id), {}, test::idempotencyKey("cmd-refusal-c")).status, 200);
        const HttpReply replayed = post(second, "cmd-refusal-b");
        QCOMPARE(replayed.status, 409);
        QCOMPARE(replayed.header("Idempotent-Replay"), QByteArray("true"));
        QCOMPARE(replayed.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")), refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")));
        // The replay carries its own request id.
        QCOMPARE(replayed.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("request_id")).toString().toLatin1(), replayed.header("X-Request-ID"));
        QCOMPARE(countListed(second.id), 0);
        // Under a new key the same order is accepted now.
        QCOMPARE(post(second, "cmd-refusal-d").status, 201);
    }

    void everyRuleRefuses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("startsWith");
        const DispatchOrder base = test::makeOrder(QStringLiteral("ord-rules-0001"), QStringLiteral("truck-01"), OrderKind::Charge, QStringLiteral("wind-tamra"), 100);
        auto with = [&](const QString &field, const QJsonValue &value) {
            QJsonObject o = base.toRequestJson();
            if (value.isUndefined())
                o.remove(field);
            else
                o.insert(field, value);
            return test::compactJson(o);
        };
        QTest::newRow("malformed") << QByteArray("{\"id\":") << 400 << "invalid_json" << "";
        QTest::newRow("array") << QByteArray("[]") << 400 << "invalid_json" << "";
        QTest::newRow("no truck_id") << with(QStringLiteral("truck_id"), QJsonValue::Undefined) << 422 << "validation_failed" << "truck_id:";
        QTest::newRow("bad id") << with(QStringLiteral("id"), QStringLiteral("order-1")) << 422 << "validation_failed" << "id:";
        QTest::newRow("kwh zero") << with(QStringLiteral("kwh"), 0) << 422 << "validation_failed" << "kwh:";
        QTest::newRow("kwh text") << with(QStringLiteral("kwh"), QStringLiteral("lots")) << 422 << "validation_failed" << "kwh:";
        QTest::newRow("unknown kind") << with(QStringLiteral("kind"), QStringLiteral("steal")) << 422 << "validation_failed" << "kind:";
        QTest::newRow("bad created_at") << with(QStringLiteral("created_at"), QStringLiteral("now")) << 422 << "validation_failed" << "created_at:";
        QTest::newRow("kwh over capacity") << with(QStringLiteral("kwh"), 99999) << 422 << "validation_failed" << "kwh:";
        QTest::newRow("charge at a substation") << with(QStringLiteral("target_asset_id"), QStringLiteral("sub-jeju")) << 422 << "validation_failed" << "target_asset_id:";
        QTest::newRow("unknown truck") << with(QStringLiteral("truck_id"), QStringLiteral("truck-99")) << 404 << "not_found" << "truck_id:";
        QTest::newRow("unknown target") << with(QStringLiteral("target_asset_id"), QStringLiteral("wind-atlantis")) << 404 << "not_found" << "target_asset_id:";
        QJsonObject deliverAtWind = base.toRequestJson();
        deliverAtWind.insert(QStringLiteral("kind"), QStringLiteral("deliver"));
        QTest::newRow("deliver at wind") << test::compactJson(deliverAtWind) << 422 << "validation_failed" << "target_asset_id:";
        QTest::newRow("truck in maintenance") << with(QStringLiteral("truck_id"), QStringLiteral("truck-13")) << 409 << "conflict" << "truck-13 is in maintenance";
    }
    void everyRuleRefuses()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, startsWith);
        const int before = int(listed().size());
        verifyError(m_http->post(QStringLiteral("/api/v1/orders"), body, test::idempotencyKey("cmd-rule-" + QByteArray(QTest::currentDataTag()).replace(' ', '-'))),
                    status, code, startsWith);
        QCOMPARE(int(listed().size()), before);
    }

    void anIdTakenByAnotherOrderConflicts()
    {
        const DispatchOrder o = freshOrder();
        QCOMPARE(post(o, "cmd-taken-1").status, 201);
        DispatchOrder other = freshOrder();
        other.id = o.id;
        verifyError(post(other, "cmd-taken-2"), 409, QStringLiteral("conflict"), QStringLiteral("id:"));
        // The very same order under another key is not a second order.
        const HttpReply same = post(o, "cmd-taken-3");
        QCOMPARE(same.status, 201);
        QCOMPARE(same.json.value(QStringLiteral("id")).toString(), o.id);
        QCOMPARE(countListed(o.id), 1);
    }

    void theListIsBoundedAndNewestFirst()
    {
        // 503 finished orders on one truck, then an open one: the list shows the open one and
        // the 500 newest finished.
        const auto target = test::pickOrderTarget(*m_http, OrderKind::Charge, 10, m_usedTrucks);
        QVERIFY(target);
        m_usedTrucks.insert(target->truck.id);
        const QDateTime base(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < 503; ++i) {
            DispatchOrder o = test::makeOrder(QStringLiteral("ord-list-%1").arg(i, 4, 10, QLatin1Char('0')), target->truck.id, OrderKind::Charge, target->assetId, 10);
            o.createdAt = base.addSecs(i);
            QCOMPARE(post(o, "cmd-list-" + QByteArray::number(i)).status, 201);
            QCOMPARE(m_http->post(QStringLiteral("/api/v1/orders/%1/cancel").arg(o.id), {}, test::idempotencyKey("cmd-list-cancel-" + QByteArray::number(i))).status, 200);
        }
        DispatchOrder open = freshOrder();
        open.createdAt = base.addDays(-1);
        QCOMPARE(post(open, "cmd-list-open").status, 201);

        const QJsonArray items = listed();
        int finished = 0, openOnes = 0;
        QSet<QString> ids;
        QDateTime last = QDateTime(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC);
        for (const auto &v : items) {
            const auto o = DispatchOrder::fromJson(v);
            QVERIFY(o.ok());
            QVERIFY(o.value().createdAt <= last);
            last = o.value().createdAt;
            ids.insert(o.value().id);
            o.value().isFinal() ? ++finished : ++openOnes;
        }
        QCOMPARE(finished, 500);
        QVERIFY(openOnes >= 1);
        QVERIFY(ids.contains(open.id));
        QVERIFY(ids.contains(QStringLiteral("ord-list-0502")));
        QVERIFY(ids.contains(QStringLiteral("ord-list-0003")));
        QVERIFY(!ids.contains(QStringLiteral("ord-list-0002")));
        QCOMPARE(test::scrapeMetric(*m_http, "et_orders_open"), double(openOnes));
    }
};

QTEST_GUILESS_MAIN(TestOrders)
#include "tst_orders.moc"
