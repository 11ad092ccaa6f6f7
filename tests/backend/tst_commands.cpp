// SPDX-License-Identifier: MIT
// The other operator commands on the real server — cancelling an order and acknowledging a
// disaster — their announcements on the WebSocket and in the change log, the JSON depth guard
// on every body, and /ready.
#include "domain/change.h"
#include "domain/dispatchorder.h"
#include "domain/streamevent.h"
#include "eventrecorder.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "testfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::DispatchOrder;
using domain::OrderKind;
using test::HttpReply;

namespace {

QByteArray nested(int depth)
{
    return QByteArray("{\"a\":") + QByteArray(depth - 1, '[') + QByteArray(depth - 1, ']') + '}';
}
} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QString m_token; ///< an operator's access token
    std::unique_ptr<test::HttpTestClient> m_http;
    QSet<QString> m_usedTrucks;

    // Accepts a fresh charge order and returns it as the server answered.
    DispatchOrder placeOrder(const QString &id)
    {
        const auto target = test::pickOrderTarget(*m_http, OrderKind::Charge, 100, m_usedTrucks);
        if (!target)
            qFatal("no free truck left");
        m_usedTrucks.insert(target->truck.id);
        const auto o = test::makeOrder(id, target->truck.id, OrderKind::Charge, target->assetId, 100);
        const HttpReply r = m_http->post(QStringLiteral("/api/v1/orders"), test::compactJson(o.toRequestJson()), test::idempotencyKey("cmd-place-" + id.toLatin1()));
        if (r.status != 201)
            qWarning() << "placing failed:" << r.body;
        return DispatchOrder::fromJson(r.json).value();
    }

    QJsonObject truck(const QString &id)
    {
        for (const auto &v : m_http->get(QStringLiteral("/api/v1/trucks")).json.value(QStringLiteral("items")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        }
        return {};
    }

    HttpReply cancel(const QString &id, const QByteArray &k, const QByteArray &body = {})
    {
        return m_http->post(QStringLiteral("/api/v1/orders/%1/cancel").arg(id), body, k.isEmpty() ? QHash<QByteArray, QByteArray>{} : test::idempotencyKey(k));
    }

    static QString errorCode(const HttpReply &r) { return r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("commands.sqlite")),
                                {QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--rate-limit"), QStringLiteral("0")}),
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

    void cancelStopsTheTruckAndIsFinal()
    {
        const DispatchOrder o = placeOrder(QStringLiteral("ord-cancel-001"));
        QCOMPARE(truck(o.truckId).value(QStringLiteral("order_id")).toString(), o.id);
        QCOMPARE(cancel(o.id, {}).status, 400); // the key is required
        QCOMPARE(errorCode(cancel(o.id, "cmd-c-bad", "[1]")), QStringLiteral("invalid_json"));

        const HttpReply done = cancel(o.id, "cmd-c-1", "{}");
        QCOMPARE(done.status, 200);
        const auto cancelled = DispatchOrder::fromJson(done.json);
        QVERIFY(cancelled.ok());
        QVERIFY(cancelled.value().status == domain::OrderStatus::Cancelled);
        QCOMPARE(cancelled.value().reason, QStringLiteral("cancelled by an operator"));
        QVERIFY(cancelled.value().updatedAt >= o.updatedAt);
        const QJsonObject t = truck(o.truckId);
        QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("idle"));
        QVERIFY(t.value(QStringLiteral("order_id")).isNull());
        QVERIFY(t.value(QStringLiteral("target_asset_id")).isNull());
        QCOMPARE(t.value(QStringLiteral("speed_kmh")).toDouble(), 0.0);

        // The same key replays the success; a new one finds the order finished.
        const HttpReply replay = cancel(o.id, "cmd-c-1");
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.header("Idempotent-Replay"), QByteArray("true"));
        QCOMPARE(replay.body, done.body);
        const HttpReply again = cancel(o.id, "cmd-c-2");
        QCOMPARE(again.status, 409);
        QCOMPARE(errorCode(again), QStringLiteral("conflict"));
        const HttpReply unknown = cancel(QStringLiteral("ord-nosuch-001"), "cmd-c-3");
        QCOMPARE(unknown.status, 404);
        QCOMPARE(errorCode(unknown), QStringLiteral("not_found"));
        // Afterwards the truck takes a new order.
        const auto next = test::makeOrder(QStringLiteral("ord-cancel-002"), o.truckId, OrderKind::Charge, o.targetAssetId, 50);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/orders"), test::compactJson(next.toRequestJson()), test::idempotencyKey("cmd-c-4")).status, 201);
    }

    void acknowledgeKeepsTheFirstTime()
    {
        const auto d = test::makeDisaster(domain::DisasterType::Flood, 2, 33.3, 126.3, 2.0);
        const HttpReply created = m_http->post(QStringLiteral("/api/v1/disasters"), test::compactJson(d.toRegistrationJson()));
        QCOMPARE(created.status, 201);
        QVERIFY(created.json.value(QStringLiteral("acknowledged_at")).isNull());
        const QString id = created.json.value(QStringLiteral("id")).toString();
        const QString path = QStringLiteral("/api/v1/disasters/%1/acknowledge").arg(id);
        QCOMPARE(m_http->post(path, {}).status, 400); // the key is required

        const QDateTime simBefore = test::serverSimTime(*m_http);
        const HttpReply first = m_http->post(path, {}, test::idempotencyKey("cmd-ack-1"));
        QCOMPARE(first.status, 200);
        const auto acked = domain::Disaster::fromJson(first.json);
        QVERIFY2(acked.ok(), first.body.constData());
        QVERIFY(acked.value().acknowledgedAt);
        QVERIFY(*acked.value().acknowledgedAt >= simBefore && *acked.value().acknowledgedAt <= test::serverSimTime(*m_http));
        QCOMPARE(acked.value().toRegistrationJson(), domain::Disaster::fromJson(created.json).value().toRegistrationJson());

        QTest::qWait(1100); // a simulated second later
        const HttpReply second = m_http->post(path, "{}", test::idempotencyKey("cmd-ack-2"));
        QCOMPARE(second.status, 200);
        QVERIFY(second.header("Idempotent-Replay").isEmpty());
        QCOMPARE(second.json.value(QStringLiteral("acknowledged_at")), first.json.value(QStringLiteral("acknowledged_at")));
        QCOMPARE(m_http->post(path, {}, test::idempotencyKey("cmd-ack-1")).header("Idempotent-Replay"), QByteArray("true"));
        bool listed = false;
        for (const auto &v : m_http->get(QStringLiteral("/api/v1/disasters")).json.value(QStringLiteral("items")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id) {
                listed = true;
                QCOMPARE(v.toObject(), first.json);
            }
        }
        QVERIFY(listed);
        const HttpReply unknown = m_http->post(QStringLiteral("/api/v1/disasters/dis-none/acknowledge"), {}, test::idempotencyKey("cmd-ack-3"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(errorCode(unknown), QStringLiteral("not_found"));
    }

    void ordersReachTheWebSocketAndTheChangeLog()
    {
        test::EventRecorder recorder;
        QVERIFY(recorder.open(m_server.url(), {domain::channel::orders}, m_token));
        const QList<domain::StreamEvent> &events = recorder.events;
        const qint64 before = qint64(m_http->get(QStringLiteral("/api/v1/health")).json.value(QStringLiteral("cursor")).toDouble());

        const DispatchOrder placed = placeOrder(QStringLiteral("ord-events-01"));
        const HttpReply cancelled = cancel(placed.id, "cmd-ev-1");
        QCOMPARE(cancelled.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(events.size() >= 2, 5000);
        QCOMPARE(events[0].channel, QStringLiteral("orders"));
        QCOMPARE(events[0].event, QStringLiteral("order.created"));
        QCOMPARE(events[0].data, placed.toJson());
        QCOMPARE(events[1].event, QStringLiteral("order.updated"));
        QCOMPARE(events[1].data, cancelled.json);
        QVERIFY(events[1].cursor > events[0].cursor);

        // The delta has the order once, at its newest, and the truck that went with it.
        const auto batch = domain::ChangeBatch::fromJson(m_http->get(QStringLiteral("/api/v1/sync/changes?since=%1").arg(before)).json);
        QVERIFY(batch.ok());
        int orders = 0;
        bool truckSeen = false;
        for (const auto &c : batch.value().changes) {
            if (c.entity == domain::EntityKind::Order) {
                ++orders;
                QCOMPARE(c.data, cancelled.json);
                QCOMPARE(c.cursor, events[1].cursor);
            }
            truckSeen = truckSeen || (c.entity == domain::EntityKind::Truck && c.id == placed.truckId);
        }
        QCOMPARE(orders, 1);
        QVERIFY(truckSeen);
    }

    void deepJsonIsRefusedBeforeParsing()
    {
        for (const QString &path : {QStringLiteral("/api/v1/orders"), QStringLiteral("/api/v1/disasters")}) {
            const HttpReply deep = m_http->post(path, nested(17), test::idempotencyKey("cmd-deep-" + path.toLatin1()));
            QCOMPARE(deep.status, 400);
            QCOMPARE(errorCode(deep), QStringLiteral("json_too_deep"));
            QCOMPARE(deep.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
                     QStringLiteral("the body nests 17 levels deep; the limit is 16"));
            // Sixteen levels get through to the validation.
            const HttpReply ok = m_http->post(path, nested(16), test::idempotencyKey("cmd-deep16-" + path.toLatin1()));
            QCOMPARE(ok.status, 422);
        }
        // Brackets inside strings are text, not nesting.
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/disasters"), "{\"title\":\"" + QByteArray(40, '[') + "\"}").status, 422);
        // Not recorded: the key can still be used once the body is fine.
        const auto d = test::makeDisaster(domain::DisasterType::Outage, 1, 33.5, 126.5, 1.0);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/disasters"), test::compactJson(d.toRegistrationJson()), test::idempotencyKey("cmd-deep-/api/v1/disasters")).status, 201);
    }

    void readyWhileRunning()
    {
        const HttpReply r = m_http->get(QStringLiteral("/api/v1/ready"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json, (QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")}}));
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
