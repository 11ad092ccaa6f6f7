// SPDX-License-Identifier: MIT
// The order book's rules on plain values: which requests are refused and how, what accepting
// and cancelling do to the truck, and the life cycle second by second (drive, active, the exact
// energy, full battery, target offline, maintenance, expiry).
#include "sim/orderbook.h"
#include "sim/truckmover.h"
#include "sim/truckpowers.h"
#include "testfixtures.h"

#include "jejudata/bundledroads.h"

#include <QTest>

using namespace et::backend;
using namespace et::domain;
using et::test::makeOrder;


namespace {
const QDateTime kNow(QDate(2024, 4, 13), QTime(3, 0), Qt::UTC);

Asset asset(const QString &id, AssetKind kind, double lat, double lon)
{
    Asset a;
    a.id = id;
    a.kind = kind;
    a.lat = lat;
    a.lon = lon;
    a.capacityMw = 10.0;
    return a;
}

Truck truck(const QString &id, double capacityKwh, double soc, double lat, double lon)
{
    Truck t;
    t.id = id;
    t.name = id;
    t.capacityKwh = capacityKwh;
    t.soc = soc;
    t.lat = lat;
    t.lon = lon;
    t.updatedAt = kNow;
    return t;
}

const QList<Asset> kAssets = {asset(QStringLiteral("wind-a"), AssetKind::Wind, 33.40, 126.30),
                              asset(QStringLiteral("sub-b"), AssetKind::Substation, 33.45, 126.50),
                              asset(QStringLiteral("thermal-c"), AssetKind::Thermal, 33.50, 126.55)};

// The simulation's clock for the book: second by second from kNow, and at each whole minute the
// trucks' powers for the next (granted in full, as with a surplus to take).
struct Clock
{
    TruckMover mover{kAssets, &et::jejudata::BundledRoads::graph().value()};
    TruckLedger ledger;
    int seconds = 0;

    // Steps the book until `done` holds or `limit` simulated seconds passed; returns the seconds taken.
    int runUntil(OrderBook &book, QList<Truck> &trucks, const std::function<bool()> &done, int limit,
                 const QHash<QString, AssetStatus> &status = {})
    {
        for (int s = 1; s <= limit; ++s) {
            ++seconds;
            const QDateTime now = kNow.addSecs(seconds);
            book.step(trucks, status, mover, 1.0, now, ledger);
            if (seconds % 60 == 0)
                TruckPowers::ask(trucks, book.orders(), status, now);
            if (done())
                return s;
        }
        return -1;
    }
};
} // namespace

class TestOrderBook : public QObject
{
    Q_OBJECT

    QList<Truck> m_trucks;
    std::unique_ptr<Clock> m_clock;

    int runUntil(OrderBook &book, QList<Truck> &trucks, const std::function<bool()> &done, int limit,
                 const QHash<QString, AssetStatus> &status = {})
    {
        return m_clock->runUntil(book, trucks, done, limit, status);
    }

    OrderBook bookWith(const DispatchOrder &request)
    {
        OrderBook book;
        const OrderDecision d = book.accept(request, m_trucks, kAssets, kNow);
        if (d.refusal)
            qWarning() << "refused:" << d.refusal->error.toString();
        book.put(d.order);
        for (Truck &t : m_trucks) {
            if (d.truck && t.id == d.truck->id)
                t = *d.truck;
        }
        return book;
    }

private slots:
    void init()
    {
        m_trucks = {truck(QStringLiteral("truck-01"), 1000, 0.5, 33.41, 126.31), truck(QStringLiteral("truck-02"), 500, 0.9, 33.45, 126.50)};
        m_clock = std::make_unique<Clock>();
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("truckId");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<double>("kwh");
        QTest::addColumn<int>("refusal");
        QTest::addColumn<QString>("mentions");
        const int invalid = int(OrderRefusal::Kind::Invalid), notFound = int(OrderRefusal::Kind::NotFound);
        QTest::newRow("unknown truck") << "truck-99" << int(OrderKind::Charge) << "wind-a" << 100.0 << notFound << "truck_id: no truck";
        QTest::newRow("unknown target") << "truck-01" << int(OrderKind::Charge) << "wind-zz" << 100.0 << notFound << "target_asset_id: no asset";
        QTest::newRow("charge at a substation") << "truck-01" << int(OrderKind::Charge) << "sub-b" << 100.0 << invalid << "target_asset_id:";
        QTest::newRow("charge at thermal") << "truck-01" << int(OrderKind::Charge) << "thermal-c" << 100.0 << invalid << "wind or solar";
        QTest::newRow("deliver at wind") << "truck-01" << int(OrderKind::Deliver) << "wind-a" << 100.0 << invalid << "target_asset_id:";
        QTest::newRow("over capacity") << "truck-01" << int(OrderKind::Charge) << "wind-a" << 1000.5 << invalid << "kwh: 1000.5 is more than";
    }
    void refusals()
    {
        QFETCH(QString, truckId);
        QFETCH(int, kind);
        QFETCH(QString, target);
        QFETCH(double, kwh);
        QFETCH(int, refusal);
        QFETCH(QString, mentions);
        OrderBook book;
        const auto d = book.accept(makeOrder(QStringLiteral("ord-test0001"), truckId, OrderKind(kind), target, kwh), m_trucks, kAssets, kNow);
        QVERIFY(d.refusal);
        QCOMPARE(int(d.refusal->kind), refusal);
        QVERIFY2(d.refusal->error.toString().contains(mentions), qPrintable(d.refusal->error.toString()));
    }

