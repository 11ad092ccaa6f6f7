// SPDX-License-Identifier: MIT
// SolarFleet: the fleet's output is the sum of its plants' through the reference PV chain
// (PvPowerModel, summed here), the clear-sky hour is the mean of its instants, the fleet's centre
// is capacity-weighted, and a plant that cannot be modelled shows as NaN, not as nothing.
#include "domain/energy/pvpowermodel.h"
#include "domain/energy/solarfleet.h"

#include <QTest>

#include <cmath>

using namespace et::domain::energy;

namespace {
QList<SolarPlant> plants()
{
    QList<SolarPlant> out;
    for (int i = 0; i < 5; ++i) {
        SolarPlant p{QStringLiteral("pv-%1").arg(i), {}};
        p.site.latitudeDeg = 33.25 + 0.05 * i;
        p.site.longitudeDeg = 126.3 + 0.12 * i;
        p.site.tiltDeg = 10.0 + 6.0 * i;
        p.site.azimuthDeg = 160.0 + 10.0 * i;
        p.site.kWp = 1000.0 * (i + 1);
        p.site.inverterKw = p.site.kWp / 1.1;
        out << p;
    }
    return out;
}
} // namespace

class TestSolarFleet : public QObject
{
    Q_OBJECT
private slots:
    void fleetIsTheSumOfItsPlants()
    {
        const SolarFleet fleet(plants());
        QCOMPARE(fleet.kWp(), 15000.0);
        const IslandSky sky(fleet.centre());
        for (int h = 0; h < 24; h += 2) {
            const StepSky s = sky.at(QDateTime(QDate(2025, 8, 14), QTime(h, 20), Qt::UTC), Weather{7.0, 0.35, 28.0});
            double expectedKw = 0.0;
            if (s.ghi > 0.0)
                for (const SolarPlant &p : plants())
                    expectedKw += PvPowerModel::compute(p.site, s.pvConditions()).value().acKw;
            QVERIFY2(std::abs(fleet.acMw(s) - expectedKw / 1000.0) < 1e-9, qPrintable(QString::number(h)));
        }
    }

    void clearSkyHourIsTheMeanOfItsInstants()
    {
        const SolarFleet fleet(plants());
        const IslandSky sky(fleet.centre());
        const QDateTime start(QDate(2025, 3, 2), QTime(23, 0), Qt::UTC); // 08:00 KST: the sun rises in the hour
        const Weather w{6.0, 0.8, 8.0};
        double sum = 0.0;
        for (int i = 0; i < 4; ++i)
            sum += fleet.acMw(sky.clear(start.addSecs(450 + 900 * i), w));
        QVERIFY(std::abs(fleet.clearSkyHourMeanMw(sky, start, w, 4) - sum / 4.0) < 1e-12);
        QVERIFY(fleet.clearSkyHourMeanMw(sky, start, w, 4) > 0.0);
    }

    void centreIsCapacityWeighted()
    {
        const SolarFleet fleet(plants());
        double lat = 0.0, lon = 0.0;
        for (const SolarPlant &p : plants()) {
            lat += p.site.latitudeDeg * p.site.kWp / 15000.0;
            lon += p.site.longitudeDeg * p.site.kWp / 15000.0;
        }
        QVERIFY(std::abs(fleet.centre().latitudeDeg - lat) < 1e-12);
        QVERIFY(std::abs(fleet.centre().longitudeDeg - lon) < 1e-12);
    }

    void aBrokenPlantShows()
    {
        QList<SolarPlant> broken = plants();
        broken[2].site.inverterKw = 0.0; // modules without an inverter
        const SolarFleet fleet(broken);
        const IslandSky sky(fleet.centre());
        QVERIFY(std::isnan(fleet.acMw(sky.at(QDateTime(QDate(2025, 8, 14), QTime(3, 0), Qt::UTC), Weather{7.0, 0.2, 28.0}))));
        // At night nothing is asked of any plant.
        QCOMPARE(fleet.acMw(sky.at(QDateTime(QDate(2025, 8, 14), QTime(15, 0), Qt::UTC), Weather{7.0, 0.2, 28.0})), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestSolarFleet)
#include "tst_solarfleet.moc"
