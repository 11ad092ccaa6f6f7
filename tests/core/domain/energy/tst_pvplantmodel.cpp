// SPDX-License-Identifier: MIT
// PvPlantModel, the forecast's fast PV chain, against PvPowerModel (the reference chain, itself
// checked against pvlib in tst_pvpowermodel) over 20,000 random plants and skies: the AC power
// agrees to 1e-12 of the plant's rating. Bad sites are refused by name; inputs that are not
// numbers give NaN.
#include "domain/energy/pvplantmodel.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace et::domain::energy;

class TestPvPlantModel : public QObject
{
    Q_OBJECT
private slots:
    void agreesWithThePvChain()
    {
        QRandomGenerator rng(20250711);
        const auto uniform = [&](double a, double b) { return a + (b - a) * rng.generateDouble(); };
        double worst = 0.0;
        int producing = 0;
        for (int i = 0; i < 20000; ++i) {
            PvSite site;
            site.latitudeDeg = uniform(33.1, 33.6);
            site.longitudeDeg = uniform(126.1, 127.0);
            site.tiltDeg = uniform(0.0, 60.0);
            site.azimuthDeg = uniform(90.0, 270.0);
            site.kWp = uniform(1.0, 5000.0);
            site.inverterKw = site.kWp / uniform(0.8, 1.4);
            site.albedo = uniform(0.1, 0.3);
            site.lossFraction = uniform(0.0, 0.2);
            site.skyModel = i % 3 == 0 ? PvSite::SkyModel::Isotropic : PvSite::SkyModel::HayDavies;
            PvConditions c;
            c.sunZenithDeg = uniform(0.0, 89.9);
            c.sunAzimuthDeg = uniform(0.0, 360.0);
            c.dni = uniform(0.0, 1000.0);
            c.dhi = uniform(0.0, 400.0);
            c.ghi = std::min(2000.0, c.dni * std::cos(c.sunZenithDeg * M_PI / 180.0) + c.dhi);
            c.dniExtra = uniform(1320.0, 1415.0);
            c.airTemperatureC = uniform(-10.0, 40.0);
            c.windSpeedMs = uniform(0.0, 15.0);
            const auto reference = PvPowerModel::compute(site, c);
            QVERIFY2(reference.ok(), qPrintable(reference.error().toString()));
            const auto model = PvPlantModel::prepare(site);
            QVERIFY(model.ok());
            const double fast = model.value().acKw(PvPlantModel::Sun::at(c.sunZenithDeg, c.sunAzimuthDeg), c);
            const double gap = std::abs(fast - reference.value().acKw) / site.inverterKw;
            worst = std::max(worst, gap);
            producing += reference.value().acKw > 0.0 ? 1 : 0;
            QVERIFY2(gap < 1e-12, qPrintable(QStringLiteral("case %1: %2 vs %3 kW").arg(i).arg(fast).arg(reference.value().acKw)));
        }
        qInfo("worst difference %.3g of the rating, %d of 20000 cases producing", worst, producing);
        QVERIFY(producing > 15000);
    }

    void badInputIsNamedOrNaN()
    {
        PvSite site;
        site.kWp = 100.0;
        site.inverterKw = 0.0;
        QCOMPARE(PvPlantModel::prepare(site).error().field, QStringLiteral("inverter_kw"));
        site.inverterKw = 90.0;
        site.tiltDeg = std::nan("");
        QCOMPARE(PvPlantModel::prepare(site).error().field, QStringLiteral("tilt"));
        site.tiltDeg = 30.0;
        const PvPlantModel m = PvPlantModel::prepare(site).value();
        PvConditions c;
        c.sunZenithDeg = 30.0;
        c.ghi = 800.0;
        c.dni = 700.0;
        c.dhi = 100.0;
        c.airTemperatureC = std::nan("");
        QVERIFY(std::isnan(m.acKw(PvPlantModel::Sun::at(30.0, 180.0), c)));
        c.airTemperatureC = 20.0;
        QVERIFY(m.acKw(PvPlantModel::Sun::at(30.0, 180.0), c) > 0.0);
        c.windSpeedMs = std::numeric_limits<double>::infinity();
        QVERIFY(std::isnan(m.acKw(PvPlantModel::Sun::at(30.0, 180.0), c)));
    }
};

QTEST_GUILESS_MAIN(TestPvPlantModel)
#include "tst_pvplantmodel.moc"
