// SPDX-License-Identifier: MIT
// The PV chain checked against relations that must hold whatever the coefficients (a flat
// plane sees the horizontal irradiance, Hay–Davies equals isotropic without a beam, the
// inverter never exceeds its rating) and against spot values worked out in the test from the
// papers' formulas, with the geometry done independently (vectors, not the code's trigonometry).
#include "domain/energy/celltemperature.h"
#include "domain/energy/inverterefficiency.h"
#include "domain/energy/planeofarray.h"
#include "domain/energy/pvpowermodel.h"
#include "domain/energy/pvsite.h"

#include <QTest>

#include <array>
#include <cmath>
#include <limits>
#include <numbers>

using namespace et::domain::energy;

namespace {

constexpr double kDeg = std::numbers::pi / 180.0;

/// A unit vector (east, north, up) for a direction `zenith` from the vertical, `azimuth` from north.
std::array<double, 3> direction(double zenithDeg, double azimuthDeg)
{
    return {std::sin(zenithDeg * kDeg) * std::sin(azimuthDeg * kDeg), std::sin(zenithDeg * kDeg) * std::cos(azimuthDeg * kDeg),
            std::cos(zenithDeg * kDeg)};
}

double dot(const std::array<double, 3> &a, const std::array<double, 3> &b)
{
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

PoaInput skyAt(double tilt, double surfaceAzimuth, double zenith, double sunAzimuth, double dni, double dhi)
{
    PoaInput in;
    in.surfaceTiltDeg = tilt;
    in.surfaceAzimuthDeg = surfaceAzimuth;
    in.sunZenithDeg = zenith;
    in.sunAzimuthDeg = sunAzimuth;
    in.dni = dni;
    in.dhi = dhi;
    in.ghi = dni * std::max(std::cos(zenith * kDeg), 0.0) + dhi; // a consistent closure
    return in;
}

PvSite jejuPlant()
{
    PvSite site;
    site.latitudeDeg = 33.45;
    site.longitudeDeg = 126.56;
    site.kWp = 1200.0;
    site.inverterKw = 1000.0;
    return site;
}

} // namespace

class TestPvPowerModel : public QObject
{
    Q_OBJECT

private slots:
    void flatPlaneSeesTheHorizontal()
    {
        const PoaInput in = skyAt(0.0, 180.0, 35.0, 120.0, 750.0, 120.0);
        for (const auto &r : {PlaneOfArray::isotropic(in), PlaneOfArray::hayDavies(in)}) {
            QVERIFY(r.ok());
            QVERIFY(std::abs(r.value().global - in.ghi) < 1e-9);
            QCOMPARE(r.value().groundDiffuse, 0.0);
            QVERIFY(std::abs(r.value().aoiDeg - 35.0) < 1e-9);
        }
    }

    void southTiltAtSolarNoonFacesTheSun()
    {
        // At solar noon (sun due south) a south-facing plane tilted by the zenith angle has the
        // beam at normal incidence; tilted by β it sees it at |z − β|.
        const PoaInput facing = skyAt(40.0, 180.0, 40.0, 180.0, 850.0, 90.0);
        const auto r = PlaneOfArray::isotropic(facing);
        QVERIFY(r.ok());
        QVERIFY(std::abs(r.value().aoiDeg) < 1e-6);
        QVERIFY(std::abs(r.value().beam - 850.0) < 1e-9);
        const auto tilted = PlaneOfArray::isotropic(skyAt(25.0, 180.0, 40.0, 180.0, 850.0, 90.0));
        QVERIFY(std::abs(tilted.value().aoiDeg - 15.0) < 1e-9);
    }

    void incidenceMatchesVectorGeometry()
    {
        for (const auto &[tilt, surfaceAz, zenith, sunAz] : {std::array{30.0, 180.0, 40.0, 150.0}, std::array{15.0, 90.0, 70.0, 250.0},
                                                             std::array{60.0, 200.0, 10.0, 45.0}, std::array{90.0, 180.0, 85.0, 100.0}}) {
            const double expected = dot(direction(tilt, surfaceAz), direction(zenith, sunAz));
            QVERIFY(std::abs(PlaneOfArray::cosIncidence(tilt, surfaceAz, zenith, sunAz) - expected) < 1e-12);
        }
    }

