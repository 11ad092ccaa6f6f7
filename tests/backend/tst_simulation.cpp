// SPDX-License-Identifier: MIT
// The simulation in process over a real SQLite store: a simulated day keeps the grid balanced
// minute by minute, assets agree with the balance, trucks stay on the island, and the result
// does not depend on how the time was cut into ticks — orders included, which also survive a
// restart and are deleted after their retention.
#include "simworld.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace et::backend;
using et::domain::Change;
using et::domain::EntityKind;
using et::test::kSpringSaturday;
using et::test::World;

class TestSimulation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<SeedData> m_seed;

private slots:
    void initTestCase()
    {
        m_seed = et::test::springSeed();
        QVERIFY(m_seed);
    }

    void aDayStaysBalanced()
    {
        World w;
        QVERIFY(w.open(m_dir.filePath(QStringLiteral("day.sqlite")), *m_seed, 5));
        for (int hour = 0; hour < 24; ++hour)
            QVERIFY(w.sim->advance(3600).ok());
        QCOMPARE(w.sim->simTime(), kSpringSaturday.addDays(1));

        const auto balances = w.balances();
        QCOMPARE(balances.size(), 24 * 60 + 1); // the first minute at start, then one per minute
        double maxSolar = 0.0, minDemand = 1e9, maxDemand = 0.0, minSmp = 1e9, maxSmp = -1e9;
        int curtailed = 0;
        for (qsizetype i = 0; i < balances.size(); ++i) {
            const auto &b = balances[i];
            QCOMPARE(b.timestamp, kSpringSaturday.addSecs(60 * i));
            const double supply = b.thermalMw + b.windMw + b.solarMw + b.truckDischargeMw + b.hvdcImportMw();
            QVERIFY2(std::abs(supply - b.demandMw) < 0.1, qPrintable(b.timestamp.toString(Qt::ISODate)));
            QVERIFY(et::domain::EnergyBalance::fromJson(b.toJson()).ok());
            if (b.curtailmentMw > 0.0)
                QVERIFY(b.smpKrwPerKwh < 0.0);
            const int kstHour = b.timestamp.addSecs(9 * 3600).time().hour();
            if (kstHour < 4 || kstHour >= 21)
                QCOMPARE(b.solarMw, 0.0);
            maxSolar = std::max(maxSolar, b.solarMw);
            minSmp = std::min(minSmp, b.smpKrwPerKwh);
            maxSmp = std::max(maxSmp, b.smpKrwPerKwh);
            curtailed += b.curtailmentMw > 0.0;
            minDemand = std::min(minDemand, b.demandMw);
            maxDemand = std::max(maxDemand, b.demandMw);
        }
        QVERIFY2(maxSolar > 100.0, qPrintable(QString::number(maxSolar)));
        QVERIFY(minDemand > 450.0 && maxDemand < 1100.0);

        // Asset outputs add up to the balance they were derived from.
        const auto &last = balances.last();
        double wind = 0.0, solar = 0.0;
        const QList<QJsonObject> assets = w.store->readAll(EntityKind::Asset).value();
        for (const QJsonObject &o : assets) {
            const auto decoded = et::domain::Asset::fromJson(o);
            QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
            const auto a = decoded.value();
            if (a.kind == et::domain::AssetKind::Wind)
                wind += a.outputMw;
            if (a.kind == et::domain::AssetKind::Solar)
                solar += a.outputMw;
            if (a.kind == et::domain::AssetKind::HvdcConverter) {
                for (const auto &l : last.hvdcLinks) {
                    if (l.jejuTerminalAssetId == a.id)
                        QCOMPARE(a.outputMw, l.flowMw);
                }
            }
        }
        QVERIFY(std::abs(wind - last.windMw) < 0.2);
        QVERIFY(std::abs(solar - last.solarMw) < 0.2);

        // Trucks stay on Jeju, within their battery, and never outrun their speed cap (the
        // straight line between two updates is never longer than the road driven).
        QMap<QString, et::domain::Truck> previous;
        int moves = 0;
        for (const auto &c : std::as_const(w.changes)) {
            if (c.entity != EntityKind::Truck)
                continue;
            const auto decoded = et::domain::Truck::fromJson(c.data);
            QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
            const auto t = decoded.value();
            QVERIFY(t.lat > 33.1 && t.lat < 33.6 && t.lon > 126.1 && t.lon < 127.0);
            QVERIFY(t.soc >= 0.0 && t.soc <= 1.0);
            if (previous.contains(t.id)) {
                const auto &p = previous[t.id];
                const double hours = p.updatedAt.secsTo(t.updatedAt) / 3600.0;
                const double km = 111.2 * std::hypot(t.lat - p.lat, (t.lon - p.lon) * std::cos(33.4 * M_PI / 180.0));
                // A change in place (its battery's SoH, aged at the start) may share its instant.
                QVERIFY2(hours >= 0.0 && km <= et::backend::TruckMover::kSpeedCapKmh * hours * 1.02 + 0.01,
                         qPrintable(t.id + QStringLiteral(": %1 km in %2 h").arg(km).arg(hours)));
                moves += km > 0.0;
            }
            previous[t.id] = t;
        }
        QVERIFY2(moves > 0, "no truck moved in a whole day");
        qInfo("day: solar max %.1f MW, demand %.1f-%.1f MW, SMP %.1f..%.1f, %d minutes curtailed, %d truck moves",
              maxSolar, minDemand, maxDemand, minSmp, maxSmp, curtailed, moves);
    }

    void resultDoesNotDependOnTickSize()
    {
        World coarse, fine;
        QVERIFY(coarse.open(m_dir.filePath(QStringLiteral("coarse.sqlite")), *m_seed, 9));
        QVERIFY(fine.open(m_dir.filePath(QStringLiteral("fine.sqlite")), *m_seed, 9));
        QVERIFY(coarse.sim->advance(6 * 3600).ok());
        for (int i = 0; i < 6 * 60; ++i)
            QVERIFY(fine.sim->advance(60).ok());
        QCOMPARE(coarse.balances(), fine.balances());
        QCOMPARE(coarse.store->readAll(EntityKind::Truck).value(), fine.store->readAll(EntityKind::Truck).value());
        QCOMPARE(coarse.store->readAll(EntityKind::Asset).value(), fine.store->readAll(EntityKind::Asset).value());
    }

    void aDisasterTakesAssetsOfflineUntilResolved()
    {
        World w;
        QVERIFY(w.open(m_dir.filePath(QStringLiteral("disaster.sqlite")), *m_seed, 4));
        QVERIFY(w.sim->advance(120).ok());
        // Severity 5 around the Tamra offshore wind farm (Hangyeong-myeon), 3 km.
        et::domain::Disaster d = et::test::makeDisaster(et::domain::DisasterType::Typhoon, 5, 33.345, 126.164, 3.0, w.sim->simTime());
        d.id = QStringLiteral("dis-test");
        d.updatedAt = d.startedAt;
        QVERIFY(w.store->write({{EntityKind::Disaster, d.id, d.toJson()}}).ok());
        QVERIFY(w.sim->advance(60).ok());

        auto assetNow = [&](const QString &id) {
            return et::domain::Asset::fromJson(*w.store->read(EntityKind::Asset, id).value()).value();
        };
        QVERIFY(assetNow(QStringLiteral("wind-tamra")).status == et::domain::AssetStatus::Offline);
        QCOMPARE(assetNow(QStringLiteral("wind-tamra")).outputMw, 0.0);
        QVERIFY(assetNow(QStringLiteral("wind-sinchang")).status == et::domain::AssetStatus::Offline); // about 1.3 km away
        QVERIFY(assetNow(QStringLiteral("wind-haengwon")).status == et::domain::AssetStatus::Online);  // far east
        const auto &b = w.sim->balance();
        QVERIFY(std::abs(b.thermalMw + b.windMw + b.solarMw + b.truckDischargeMw + b.hvdcImportMw() - b.demandMw) < 0.1);

        d.status = et::domain::DisasterStatus::Resolved;
        QVERIFY(w.store->write({{EntityKind::Disaster, d.id, d.toJson()}}).ok());
        QVERIFY(w.sim->advance(60).ok());
        QVERIFY(assetNow(QStringLiteral("wind-tamra")).status == et::domain::AssetStatus::Online);
    }

    void restartContinuesWhereItStopped()
    {
        const QString path = m_dir.filePath(QStringLiteral("resume.sqlite"));
        World straight, resumed;
        QVERIFY(straight.open(m_dir.filePath(QStringLiteral("straight.sqlite")), *m_seed, 3));
        QVERIFY(straight.sim->advance(7200).ok());
        QVERIFY(resumed.open(path, *m_seed, 3));
        QVERIFY(resumed.sim->advance(3600).ok());
        resumed.sim.reset();
        resumed.store.reset();
        // A new process on the same file: the state comes from the database, not from `start`.
        Store store;
        QVERIFY(store.open(path).ok());
        Simulation sim(store, *m_seed, 3);
        QVERIFY(sim.initialize(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC)).ok());
        QCOMPARE(sim.simTime(), kSpringSaturday.addSecs(3600));
        QVERIFY(sim.advance(3600).ok());
        QCOMPARE(sim.balance(), straight.sim->balance());
        QCOMPARE(store.readAll(EntityKind::Truck).value(), straight.store->readAll(EntityKind::Truck).value());
    }

    void ordersRunDeterministicallyWithTheirTrucks()
    {
        World coarse, fine;
        QVERIFY(coarse.open(m_dir.filePath(QStringLiteral("ocoarse.sqlite")), *m_seed, 9));
        QVERIFY(fine.open(m_dir.filePath(QStringLiteral("ofine.sqlite")), *m_seed, 9));
        QVERIFY(coarse.sim->advance(600).ok());
        QVERIFY(fine.sim->advance(600).ok());
        // truck-01 from its depot in Jeju City to Tamra offshore wind in the west, 200 kWh.
        const auto request = et::test::makeOrder(QStringLiteral("ord-sim00001"), QStringLiteral("truck-01"), et::domain::OrderKind::Charge,
                                                 QStringLiteral("wind-tamra"), 200.0);
        QVERIFY(coarse.order(request));
        QVERIFY(fine.order(request));
        QVERIFY(coarse.storedOrder(request.id)->status == et::domain::OrderStatus::Accepted);
        QVERIFY(coarse.sim->advance(4 * 3600).ok());
        for (int i = 0; i < 4 * 60; ++i)
            QVERIFY(fine.sim->advance(60).ok());

        const auto done = coarse.storedOrder(request.id);
        QVERIFY(done);
        QVERIFY2(done->status == et::domain::OrderStatus::Completed, qPrintable(et::domain::toString(done->status)));
        QCOMPARE(done->doneKwh, 200.0);
        // Its life, with the times: assigned and en route when accepted, charging on arrival, done.
        using et::domain::OrderStage;
        QCOMPARE(done->timeline.size(), 4);
        const QList<OrderStage> stages{OrderStage::Assigned, OrderStage::EnRoute, OrderStage::Charging, OrderStage::Done};
        for (qsizetype i = 0; i < stages.size(); ++i) {
            QVERIFY(done->timeline[i].stage == stages[i]);
            if (i > 0)
                QVERIFY(done->timeline[i].at >= done->timeline[i - 1].at);
        }
        QCOMPARE(done->reached(OrderStage::Assigned), kSpringSaturday.addSecs(600));
        QCOMPARE(done->reached(OrderStage::Done), done->updatedAt);
        // It arrived when the trip it left on said it would (to the second it was stepped in).
        const auto trip = std::find_if(fine.changes.cbegin(), fine.changes.cend(), [&](const Change &c) {
            return c.entity == EntityKind::Truck && c.id == QStringLiteral("truck-01") && c.data.value(QStringLiteral("order_id")) == request.id
                   && c.data.contains(QStringLiteral("route"));
        });
        QVERIFY(trip != fine.changes.cend());
        const auto route = et::domain::Truck::fromJson(trip->data).value().route;
        QVERIFY(route.onRoads);
        QVERIFY2(std::abs(route.eta().msecsTo(done->reached(OrderStage::Charging))) <= 1000,
                 qPrintable(route.eta().toString(Qt::ISODateWithMs) + QStringLiteral(" vs ") + done->reached(OrderStage::Charging).toString(Qt::ISODate)));
        QCOMPARE(coarse.store->readAll(EntityKind::Order).value(), fine.store->readAll(EntityKind::Order).value());
        QCOMPARE(coarse.store->readAll(EntityKind::Truck).value(), fine.store->readAll(EntityKind::Truck).value());
        QCOMPARE(coarse.balances(), fine.balances());

        // Every order change went out in the same transaction as its truck's change, and the truck
        // carried the order id until the order finished.
        QSet<QString> statuses;
        for (const auto &commit : std::as_const(fine.commits)) {
            for (const Change &c : commit) {
                if (c.entity != EntityKind::Order)
                    continue;
                const auto o = et::domain::DispatchOrder::fromJson(c.data).value();
                statuses.insert(et::domain::toString(o.status));
                const auto truck = std::find_if(commit.cbegin(), commit.cend(), [](const Change &x) {
                    return x.entity == EntityKind::Truck && x.id == QStringLiteral("truck-01");
                });
                QVERIFY2(truck != commit.cend(), qPrintable(et::domain::toString(o.status)));
                const auto t = et::domain::Truck::fromJson(truck->data).value();
                QCOMPARE(t.orderId, o.isFinal() ? QString() : o.id);
            }
        }
        QCOMPARE(statuses, (QSet<QString>{QStringLiteral("accepted"), QStringLiteral("active"), QStringLiteral("completed")}));
        const auto truck = et::domain::Truck::fromJson(*coarse.store->read(EntityKind::Truck, QStringLiteral("truck-01")).value()).value();
        QVERIFY(truck.orderId.isEmpty());
    }

    void aRestartContinuesAnOrder()
    {
        const auto request = et::test::makeOrder(QStringLiteral("ord-sim00002"), QStringLiteral("truck-01"), et::domain::OrderKind::Charge,
                                                 QStringLiteral("wind-tamra"), 300.0);
        World straight, resumed;
        QVERIFY(straight.open(m_dir.filePath(QStringLiteral("ostraight.sqlite")), *m_seed, 3));
        QVERIFY(straight.sim->advance(600).ok());
        QVERIFY(straight.order(request));
        QVERIFY(straight.sim->advance(3 * 3600).ok());
        const QString path = m_dir.filePath(QStringLiteral("oresumed.sqlite"));
        QVERIFY(resumed.open(path, *m_seed, 3));
        QVERIFY(resumed.sim->advance(600).ok());
        QVERIFY(resumed.order(request));
        QVERIFY(resumed.sim->advance(2700).ok()); // mid-order: driving or charging
        QVERIFY(!resumed.storedOrder(request.id)->isFinal());
        resumed.sim.reset();
        resumed.store.reset();
        Store store;
        QVERIFY(store.open(path).ok());
        Simulation sim(store, *m_seed, 3);
        QVERIFY(sim.initialize(kSpringSaturday).ok());
        QCOMPARE(sim.openOrders(), 1);
        QVERIFY(sim.advance(3 * 3600 - 2700).ok());
        QCOMPARE(store.readAll(EntityKind::Order).value(), straight.store->readAll(EntityKind::Order).value());
        QCOMPARE(store.readAll(EntityKind::Truck).value(), straight.store->readAll(EntityKind::Truck).value());
        QVERIFY(straight.storedOrder(request.id)->status == et::domain::OrderStatus::Completed);
    }

    void finishedOrdersAreDeletedAndTheirTombstonesPurged()
    {
        World w;
        QVERIFY(w.open(m_dir.filePath(QStringLiteral("retention.sqlite")), *m_seed, 5));
        w.sim->setRetention(120, 600);
        const auto request = et::test::makeOrder(QStringLiteral("ord-sim00003"), QStringLiteral("truck-01"), et::domain::OrderKind::Charge,
                                                 QStringLiteral("wind-tamra"), 50.0);
        QVERIFY(w.order(request));
        QDateTime finishedAt;
        for (int i = 0; i < 300 && !finishedAt.isValid(); ++i) {
            QVERIFY(w.sim->advance(60).ok());
            if (w.storedOrder(request.id)->isFinal())
                finishedAt = w.storedOrder(request.id)->updatedAt;
        }
        QVERIFY(finishedAt.isValid());
        while (w.sim->simTime() < finishedAt.addSecs(120))
            QVERIFY(w.sim->advance(60).ok());
        QVERIFY(w.sim->advance(60).ok());
        QVERIFY(!w.storedOrder(request.id));
        const auto removal = std::find_if(w.changes.cbegin(), w.changes.cend(), [&](const Change &c) {
            return c.entity == EntityKind::Order && c.op == et::domain::ChangeOp::Delete;
        });
        QVERIFY(removal != w.changes.cend());
        QCOMPARE(removal->id, request.id);
        QCOMPARE(w.store->horizon(), 0);
        QVERIFY(w.store->changesSince(removal->cursor - 1, 10).value().changes.first().op == et::domain::ChangeOp::Delete);
        QVERIFY(w.sim->advance(660).ok());
        QCOMPARE(w.store->horizon(), removal->cursor);
    }
};

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
