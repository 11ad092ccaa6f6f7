// SPDX-License-Identifier: MIT
// TruckListModel over a real Store: a truck that moves changes only its own row's position roles,
// and each truck names the asset it is heading to. Each test runs under QAbstractItemModelTester.
#include "modeltesthelpers.h"
#include "storefixture.h"
#include "truckboardmodel.h"
#include "trucklistmodel.h"

#include <QGeoCoordinate>
#include <QJsonArray>

#include <QSignalSpy>
#include <QTest>

using namespace et;

class TestTruckListModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rowsMatchTheSnapshot();
    void targetNameComesFromTheAsset();
    void movingTruckUpdatesPositionInPlace();
    void renamedTargetUpdatesTheTruckRow();
    void aDrivingTrucksRouteIsTheRoadAheadWithItsEta();
    void taskSaysTheOrderAndItsEnergy();
    void boardKeepsLanesAndSharesTheSelection();

private:
    std::unique_ptr<test::StoreFixture> m_fixture;
    std::unique_ptr<models::TruckListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester; ///< watches m_model through each test function
};

void TestTruckListModel::init()
{
    m_fixture = std::make_unique<test::StoreFixture>();
    QString error;
    QVERIFY2(m_fixture->open(&error), qPrintable(error));
    QVERIFY(m_fixture->applySnapshot().ok());
    m_model = std::make_unique<models::TruckListModel>(&m_fixture->store());
    m_tester = test::contractTester(m_model.get());
}

void TestTruckListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_fixture.reset();
}

void TestTruckListModel::rowsMatchTheSnapshot()
{
    const auto batch = test::StoreFixture::snapshot();
    QVERIFY(batch.ok());
    int expected = 0;
    for (const auto &change : batch.value().changes) {
        if (change.entity != domain::EntityKind::Truck)
            continue;
        ++expected;
        const int row = test::rowOf(*m_model, "truckId", change.id);
        QVERIFY2(row >= 0, qPrintable(change.id));
        const QJsonObject &j = change.data;
        QCOMPARE(test::value(*m_model, row, "name").toString(), j.value("name").toString());
        QCOMPARE(test::value(*m_model, row, "kind").toString(), QStringLiteral("truck"));
        QCOMPARE(test::value(*m_model, row, "status").toString(), j.value("status").toString());
        QCOMPARE(test::value(*m_model, row, "soc").toDouble(), j.value("soc").toDouble());
        QCOMPARE(test::value(*m_model, row, "energyKwh").toDouble(),
                 j.value("soc").toDouble() * j.value("capacity_kwh").toDouble());
        QCOMPARE(test::value(*m_model, row, "latitude").toDouble(), j.value("lat").toDouble());
        QCOMPARE(test::value(*m_model, row, "longitude").toDouble(), j.value("lon").toDouble());
    }
    QCOMPARE(m_model->rowCount(), expected);
    QVERIFY(expected >= 3);
    // The snapshot has one truck in each of these states.
    const QVariantMap counts = m_model->statusCounts();
    QCOMPARE(counts.value("driving").toInt(), 1);
    QCOMPARE(counts.value("charging").toInt(), 1);
    QCOMPARE(counts.value("idle").toInt(), 1);
    QCOMPARE(counts.size(), 3);
}

void TestTruckListModel::targetNameComesFromTheAsset()
{
    const QString gasiri = test::StoreFixture::snapshotEntity("asset", "wind-gasiri").value("name").toString();
    QVERIFY(!gasiri.isEmpty());
    const int driving = test::rowOf(*m_model, "truckId", QStringLiteral("truck-01"));
    QCOMPARE(test::value(*m_model, driving, "targetAssetId").toString(), QStringLiteral("wind-gasiri"));
    QCOMPARE(test::value(*m_model, driving, "targetName").toString(), gasiri);
    const int idle = test::rowOf(*m_model, "truckId", QStringLiteral("truck-03"));
    QVERIFY(test::value(*m_model, idle, "targetName").toString().isEmpty());
}

void TestTruckListModel::movingTruckUpdatesPositionInPlace()
{
    const int row = test::rowOf(*m_model, "truckId", QStringLiteral("truck-01"));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    QJsonObject truck = test::StoreFixture::snapshotEntity("truck", "truck-01");
    truck["lat"] = 33.3950;
    truck["lon"] = 126.7200;
    QVERIFY(m_fixture->upsert("truck", truck).ok());

    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    const auto roles = changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(test::role(*m_model, "latitude")));
    QVERIFY(roles.contains(test::role(*m_model, "longitude")));
    QVERIFY(!roles.contains(test::role(*m_model, "soc")));
    QVERIFY(!roles.contains(test::role(*m_model, "name")));
    QCOMPARE(test::value(*m_model, row, "latitude").toDouble(), 33.3950);
    QCOMPARE(test::rowOf(*m_model, "truckId", QStringLiteral("truck-01")), row);
}

void TestTruckListModel::renamedTargetUpdatesTheTruckRow()
{
    QJsonObject gasiri = test::StoreFixture::snapshotEntity("asset", "wind-gasiri");
    gasiri["name"] = "가시리풍력발전단지";
    QVERIFY(m_fixture->upsert("asset", gasiri).ok());
    const int row = test::rowOf(*m_model, "truckId", QStringLiteral("truck-02"));
    QCOMPARE(test::value(*m_model, row, "targetName").toString(), QStringLiteral("가시리풍력발전단지"));
}