    void spotValuesByHand()
    {
        // tilt 30° facing south, sun at zenith 40° azimuth 150°, DNI 800, DHI 100, GHI 700,
        // I0 1366.1, albedo 0.2.
        PoaInput in = skyAt(30.0, 180.0, 40.0, 150.0, 800.0, 100.0);
        in.ghi = 700.0;
        const double cosAoi = dot(direction(30.0, 180.0), direction(40.0, 150.0));
        const double beam = 800.0 * cosAoi;
        const double ground = 700.0 * 0.2 * (1.0 - std::cos(30.0 * kDeg)) / 2.0; // 9.3782
        const double isoSky = 100.0 * (1.0 + std::cos(30.0 * kDeg)) / 2.0;        // 93.3013
        const double a = 800.0 / 1366.1;
        const double rb = cosAoi / std::cos(40.0 * kDeg);
        const double hdSky = 100.0 * ((1.0 - a) * (1.0 + std::cos(30.0 * kDeg)) / 2.0 + a * rb);
        const auto iso = PlaneOfArray::isotropic(in);
        const auto hd = PlaneOfArray::hayDavies(in);
        QVERIFY(iso.ok() && hd.ok());
        QVERIFY(std::abs(iso.value().beam - beam) < 1e-9);
        QVERIFY(std::abs(iso.value().groundDiffuse - ground) < 1e-9);
        QVERIFY(std::abs(iso.value().skyDiffuse - isoSky) < 1e-9);
        QVERIFY(std::abs(hd.value().skyDiffuse - hdSky) < 1e-9);
        QVERIFY(std::abs(hd.value().global - (beam + hdSky + ground)) < 1e-9);
        // Facing the sun, the circumsolar share puts more diffuse on the plane than isotropy does.
        QVERIFY(hd.value().skyDiffuse > iso.value().skyDiffuse);
    }

    void hayDaviesIsIsotropicWithoutABeam()
    {
        const PoaInput overcast = skyAt(35.0, 160.0, 55.0, 210.0, 0.0, 180.0);
        const auto iso = PlaneOfArray::isotropic(overcast);
        const auto hd = PlaneOfArray::hayDavies(overcast);
        QVERIFY(iso.ok() && hd.ok());
        QVERIFY(std::abs(iso.value().global - hd.value().global) < 1e-9);
        // A plane facing away from the sun gets less diffuse from Hay–Davies than from isotropy.
        const PoaInput away = skyAt(35.0, 0.0, 55.0, 180.0, 700.0, 150.0);
        QVERIFY(PlaneOfArray::hayDavies(away).value().skyDiffuse < PlaneOfArray::isotropic(away).value().skyDiffuse);
        QCOMPARE(PlaneOfArray::hayDavies(away).value().beam, 0.0);
    }

    void faimanByHand()
    {
        // 25 + 800/(25 + 6.84·2) = 45.6825 °C
        QVERIFY(std::abs(CellTemperature::faimanC(800.0, 25.0, 2.0) - 45.68252) < 1e-4);
        QCOMPARE(CellTemperature::faimanC(0.0, 12.0, 3.0), 12.0);
    }

    void pvwattsInverter()
    {
        // pvlib's test_inverter.py: pvwatts(pdc=90, pdc0=100, eta_inv_nom=0.95) = 85.58556604,
        // i.e. Pac0 = 95: ζ = 0.9, η = 0.95/0.9637·(−0.01458 − 0.0065556 + 0.9858) = 0.950951.
        QVERIFY(std::abs(InverterEfficiency::pvwattsAc(90.0, 95.0, 0.95) - 85.58556604) < 1e-6);
        QCOMPARE(InverterEfficiency::pvwattsAc(0.0, 95.0), 0.0);
        // Efficiency falls at light load (the −0.0059/ζ term) and the output never passes Pac0.
        QVERIFY(InverterEfficiency::pvwattsEfficiency(2.0, 100.0) < InverterEfficiency::pvwattsEfficiency(50.0, 100.0));
        QCOMPARE(InverterEfficiency::pvwattsAc(500.0, 100.0), 100.0);
    }

