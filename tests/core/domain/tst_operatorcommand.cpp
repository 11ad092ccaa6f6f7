// SPDX-License-Identifier: MIT
// Dispatch orders and operator commands: the codecs refuse what the server must never store, and a
// command's optimistic effect is what the operator should see while it waits in the outbox.
#include "domain/dispatchorder.h"
#include "domain/disaster.h"
#include "domain/operatorcommand.h"

#include "jsonfixture.h"

#include <QTest>

using namespace et::domain;

using et::test::jsonObject;
using et::test::jsonWith;

namespace {

const char *kOrder = R"({"id":"ord-5f3a9c2e71b4","truck_id":"truck-03","kind":"charge","target_asset_id":"wind-tamra",
 "kwh":400,"created_at":"2026-11-23T05:00:00.000Z","status":"active","done_kwh":125.5,"reason":null,
 "updated_at":"2026-11-23T05:12:00.000Z"})";
const char *kDisaster = R"({"id":"dis-1","type":"typhoon","severity":4,"lat":33.25,"lon":126.56,"radius_km":80,
 "started_at":"2026-09-01T00:00:00.000Z","ended_at":null,"status":"active","title":"","description":"",
 "updated_at":"2026-09-01T00:10:00.000Z"})";

} // namespace

class TestOperatorCommand : public QObject
{
    Q_OBJECT

private slots:
    void orderRoundTrip()
    {
        const auto order = DispatchOrder::fromJson(jsonObject(kOrder));
        QVERIFY2(order.ok(), qPrintable(order.error().toString()));
        QCOMPARE(order.value().kwh, 400.0);
        QCOMPARE(order.value().doneKwh, 125.5);
        QVERIFY(order.value().status == OrderStatus::Active);
        QVERIFY(order.value().kind == OrderKind::Charge);
        QVERIFY(!order.value().isFinal());
        const auto back = DispatchOrder::fromJson(order.value().toJson());
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back.value(), order.value());
        // The request carries only what the operator chose.
        const QJsonObject request = order.value().toRequestJson();
        QVERIFY(!request.contains(QStringLiteral("status")));
        const auto fromRequest = DispatchOrder::fromRequestJson(request);
        QVERIFY2(fromRequest.ok(), qPrintable(fromRequest.error().toString()));
        QVERIFY(fromRequest.value().status == OrderStatus::Pending);
        QCOMPARE(fromRequest.value().truckId, QStringLiteral("truck-03"));
    }

    void badOrders_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("id not ours") << jsonWith(kOrder, QStringLiteral("id"), QStringLiteral("1; DROP TABLE orders")) << "id";
        QTest::newRow("id too short") << jsonWith(kOrder, QStringLiteral("id"), QStringLiteral("ord-12")) << "id";
        QTest::newRow("id and a newline") << jsonWith(kOrder, QStringLiteral("id"), QStringLiteral("ord-5f3a9c2e71b4\n")) << "id";
        QTest::newRow("id upper case") << jsonWith(kOrder, QStringLiteral("id"), QStringLiteral("ord-ABCDEFGH")) << "id";
        QTest::newRow("no truck") << jsonWith(kOrder, QStringLiteral("truck_id"), QJsonValue::Undefined) << "truck_id";
        QTest::newRow("unknown kind") << jsonWith(kOrder, QStringLiteral("kind"), QStringLiteral("steal")) << "kind";
        QTest::newRow("zero kWh") << jsonWith(kOrder, QStringLiteral("kwh"), 0) << "kwh";
        QTest::newRow("negative kWh") << jsonWith(kOrder, QStringLiteral("kwh"), -5) << "kwh";
        QTest::newRow("kWh as text") << jsonWith(kOrder, QStringLiteral("kwh"), QStringLiteral("400")) << "kwh";
        QTest::newRow("absurd kWh") << jsonWith(kOrder, QStringLiteral("kwh"), 1e9) << "kwh";
        QTest::newRow("unknown status") << jsonWith(kOrder, QStringLiteral("status"), QStringLiteral("lost")) << "status";
        QTest::newRow("no created_at") << jsonWith(kOrder, QStringLiteral("created_at"), QJsonValue::Undefined) << "created_at";
        QTest::newRow("reason not text") << jsonWith(kOrder, QStringLiteral("reason"), 3) << "reason";
    }

    void badOrders()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        const auto r = DispatchOrder::fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, field);
    }

    void commandPathsAndTargets()
    {
        const auto order = DispatchOrder::fromJson(jsonObject(kOrder)).value();
        const QDateTime at(QDate(2026, 11, 23), QTime(5, 1), Qt::UTC);
        const auto create = OperatorCommand::createOrder(order, QStringLiteral("cmd-a"));
        QCOMPARE(create.path(), QStringLiteral("/orders"));
        QCOMPARE(create.targetId, order.id);
        QVERIFY(create.targetEntity() == EntityKind::Order);
        const auto cancel = OperatorCommand::cancelOrder(order.id, QStringLiteral("cmd-b"), at);
        QCOMPARE(cancel.path(), QStringLiteral("/orders/ord-5f3a9c2e71b4/cancel"));
        const auto ack = OperatorCommand::acknowledgeDisaster(QStringLiteral("dis-1"), QStringLiteral("cmd-c"), at);
        QCOMPARE(ack.path(), QStringLiteral("/disasters/dis-1/acknowledge"));
        QVERIFY(ack.targetEntity() == EntityKind::Disaster);
        for (const OperatorCommand &c : {create, cancel, ack}) {
            const auto back = OperatorCommand::fromJson(c.toJson());
            QVERIFY2(back.ok(), qPrintable(back.error().toString()));
            QCOMPARE(back.value(), c);
        }
    }

    void keys()
    {
        const QString a = OperatorCommand::newKey();
        QVERIFY(a.startsWith(QStringLiteral("cmd-")));
        QCOMPARE(a.size(), 36);
        QVERIFY(a != OperatorCommand::newKey());
        QVERIFY(OperatorCommand::isValidKey(a));
        QVERIFY(!OperatorCommand::isValidKey(u""));
        QVERIFY(!OperatorCommand::isValidKey(u"with space"));
        QVERIFY(!OperatorCommand::isValidKey(u"키"));
        QVERIFY(!OperatorCommand::isValidKey(QString(201, u'k')));
        QVERIFY(OperatorCommand::isValidKey(QString(200, u'k')));
    }

    void badCommands()
    {
        const auto order = DispatchOrder::fromJson(jsonObject(kOrder)).value();
        QJsonObject c = OperatorCommand::createOrder(order, QStringLiteral("cmd-a")).toJson();
        c.insert(QStringLiteral("target_id"), QStringLiteral("ord-somethingelse"));
        QCOMPARE(OperatorCommand::fromJson(c).error().field, QStringLiteral("target_id"));
        QJsonObject body = order.toRequestJson();
        body.insert(QStringLiteral("kwh"), -1);
        c = OperatorCommand::createOrder(order, QStringLiteral("cmd-a")).toJson();
        c.insert(QStringLiteral("body"), body);
        QCOMPARE(OperatorCommand::fromJson(c).error().field, QStringLiteral("body.kwh"));
        c.insert(QStringLiteral("kind"), QStringLiteral("order.teleport"));
        QCOMPARE(OperatorCommand::fromJson(c).error().field, QStringLiteral("kind"));
        c = OperatorCommand::createOrder(order, QStringLiteral("bad key")).toJson();
        QCOMPARE(OperatorCommand::fromJson(c).error().field, QStringLiteral("key"));
    }

    void optimisticEffects()
    {
        const auto order = DispatchOrder::fromJson(jsonObject(kOrder)).value();
        const QDateTime at(QDate(2026, 11, 23), QTime(5, 1), Qt::UTC);

        // A new order shows as pending, and decodes as an order.
        const auto created = DispatchOrder::fromJson(OperatorCommand::createOrder(order, QStringLiteral("k1")).optimisticEffect({}));
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        QVERIFY(created.value().status == OrderStatus::Pending);
        QCOMPARE(created.value().doneKwh, 0.0);

        // Cancelling an open order shows "cancelling"; a finished order is left as the server has it.
        const auto cancel = OperatorCommand::cancelOrder(order.id, QStringLiteral("k2"), at);
        const auto cancelling = DispatchOrder::fromJson(cancel.optimisticEffect(order.toJson()));
        QVERIFY(cancelling.ok());
        QVERIFY(cancelling.value().status == OrderStatus::Cancelling);
        DispatchOrder done = order;
        done.status = OrderStatus::Completed;
        QCOMPARE(cancel.optimisticEffect(done.toJson()), done.toJson());
        QVERIFY(cancel.optimisticEffect({}).isEmpty());

        // Acknowledging marks the disaster; an acknowledgement the server already made stays.
        const auto ack = OperatorCommand::acknowledgeDisaster(QStringLiteral("dis-1"), QStringLiteral("k3"), at);
        const auto acked = Disaster::fromJson(ack.optimisticEffect(jsonObject(kDisaster)));
        QVERIFY2(acked.ok(), qPrintable(acked.error().toString()));
        QCOMPARE(acked.value().acknowledgedAt, std::optional<QDateTime>(at));
        const QDateTime earlier = at.addSecs(-600);
        const QJsonObject already = jsonWith(kDisaster, QStringLiteral("acknowledged_at"), toIsoUtc(earlier));
        QCOMPARE(Disaster::fromJson(ack.optimisticEffect(already)).value().acknowledgedAt, std::optional<QDateTime>(earlier));
    }
};

QTEST_GUILESS_MAIN(TestOperatorCommand)
#include "tst_operatorcommand.moc"