    void deliverAtAnyOtherAssetIsFine()
    {
        OrderBook book;
        for (const char *target : {"sub-b", "thermal-c"}) {
            const auto d = book.accept(makeOrder(QStringLiteral("ord-test0002"), QStringLiteral("truck-02"), OrderKind::Deliver,
                                                 QLatin1String(target), 100.0), m_trucks, kAssets, kNow);
            QVERIFY2(!d.refusal, qPrintable(d.refusal ? d.refusal->error.toString() : QString()));
        }
    }

    void acceptingSendsTheTruckOnItsWay()
    {
        OrderBook book;
        const DispatchOrder request = makeOrder(QStringLiteral("ord-test0003"), QStringLiteral("truck-01"), OrderKind::Charge, QStringLiteral("wind-a"), 200);
        const auto d = book.accept(request, m_trucks, kAssets, kNow);
        QVERIFY(!d.refusal);
        QVERIFY(d.changed);
        QVERIFY(d.order.status == OrderStatus::Accepted);
        QCOMPARE(d.order.updatedAt, kNow);
        QCOMPARE(d.order.createdAt, request.createdAt);
        QVERIFY(d.truck);
        QCOMPARE(d.truck->orderId, request.id);
        QCOMPARE(d.truck->targetAssetId, QStringLiteral("wind-a"));
        QVERIFY(d.truck->status == TruckStatus::Driving);
        QVERIFY(d.truck->route.isEmpty()); // planned as it leaves, on its first step
        QCOMPARE(d.order.timeline,
                 (QList<OrderEvent>{{OrderStage::Assigned, kNow}, {OrderStage::EnRoute, kNow}}));

        // On its first step it leaves on a trip over the roads from where it stands to the site.
        book.put(d.order);
        m_trucks[0] = *d.truck;
        QCOMPARE(runUntil(book, m_trucks, [] { return true; }, 1), 1);
        const TruckRoute &trip = m_trucks[0].route;
        QVERIFY(!trip.isEmpty());
        QVERIFY(trip.onRoads);
        QCOMPARE(trip.departedAt, kNow.addSecs(1));
        QVERIFY(std::abs(trip.points.first().lat - 33.41) < 1e-6 && std::abs(trip.points.first().lon - 126.31) < 1e-6);
        QVERIFY(std::abs(trip.points.last().lat - 33.40) < 1e-6 && std::abs(trip.points.last().lon - 126.30) < 1e-6);
        QVERIFY(trip.points.size() > 2);
        QVERIFY(trip.eta() > trip.departedAt);
    }

