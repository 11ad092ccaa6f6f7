// SPDX-License-Identifier: MIT
// IslandSky: the clear sky of an instant is the SPA's sun and Ineichen–Perez's irradiance for it
// (worked out again here), clouds scale it by Kasten & Czeplak's index (its formula evaluated
// here), the night is dark, the kept sun never leaks from one instant or place to another, and the
// PV block it prepares is the sky's own.
#include "domain/energy/airmass.h"
#include "domain/energy/clearsky.h"
#include "domain/energy/deltat.h"
#include "domain/energy/islandsky.h"
#include "domain/energy/linketurbidity.h"
#include "domain/energy/solarposition.h"

#include <QTest>

#include <cmath>

using namespace et::domain::energy;

namespace {
/// The clear sky of an instant at a place, step by step.
ClearSkyIrradiance expectedClear(const QDateTime &t, const IslandSky::Place &p, double &zenith)
{
    SpaInput in;
    in.setUnixTime(double(t.toMSecsSinceEpoch()) / 1000.0);
    in.deltaTSeconds = DeltaT::estimateSeconds(t.toUTC().date().year(), t.toUTC().date().month());
    in.latitudeDeg = p.latitudeDeg;
    in.longitudeDeg = p.longitudeDeg;
    in.elevationM = p.elevationM;
    const SpaResult sun = SolarPosition::compute(in, SolarPosition::Parts::Position).value();
    zenith = sun.zenith;
    const auto am = AirMass::relativeKastenYoung(sun.zenith);
    if (!am)
        return {};
    IneichenPerezInput c;
    c.apparentZenithDeg = sun.zenith;
    c.airMassAbsolute = AirMass::absolute(*am, AirMass::pressureAtAltitudePa(p.elevationM));
    c.linkeTurbidity = LinkeTurbidity::jejuForDayOfYear(t.toOffsetFromUtc(9 * 3600).date().dayOfYear());
    c.altitudeM = p.elevationM;
    c.dniExtra = 1366.1 / (sun.r * sun.r);
    return ClearSky::ineichenPerez(c).value();
}
} // namespace

class TestIslandSky : public QObject
{
    Q_OBJECT
private slots:
    void kastenCzeplak()
    {
        QCOMPARE(IslandSky::clearSkyIndex(0.0), 1.0);
        QCOMPARE(IslandSky::clearSkyIndex(1.0), 0.25);
        QVERIFY(std::abs(IslandSky::clearSkyIndex(0.5) - (1.0 - 0.75 * std::pow(4.0 / 8.0, 3.4))) < 1e-15);
        QVERIFY(std::abs(IslandSky::clearSkyIndex(6.0 / 8.0) - (1.0 - 0.75 * std::pow(6.0 / 8.0, 3.4))) < 1e-15);
        // Kasten & Czeplak's eq. 8 worked out by hand for whole oktas (4 decimals).
        for (const auto &[oktas, ratio] : {std::pair{2, 0.9933}, std::pair{4, 0.9290}, std::pair{6, 0.7180}})
            QVERIFY2(std::abs(IslandSky::clearSkyIndex(oktas / 8.0) - ratio) < 1e-4, qPrintable(QString::number(oktas)));
        QCOMPARE(IslandSky::clearSkyIndex(-0.2), 1.0);
        QCOMPARE(IslandSky::clearSkyIndex(1.3), 0.25);
        QVERIFY(std::isnan(IslandSky::clearSkyIndex(std::nan(""))));
    }

    void clearSkyIsSpaAndIneichenPerez()
    {
        const IslandSky sky;
        for (const QDateTime &t : {QDateTime(QDate(2025, 6, 21), QTime(3, 10), Qt::UTC), QDateTime(QDate(2025, 12, 22), QTime(4, 0), Qt::UTC),
                                   QDateTime(QDate(2025, 3, 20), QTime(22, 30), Qt::UTC)}) {
            double zenith = 0.0;
            const ClearSkyIrradiance e = expectedClear(t, sky.place(), zenith);
            const StepSky s = sky.clear(t, Weather{5.0, 0.9, 20.0});
            QCOMPARE(s.zenithDeg, zenith);
            QCOMPARE(s.ghi, e.ghi);
            QCOMPARE(s.dni, e.dni);
            QCOMPARE(s.dhi, e.dhi);
            QCOMPARE(s.weather.cloudCover, 0.9); // the weather rides along, its cloud unused
        }
        const StepSky night = sky.at(QDateTime(QDate(2025, 6, 21), QTime(15, 0), Qt::UTC), Weather{5.0, 0.0, 20.0}); // midnight KST
        QVERIFY(night.zenithDeg > 90.0);
        QCOMPARE(night.ghi, 0.0);
    }

    void cloudsScaleTheClearSky()
    {
        const IslandSky sky;
        const QDateTime t(QDate(2025, 4, 12), QTime(3, 0), Qt::UTC);
        const StepSky clear = sky.clear(t, Weather{});
        for (double cloud : {0.0, 0.3, 0.7, 1.0}) {
            const StepSky s = sky.at(t, Weather{6.0, cloud, 15.0});
            const double k = 1.0 - 0.75 * std::pow(cloud, 3.4);
            QVERIFY(std::abs(s.ghi - k * clear.ghi) < 1e-9);
            QVERIFY(std::abs(s.dni - k * clear.dni) < 1e-9);
            QVERIFY(std::abs(s.dhi - k * clear.dhi) < 1e-9);
        }
    }

    void theKeptSunNeverLeaks()
    {
        const IslandSky west(IslandSky::Place{33.3, 126.2, 50.0}), east(IslandSky::Place{33.5, 126.9, 50.0});
        const QDateTime a(QDate(2025, 9, 1), QTime(1, 0), Qt::UTC), b(QDate(2025, 9, 1), QTime(6, 0), Qt::UTC);
        double za = 0.0, zb = 0.0, ze = 0.0;
        expectedClear(a, west.place(), za);
        expectedClear(b, west.place(), zb);
        expectedClear(a, east.place(), ze);
        // Alternating instants and places: each answer is its own.
        for (int round = 0; round < 3; ++round) {
            QCOMPARE(west.clear(a, {}).zenithDeg, za);
            QCOMPARE(east.clear(a, {}).zenithDeg, ze);
            QCOMPARE(west.clear(b, {}).zenithDeg, zb);
        }
        QVERIFY(za != ze && za != zb);
    }

    void preparedPvIsTheSkysOwn()
    {
        const IslandSky sky;
        const StepSky s = sky.at(QDateTime(QDate(2025, 5, 5), QTime(2, 0), Qt::UTC), Weather{9.0, 0.4, 18.0});
        QVERIFY(s.pv.has_value());
        StepSky fresh = s;
        fresh.pv.reset();
        const PvPlantModel::Sky a = *s.pv, b = fresh.pvSky();
        QCOMPARE(a.ghi, b.ghi);
        QCOMPARE(a.dni, b.dni);
        QCOMPARE(a.anisotropy, b.anisotropy);
        QCOMPARE(a.sun.cosZenith, b.sun.cosZenith);
        QCOMPARE(a.windSpeedMs, b.windSpeedMs);
        // The modules' wind is the weather's 100 m wind at 10 m by the 1/7 power law.
        QVERIFY(std::abs(a.windSpeedMs - 9.0 * std::pow(0.1, 1.0 / 7.0)) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestIslandSky)
#include "tst_islandsky.moc"