    void dcByTheFormula()
    {
        // Sun overhead on a flat plant, 1000 W/m², air 25 °C, wind 1 m/s, no losses:
        // Tcell = 25 + 1000/31.84 = 56.4070; DC = 1000·(1 − 0.0037·31.4070) = 883.794 kW.
        PvSite site = jejuPlant();
        site.tiltDeg = 0.0;
        site.kWp = 1000.0;
        site.inverterKw = 2000.0;
        site.lossFraction = 0.0;
        PvConditions c;
        c.sunZenithDeg = 0.0;
        c.ghi = 1000.0;
        c.dni = 900.0;
        c.dhi = 100.0;
        c.airTemperatureC = 25.0;
        c.windSpeedMs = 1.0;
        const auto r = PvPowerModel::compute(site, c);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QVERIFY(std::abs(r.value().cellTemperatureC - 56.40704) < 1e-4);
        QVERIFY(std::abs(r.value().dcKw - 883.794) < 1e-3);
        QVERIFY(!r.value().clipped);
        // The stated 14 % losses scale DC proportionally.
        site.lossFraction = 0.14;
        QVERIFY(std::abs(PvPowerModel::compute(site, c).value().dcKw - 883.794 * 0.86) < 1e-3);
    }

    void hotterMeansLess()
    {
        PvConditions c;
        c.sunZenithDeg = 30.0;
        c.sunAzimuthDeg = 180.0;
        c.ghi = 800.0;
        c.dni = 750.0;
        c.dhi = 150.0;
        c.airTemperatureC = 5.0;
        const PvOutput cold = PvPowerModel::compute(jejuPlant(), c).value();
        c.airTemperatureC = 35.0;
        const PvOutput hot = PvPowerModel::compute(jejuPlant(), c).value();
        QVERIFY(hot.dcKw < cold.dcKw);
        // Faiman is linear in the air temperature: 30 K warmer air, 30 K warmer cells; the DC
        // ratio is then (1 + γ(Thot − 25))/(1 + γ(Tcold − 25)).
        QVERIFY(std::abs(hot.cellTemperatureC - cold.cellTemperatureC - 30.0) < 1e-9);
        const double expectedRatio = (1.0 - 0.0037 * (hot.cellTemperatureC - 25.0)) / (1.0 - 0.0037 * (cold.cellTemperatureC - 25.0));
        QVERIFY(std::abs(hot.dcKw / cold.dcKw - expectedRatio) < 1e-12);
    }

    void clippingNeverExceedsTheInverter()
    {
        PvSite site = jejuPlant(); // DC/AC 1.2
        site.lossFraction = 0.0;
        bool sawClipping = false;
        for (double ghi = 0.0; ghi <= 1400.0; ghi += 25.0) {
            PvConditions c;
            c.sunZenithDeg = 20.0;
            c.sunAzimuthDeg = 180.0;
            c.ghi = ghi;
            c.dni = ghi * 0.85;
            c.dhi = ghi * 0.2;
            c.airTemperatureC = 0.0;
            const auto r = PvPowerModel::compute(site, c);
            QVERIFY(r.ok());
            QVERIFY(r.value().acKw <= site.inverterKw);
            QVERIFY(r.value().acKw <= r.value().dcKw);
            sawClipping = sawClipping || r.value().clipped;
        }
        QVERIFY(sawClipping);
    }

    void nothingAtNight()
    {
        PvConditions c;
        c.sunZenithDeg = 105.0;
        c.sunAzimuthDeg = 330.0;
        const auto r = PvPowerModel::compute(jejuPlant(), c);
        QVERIFY(r.ok());
        QCOMPARE(r.value().acKw, 0.0);
        QCOMPARE(r.value().dcKw, 0.0);
        QCOMPARE(r.value().poa.beam, 0.0);
    }

    void badInputsAreErrors()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        PvSite site = jejuPlant();
        site.tiltDeg = nan;
        auto r = PvPowerModel::compute(site, PvConditions{});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("tilt"));
        site = jejuPlant();
        site.inverterKw = 0.0;
        QVERIFY(!PvPowerModel::compute(site, PvConditions{}).ok());
        site = jejuPlant();
        site.latitudeDeg = 91.0;
        QCOMPARE(PvPowerModel::compute(site, PvConditions{}).error().field, QStringLiteral("latitude"));
        PvConditions c;
        c.ghi = -5.0;
        QCOMPARE(PvPowerModel::compute(jejuPlant(), c).error().field, QStringLiteral("ghi"));
        c = PvConditions{};
        c.airTemperatureC = nan;
        QCOMPARE(PvPowerModel::compute(jejuPlant(), c).error().field, QStringLiteral("air_temperature"));
        c = PvConditions{};
        c.dni = nan;
        QVERIFY(!PlaneOfArray::hayDavies(PoaInput{0, 180, 30, 180, 100, c.dni, 50, 1366.1, 0.2}).ok());
    }
};

QTEST_GUILESS_MAIN(TestPvPowerModel)
#include "tst_pvpowermodel.moc"