    void conflicts()
    {
        OrderBook book = bookWith(makeOrder(QStringLiteral("ord-test0004"), QStringLiteral("truck-01"), OrderKind::Charge, QStringLiteral("wind-a"), 200));
        // The same order again (another key) changes nothing and is not an error.
        const auto same = book.accept(makeOrder(QStringLiteral("ord-test0004"), QStringLiteral("truck-01"), OrderKind::Charge, QStringLiteral("wind-a"), 200),
                                      m_trucks, kAssets, kNow.addSecs(5));
        QVERIFY(!same.refusal);
        QVERIFY(!same.changed);
        QVERIFY(!same.truck);
        QCOMPARE(same.order.updatedAt, kNow);
        // The id with another content.
        const auto taken = book.accept(makeOrder(QStringLiteral("ord-test0004"), QStringLiteral("truck-02"), OrderKind::Deliver, QStringLiteral("sub-b"), 100),
                                       m_trucks, kAssets, kNow);
        QVERIFY(taken.refusal);
        QVERIFY(taken.refusal->kind == OrderRefusal::Kind::Conflict);
        QVERIFY(taken.refusal->error.toString().startsWith(QStringLiteral("id:")));
        // The truck is busy.
        const auto busy = book.accept(makeOrder(QStringLiteral("ord-test0005"), QStringLiteral("truck-01"), OrderKind::Charge, QStringLiteral("wind-a"), 50),
                                      m_trucks, kAssets, kNow);
        QVERIFY(busy.refusal);
        QVERIFY(busy.refusal->kind == OrderRefusal::Kind::Conflict);
        QCOMPARE(busy.refusal->error.toString(), QStringLiteral("truck-01 already works on order ord-test0004"));
        // In maintenance.
        m_trucks[1].status = TruckStatus::Maintenance;
        const auto maintenance = book.accept(makeOrder(QStringLiteral("ord-test0006"), QStringLiteral("truck-02"), OrderKind::Deliver, QStringLiteral("sub-b"), 50),
                                             m_trucks, kAssets, kNow);
        QVERIFY(maintenance.refusal);
        QVERIFY(maintenance.refusal->kind == OrderRefusal::Kind::Conflict);
        QVERIFY(maintenance.refusal->error.toString().contains(QStringLiteral("maintenance")));
    }

    void cancelStopsTheTruckWhereItIs()
    {
        OrderBook book = bookWith(makeOrder(QStringLiteral("ord-test0007"), QStringLiteral("truck-01"), OrderKind::Charge, QStringLiteral("wind-a"), 200));
        const auto d = book.cancel(QStringLiteral("ord-test0007"), m_trucks, kNow.addSecs(30));
        QVERIFY(!d.refusal);
        QVERIFY(d.order.status == OrderStatus::Cancelled);
        QCOMPARE(d.order.reason, QStringLiteral("cancelled by an operator"));
        QCOMPARE(d.order.updatedAt, kNow.addSecs(30));
        QVERIFY(d.truck);
        QVERIFY(d.truck->status == TruckStatus::Idle);
        QVERIFY(d.truck->orderId.isEmpty());
        QVERIFY(d.truck->targetAssetId.isEmpty());
        QCOMPARE(d.truck->speedKmh, 0.0);
        QVERIFY(d.truck->route.isEmpty());
        QCOMPARE(d.truck->lat, m_trucks[0].lat);
        QCOMPARE(d.order.timeline.last(), (OrderEvent{OrderStage::Cancelled, kNow.addSecs(30)}));

        book.put(d.order);
        const auto again = book.cancel(QStringLiteral("ord-test0007"), m_trucks, kNow);
        QVERIFY(again.refusal);
        QVERIFY(again.refusal->kind == OrderRefusal::Kind::Conflict);
        const auto unknown = book.cancel(QStringLiteral("ord-nothing1"), m_trucks, kNow);
        QVERIFY(unknown.refusal);
        QVERIFY(unknown.refusal->kind == OrderRefusal::Kind::NotFound);
    }

    void chargeOrderRunsToTheExactEnergy()
    {
        const double kwh = 123.456;
        OrderBook book = bookWith(makeOrder(QStringLiteral("ord-test0008"), QStringLiteral("truck-01"), OrderKind::Charge, QStringLiteral("wind-a"), kwh));
        const auto order = [&] { return book.orders().value(QStringLiteral("ord-test0008")); };
        const int arrived = runUntil(book, m_trucks, [&] { return order().status == OrderStatus::Active; }, 3600);
        QVERIFY(arrived > 0);
        QVERIFY(m_trucks[0].status == TruckStatus::Charging);
        QCOMPARE(m_trucks[0].lat, 33.40);
        QCOMPARE(order().reached(OrderStage::Charging), kNow.addSecs(arrived));
        const double socAtArrival = m_trucks[0].soc;
        // It starts at the next whole minute; at 500 kW 123.456 kWh take 889 seconds, and the
        // last minute's power is cut to end exactly on the minute: 15 minutes.
        const int charged = runUntil(book, m_trucks, [&] { return order().isFinal(); }, 3600);
        const int start = (arrived + 59) / 60 * 60;
        QCOMPARE(charged, start - arrived + int(std::ceil(kwh / 500.0 * 60.0)) * 60);
        QCOMPARE(order().reached(OrderStage::Done), kNow.addSecs(arrived + charged));
        QVERIFY(order().status == OrderStatus::Completed);
        QVERIFY(order().reason.isEmpty());
        QCOMPARE(order().doneKwh, kwh);
        QVERIFY(std::abs(m_trucks[0].soc - (socAtArrival + kwh / 1000.0)) < 1e-9);
        QVERIFY(m_trucks[0].orderId.isEmpty());
        QVERIFY(m_trucks[0].status == TruckStatus::Idle);
        QCOMPARE(book.openCount(), 0);
    }

