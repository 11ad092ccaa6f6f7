// SPDX-License-Identifier: MIT
// The order side of the console's models over a real Store: an order the operator gives shows at
// once (pending, waiting), one truck's orders are filtered and ranked newest first, and a refused
// command is described in the operator's terms and stays until dismissed. Each model runs under
// QAbstractItemModelTester.
#include "commandrejectionmodel.h"
#include "modeltesthelpers.h"
#include "operatorcommands.h"
#include "orderlistmodel.h"
#include "storefixture.h"
#include "truckordersmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace et;

class TestOrderModels : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_fixture = std::make_unique<test::StoreFixture>();
        const QString error = m_fixture->openWithSnapshot();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void givenOrderShowsAtOncePendingAndWaiting()
    {
        client::Store &store = m_fixture->store();
        models::OrderListModel orders(&store);
        const auto tester = test::contractTester(&orders);
        models::OperatorCommands commands(&store);
        QSignalSpy queued(&commands, &models::OperatorCommands::queued);
        QCOMPARE(orders.rowCount(), 0);
        QCOMPARE(commands.createOrder(QStringLiteral("truck-01"), QStringLiteral("charge"), QStringLiteral("wind-gasiri"), 400), QString());
        QCOMPARE(queued.count(), 1);
        QCOMPARE(orders.rowCount(), 1);
        QCOMPARE(test::value(orders, 0, "status").toString(), QStringLiteral("pending"));
        QVERIFY(test::value(orders, 0, "waiting").toBool());
        QVERIFY(!test::value(orders, 0, "finished").toBool());
        QCOMPARE(test::value(orders, 0, "truckName").toString(), QStringLiteral("에너지트럭 1호"));
        QCOMPARE(test::value(orders, 0, "targetName").toString(), store.assets().at(test::rowOfAsset(store, "wind-gasiri")).name);
        QCOMPARE(test::value(orders, 0, "kwh").toDouble(), 400.0);
        QCOMPARE(store.outboxSize(), 1);

        // The server confirms: the row changes in place and stops waiting.
        const QString id = test::value(orders, 0, "orderId").toString();
        const QString key = store.outbox().first().command.key;
        auto accepted = store.orders().first();
        accepted.status = domain::OrderStatus::Active;
        accepted.doneKwh = 100.0;
        accepted.updatedAt = accepted.createdAt.addSecs(60);
        QSignalSpy changed(&orders, &QAbstractItemModel::dataChanged);
        QVERIFY(store.acknowledge(key, accepted.toJson()).ok());
        QCOMPARE(orders.rowCount(), 1);
        QCOMPARE(test::value(orders, 0, "orderId").toString(), id);
        QCOMPARE(test::value(orders, 0, "status").toString(), QStringLiteral("active"));
        QVERIFY(!test::value(orders, 0, "waiting").toBool());
        QCOMPARE(test::value(orders, 0, "progress").toDouble(), 0.25);
        QVERIFY(changed.count() >= 1);
    }

    void badInputIsRefusedBeforeAnythingIsQueued_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("kwh");
        QTest::addColumn<QString>("target");
        QTest::newRow("unknown kind") << "refuel" << 100.0 << "wind-gasiri";
        QTest::newRow("no energy") << "charge" << 0.0 << "wind-gasiri";
        QTest::newRow("negative") << "deliver" << -5.0 << "sub-sinjeju";
        QTest::newRow("NaN") << "charge" << qQNaN() << "wind-gasiri";
        QTest::newRow("no target") << "charge" << 100.0 << "";
    }

    void badInputIsRefusedBeforeAnythingIsQueued()
    {
        QFETCH(QString, kind);
        QFETCH(double, kwh);
        QFETCH(QString, target);
        models::OperatorCommands commands(&m_fixture->store());
        QVERIFY(!commands.createOrder(QStringLiteral("truck-01"), kind, target, kwh).isEmpty());
        QCOMPARE(m_fixture->store().outboxSize(), 0);
    }

    void oneTrucksOrdersNewestFirstAndBusy()
    {
        client::Store &store = m_fixture->store();
        models::OrderListModel orders(&store);
        const auto ordersTester = test::contractTester(&orders);
        models::TruckOrdersModel truckOrders(&orders);
        const auto tester = test::contractTester(&truckOrders);
        models::OperatorCommands commands(&store);
        // truck-02's finished order from the server, then a new one for truck-01 and one for truck-02.
        auto done = domain::DispatchOrder::fromRequestJson(QJsonObject{
            {"id", "ord-server000001"}, {"truck_id", "truck-02"}, {"kind", "deliver"}, {"target_asset_id", "sub-sinjeju"},
            {"kwh", 200}, {"created_at", "2026-11-23T04:00:00Z"}}).value();
        done.status = domain::OrderStatus::Completed;
        done.doneKwh = 200;
        QVERIFY(store.applyChanges({{20, domain::EntityKind::Order, domain::ChangeOp::Upsert, done.id, done.toJson()}}, 20).ok());
        QVERIFY(commands.createOrder(QStringLiteral("truck-01"), QStringLiteral("charge"), QStringLiteral("wind-gasiri"), 100).isEmpty());
        QVERIFY(commands.createOrder(QStringLiteral("truck-02"), QStringLiteral("charge"), QStringLiteral("solar-gujwa"), 300).isEmpty());
        QCOMPARE(orders.rowCount(), 3);

        QCOMPARE(truckOrders.count(), 0); // no truck chosen
        truckOrders.setTruckId(QStringLiteral("truck-02"));
        QCOMPARE(truckOrders.count(), 2);
        QCOMPARE(test::value(truckOrders, 0, "targetAssetId").toString(), QStringLiteral("solar-gujwa")); // the new one on top
        QCOMPARE(test::value(truckOrders, 1, "orderId").toString(), done.id);
        QVERIFY(truckOrders.busy());

        // Cancelling the open order: it shows as cancelling, and once the server cancels it the truck is free.
        const QString open = test::value(truckOrders, 0, "orderId").toString();
        QVERIFY(commands.cancelOrder(open).isEmpty());
        QCOMPARE(test::value(truckOrders, 0, "status").toString(), QStringLiteral("cancelling")); // even before the order itself went out
        auto cancelled = store.orders().first();
        for (const auto &o : store.orders()) {
            if (o.id == open)
                cancelled = o;
        }
        cancelled.status = domain::OrderStatus::Cancelled;
        cancelled.updatedAt = cancelled.createdAt.addSecs(5);
        const auto queue = store.outbox();
        for (const auto &q : queue)
            QVERIFY(store.acknowledge(q.command.key, q.command.targetId == open ? cancelled.toJson() : QJsonObject()).ok());
        QCOMPARE(test::value(truckOrders, 0, "status").toString(), QStringLiteral("cancelled"));
        QVERIFY(!truckOrders.busy());
    }

    void refusalIsDescribedAndDismissed()
    {
        client::Store &store = m_fixture->store();
        models::CommandRejectionModel rejections(&store);
        const auto tester = test::contractTester(&rejections);
        models::OperatorCommands commands(&store);
        QVERIFY(commands.createOrder(QStringLiteral("truck-01"), QStringLiteral("charge"), QStringLiteral("wind-gasiri"), 250).isEmpty());
        const QString key = store.outbox().first().command.key;
        QSignalSpy count(&rejections, &models::CommandRejectionModel::countChanged);
        QVERIFY(store.reject(key, QStringLiteral("truck-01 already works on order ord-x"), QStringLiteral("conflict")).ok());
        QCOMPARE(rejections.rowCount(), 1);
        QVERIFY(count.count() >= 1);
        const QString description = test::value(rejections, 0, "description").toString();
        QVERIFY2(description.contains(QStringLiteral("에너지트럭 1호")) && description.contains(QStringLiteral("250")), qPrintable(description));
        QCOMPARE(test::value(rejections, 0, "reason").toString(), QStringLiteral("truck-01 already works on order ord-x"));
        rejections.dismiss(key);
        QCOMPARE(rejections.rowCount(), 0);
    }

private:
    std::unique_ptr<test::StoreFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestOrderModels)
#include "tst_ordermodels.moc"
