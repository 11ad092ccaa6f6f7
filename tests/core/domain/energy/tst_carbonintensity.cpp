// SPDX-License-Identifier: MIT
// CarbonIntensity with hand-computed mixes; the factors are checked against the values the cited
// tables publish (IPCC AR5 WG3 Annex III Table A.III.2, IPCC SRREN Annex II Table A.II.4, Korea's
// 2023 national grid emission factor).
#include "domain/energy/carbonintensity.h"

#include <QTest>

#include <cmath>

using namespace et::domain::energy;

namespace {
// LNG 300, bio heavy oil 150, solar 100, onshore wind 50, imports 200 (MW).
GenerationMix mixA()
{
    GenerationMix m;
    m[Fuel::Lng] = 300;
    m[Fuel::BioHeavyOil] = 150;
    m[Fuel::SolarPv] = 100;
    m[Fuel::WindOnshore] = 50;
    m.imports = 200;
    return m;
}

bool near(double a, double b) { return std::abs(a - b) < 1e-9; }
} // namespace

class TestCarbonIntensity : public QObject
{
    Q_OBJECT
private slots:
    void factorsAreTheCitedOnes()
    {
        QCOMPARE(CarbonIntensity::lifeCycleGPerKWh(Fuel::Coal), 820.0);
        QCOMPARE(CarbonIntensity::lifeCycleGPerKWh(Fuel::Lng), 490.0);
        QCOMPARE(CarbonIntensity::lifeCycleGPerKWh(Fuel::Oil), 840.0);
        QCOMPARE(CarbonIntensity::lifeCycleGPerKWh(Fuel::BioHeavyOil), 230.0);
        QCOMPARE(CarbonIntensity::lifeCycleGPerKWh(Fuel::SolarPv), 48.0);
        QCOMPARE(CarbonIntensity::lifeCycleGPerKWh(Fuel::WindOnshore), 11.0);
        QCOMPARE(CarbonIntensity::lifeCycleGPerKWh(Fuel::WindOffshore), 12.0);
        QCOMPARE(CarbonIntensity::kMainlandGridGPerKWh, 417.3);
        QVERIFY(CarbonIntensity::sourceOf(Fuel::BioHeavyOil).startsWith(QStringLiteral("assumed")));
        QVERIFY(CarbonIntensity::sourceOf(Fuel::Oil).contains(QStringLiteral("SRREN")));
        for (int f = 0; f < kFuelCount; ++f)
            QVERIFY(!fuelName(Fuel(f)).isEmpty());
    }

    void consumedIntensity()
    {
        // (300·490 + 150·230 + 100·48 + 50·11 + 200·417.3) / 800
        //   = (147000 + 34500 + 4800 + 550 + 83460) / 800 = 270310 / 800 = 337.8875 g/kWh.
        auto a = CarbonIntensity::consumedGPerKWh(mixA());
        QVERIFY2(a.ok(), qPrintable(a.error().toString()));
        QVERIFY(near(a.value(), 337.8875));
        // Exports leave the pool at its average: the intensity does not change.
        GenerationMix exporting = mixA();
        exporting.exports = 120;
        QVERIFY(near(CarbonIntensity::consumedGPerKWh(exporting).value(), 337.8875));
        // Sunny noon, no imports: solar 500, offshore wind 30, LNG 100:
        // (500·48 + 30·12 + 100·490) / 630 = (24000 + 360 + 49000) / 630 = 116.444… g/kWh.
        GenerationMix noon;
        noon[Fuel::SolarPv] = 500;
        noon[Fuel::WindOffshore] = 30;
        noon[Fuel::Lng] = 100;
        QVERIFY(near(CarbonIntensity::consumedGPerKWh(noon).value(), 73360.0 / 630.0));
        // Only imports: the mainland factor.
        GenerationMix imports;
        imports.imports = 400;
        QVERIFY(near(CarbonIntensity::consumedGPerKWh(imports).value(), 417.3));
    }

    void avoidedCo2()
    {
        // The dispatchable part of mix A: (300·490 + 150·230 + 200·417.3) / 650
        //   = (147000 + 34500 + 83460) / 650 = 264960 / 650 = 407.630769… g/kWh.
        QVERIFY(near(CarbonIntensity::displacedGPerKWh(mixA()).value(), 264960.0 / 650.0));
        // 1,000 kWh of curtailed onshore wind consumed then: 1000 · (407.6308 − 11) / 1000 kg.
        QVERIFY(near(CarbonIntensity::avoidedKg(1000.0, Fuel::WindOnshore, mixA()).value(), 264960.0 / 650.0 - 11.0));
        // 2,500 kWh of curtailed solar at a moment running LNG only: 2.5 · (490 − 48) = 1105 kg.
        GenerationMix lng;
        lng[Fuel::Lng] = 250;
        lng[Fuel::SolarPv] = 80;
        QVERIFY(near(CarbonIntensity::avoidedKg(2500.0, Fuel::SolarPv, lng).value(), 1105.0));
        // Nothing dispatchable runs: nothing is displaced, nothing avoided.
        GenerationMix green;
        green[Fuel::SolarPv] = 500;
        green[Fuel::WindOnshore] = 100;
        QVERIFY(near(CarbonIntensity::consumedGPerKWh(green).value(), (500 * 48.0 + 100 * 11.0) / 600));
        QCOMPARE(CarbonIntensity::displacedGPerKWh(green).value(), 0.0);
        QCOMPARE(CarbonIntensity::avoidedKg(1000.0, Fuel::WindOnshore, green).value(), 0.0);
        QCOMPARE(CarbonIntensity::avoidedKg(0.0, Fuel::WindOnshore, mixA()).value(), 0.0);
    }

    void badInputIsAnError()
    {
        QVERIFY(!CarbonIntensity::consumedGPerKWh(GenerationMix{}).ok());
        GenerationMix negative = mixA();
        negative[Fuel::Lng] = -1;
        auto r = CarbonIntensity::consumedGPerKWh(negative);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("lng"));
        GenerationMix nanImports = mixA();
        nanImports.imports = std::nan("");
        QCOMPARE(CarbonIntensity::displacedGPerKWh(nanImports).error().field, QStringLiteral("imports"));
        QCOMPARE(CarbonIntensity::avoidedKg(std::nan(""), Fuel::SolarPv, mixA()).error().field, QStringLiteral("kWh"));
        QCOMPARE(CarbonIntensity::avoidedKg(-5.0, Fuel::SolarPv, mixA()).error().field, QStringLiteral("kWh"));
        GenerationMix badExport = mixA();
        badExport.exports = -3;
        QCOMPARE(CarbonIntensity::avoidedKg(10.0, Fuel::SolarPv, badExport).error().field, QStringLiteral("exports"));
    }
};

QTEST_GUILESS_MAIN(TestCarbonIntensity)
#include "tst_carbonintensity.moc"