    void batteryLimitsEndAnOrderWithAReason()
    {
        // truck-02 holds 0.9 of 500 kWh: room for 25 kWh up to 95 %.
        OrderBook book = bookWith(makeOrder(QStringLiteral("ord-test0009"), QStringLiteral("truck-02"), OrderKind::Charge, QStringLiteral("wind-a"), 400));
        const auto order = [&] { return book.orders().value(QStringLiteral("ord-test0009")); };
        QVERIFY(runUntil(book, m_trucks, [&] { return order().isFinal(); }, 20000) > 0);
        QVERIFY(order().status == OrderStatus::Completed);
        QCOMPARE(order().reason, QStringLiteral("battery full"));
        QVERIFY(order().doneKwh < 400.0 && order().doneKwh > 0.0);
        QCOMPARE(m_trucks[1].soc, TruckMover::kFullSoc);
    }

    void targetOfflineOrMaintenanceFailsTheOrder()
    {
        OrderBook book = bookWith(makeOrder(QStringLiteral("ord-test0010"), QStringLiteral("truck-01"), OrderKind::Charge, QStringLiteral("wind-a"), 300));
        const auto order = [&] { return book.orders().value(QStringLiteral("ord-test0010")); };
        QCOMPARE(runUntil(book, m_trucks, [&] { return order().isFinal(); }, 5, {{QStringLiteral("wind-a"), AssetStatus::Emergency}}), -1);
        const double lat = m_trucks[0].lat;
        QCOMPARE(runUntil(book, m_trucks, [&] { return order().isFinal(); }, 5, {{QStringLiteral("wind-a"), AssetStatus::Offline}}), 1);
        QVERIFY(order().status == OrderStatus::Failed);
        QCOMPARE(order().reason, QStringLiteral("target wind-a went offline"));
        QVERIFY(m_trucks[0].status == TruckStatus::Idle);
        QVERIFY(m_trucks[0].orderId.isEmpty());
        QCOMPARE(m_trucks[0].lat, lat); // stopped where it was

        init();
        OrderBook other = bookWith(makeOrder(QStringLiteral("ord-test0011"), QStringLiteral("truck-01"), OrderKind::Charge, QStringLiteral("wind-a"), 300));
        m_trucks[0].status = TruckStatus::Maintenance;
        QCOMPARE(runUntil(other, m_trucks, [&] { return other.orders().value(QStringLiteral("ord-test0011")).isFinal(); }, 5), 1);
        QVERIFY(other.orders().value(QStringLiteral("ord-test0011")).status == OrderStatus::Failed);
        QVERIFY(other.orders().value(QStringLiteral("ord-test0011")).reason.contains(QStringLiteral("maintenance")));
        QVERIFY(m_trucks[0].status == TruckStatus::Maintenance);
        QVERIFY(m_trucks[0].orderId.isEmpty());
    }

    void finishedOrdersExpireAfterTheRetention()
    {
        OrderBook book = bookWith(makeOrder(QStringLiteral("ord-test0012"), QStringLiteral("truck-01"), OrderKind::Charge, QStringLiteral("wind-a"), 300));
        book.expire(kNow.addDays(30), 60);
        QVERIFY(book.orders().contains(QStringLiteral("ord-test0012"))); // open orders stay
        const auto cancelled = book.cancel(QStringLiteral("ord-test0012"), m_trucks, kNow);
        book.put(cancelled.order);
        book.expire(kNow.addSecs(59), 60);
        QVERIFY(book.orders().contains(QStringLiteral("ord-test0012")));
        book.expire(kNow.addSecs(60), 60);
        QVERIFY(!book.orders().contains(QStringLiteral("ord-test0012")));
    }
};

QTEST_GUILESS_MAIN(TestOrderBook)
#include "tst_orderbook.moc"