void TestTruckListModel::aDrivingTrucksRouteIsTheRoadAheadWithItsEta()
{
    // Left at 05:00 UTC (14:00 KST) over two junctions; 90 s later it is half-way along the second stretch.
    QJsonObject truck = test::StoreFixture::snapshotEntity("truck", "truck-01");
    truck["route"] = QJsonObject{{"departed_at", "2026-11-23T05:00:00Z"},
                                 {"on_roads", true},
                                 {"points", QJsonArray{QJsonArray{33.40, 126.70, 0}, QJsonArray{33.40, 126.72, 60}, QJsonArray{33.42, 126.72, 120},
                                                       QJsonArray{33.40, 126.76, 1530}}}};
    truck["updated_at"] = "2026-11-23T05:01:30Z";
    QVERIFY(m_fixture->upsert("truck", truck).ok());
    const int row = test::rowOf(*m_model, "truckId", QStringLiteral("truck-01"));
    const QVariantList route = test::value(*m_model, row, "route").toList();
    QCOMPARE(route.size(), 3); // where it is, then the two points ahead
    const auto here = route.first().value<QGeoCoordinate>();
    QVERIFY(std::abs(here.latitude() - 33.41) < 1e-9 && std::abs(here.longitude() - 126.72) < 1e-9);
    QCOMPARE(route.last().value<QGeoCoordinate>(), QGeoCoordinate(33.40, 126.76));
    // 05:00 + 1530 s = 05:25:30 UTC, 14:25 KST.
    QCOMPARE(test::value(*m_model, row, "etaText").toString(), QStringLiteral("14:25"));
    QVERIFY(test::value(*m_model, row, "routeLabel").toString().endsWith(QStringLiteral("14:25")));
    QCOMPARE(test::value(*m_model, row, "routeOnRoads").toBool(), true);
    QCOMPARE(test::value(*m_model, row, "lane").toInt(), 0);
    // A truck that is not driving has no trip.
    const int idle = test::rowOf(*m_model, "truckId", QStringLiteral("truck-03"));
    QVERIFY(test::value(*m_model, idle, "route").toList().isEmpty());
    QVERIFY(test::value(*m_model, idle, "etaText").toString().isEmpty());
}

void TestTruckListModel::taskSaysTheOrderAndItsEnergy()
{
    QJsonObject order{{"id", "ord-tasktest1"},   {"truck_id", "truck-02"}, {"kind", "charge"}, {"target_asset_id", "wind-gasiri"},
                      {"kwh", 300},              {"status", "active"},     {"done_kwh", 120.4}, {"created_at", "2026-11-23T04:00:00Z"},
                      {"updated_at", "2026-11-23T05:00:00Z"}};
    QVERIFY(m_fixture->upsert("order", order).ok());
    QJsonObject truck = test::StoreFixture::snapshotEntity("truck", "truck-02");
    truck["order_id"] = "ord-tasktest1";
    QVERIFY(m_fixture->upsert("truck", truck).ok());
    const QString gasiri = test::StoreFixture::snapshotEntity("asset", "wind-gasiri").value("name").toString();
    const int row = test::rowOf(*m_model, "truckId", QStringLiteral("truck-02"));
    QCOMPARE(test::value(*m_model, row, "task").toString(), QStringLiteral("Order: charge at %1 · 120 of 300 kWh").arg(gasiri));
    const int idle = test::rowOf(*m_model, "truckId", QStringLiteral("truck-03"));
    QCOMPARE(test::value(*m_model, idle, "task").toString(), QStringLiteral("Waiting for a task"));
}

void TestTruckListModel::boardKeepsLanesAndSharesTheSelection()
{
    models::TruckBoardModel board(m_model.get());
    const auto tester = test::contractTester(&board);
    const auto lanesInOrder = [&] {
        QStringList order;
        for (int r = 0; r < board.rowCount(); ++r)
            order << board.index(r, 0).data(m_model->roleOf("truckId")).toString();
        return order;
    };
    // Driving, charging, idle: truck-01, truck-02, truck-03.
    QCOMPARE(lanesInOrder(), (QStringList{"truck-01", "truck-02", "truck-03"}));

    board.select(2);
    QCOMPARE(m_model->selectedId(), QStringLiteral("truck-03"));
    QCOMPARE(board.selectedRow(), 2);

    // truck-03 leaves: it moves to the driving lane, after truck-01 by name; the selection
    // follows it.
    QSignalSpy selection(&board, &models::TruckBoardModel::selectionChanged);
    QJsonObject truck = test::StoreFixture::snapshotEntity("truck", "truck-03");
    truck["status"] = "driving";
    truck["target_asset_id"] = "wind-gasiri";
    QVERIFY(m_fixture->upsert("truck", truck).ok());
    QCOMPARE(lanesInOrder(), (QStringList{"truck-01", "truck-03", "truck-02"}));
    QCOMPARE(board.selectedRow(), 1);
    QVERIFY(selection.count() >= 1);
    QCOMPARE(m_model->statusCounts().value(QStringLiteral("driving")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestTruckListModel)
#include "tst_trucklistmodel.moc"
