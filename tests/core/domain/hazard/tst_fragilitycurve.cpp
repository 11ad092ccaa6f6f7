// SPDX-License-Identifier: MIT
// Fragility by hand: the lognormal curve is one half at its median and Φ(1) = 0.8413 one β above,
// Φ(−2) = 0.02275 two β below; the stated curves rank the asset types as their design levels do;
// and the thresholds give the states and ShakeCast colours.
#include "domain/hazard/fragilitycurve.h"

#include <QTest>

#include <cmath>

using namespace et::domain::hazard;
using et::domain::AssetKind;

class TestFragilityCurve : public QObject
{
    Q_OBJECT
private slots:
    void lognormalByHand()
    {
        const FragilityCurve c{50.0, 0.15};
        QVERIFY(std::abs(c.probability(50.0) - 0.5) < 1e-12);
        QVERIFY(std::abs(c.probability(50.0 * std::exp(0.15)) - 0.841345) < 1e-6);
        QVERIFY(std::abs(c.probability(50.0 * std::exp(-0.30)) - 0.022750) < 1e-6);
        QCOMPARE(c.probability(0.0), 0.0);
        QCOMPARE(c.probability(-3.0), 0.0);
    }

    void theStatedCurves()
    {
        // A 45 m/s typhoon wind (SOULIK-class near its centre): a solar array is likelier damaged
        // than a wind turbine designed for a 50 m/s extreme.
        const double solar = FragilityCurve::forWind(AssetKind::Solar).probability(45.0);
        const double turbine = FragilityCurve::forWind(AssetKind::Wind).probability(45.0);
        QVERIFY(solar > turbine);
        // ln(45/40)/0.2 = 0.589 → Φ = 0.722; ln(45/50)/0.15 = −0.702 → Φ = 0.241.
        QVERIFY(std::abs(solar - 0.722) < 0.001);
        QVERIFY(std::abs(turbine - 0.241) < 0.001);
        // The 2021 earthquake's MMI 4.9 leaves a substation practically untouched.
        QVERIFY(FragilityCurve::forEarthquake(AssetKind::Substation).probability(4.9) < 1e-3);
    }

    void statesAndColours()
    {
        QVERIFY(FragilityCurve::stateOf(0.09) == DamageState::Ok);
        QVERIFY(FragilityCurve::stateOf(0.1) == DamageState::Inspect);
        QVERIFY(FragilityCurve::stateOf(0.5) == DamageState::LikelyDamaged);
        QVERIFY(FragilityCurve::priorityOf(0.04) == InspectionPriority::Green);
        QVERIFY(FragilityCurve::priorityOf(0.05) == InspectionPriority::Yellow);
        QVERIFY(FragilityCurve::priorityOf(0.2) == InspectionPriority::Orange);
        QVERIFY(FragilityCurve::priorityOf(0.72) == InspectionPriority::Red);
        QCOMPARE(FragilityCurve::toString(DamageState::LikelyDamaged), QStringLiteral("likely_damaged"));
        QCOMPARE(FragilityCurve::toString(InspectionPriority::Orange), QStringLiteral("orange"));
    }
};

QTEST_GUILESS_MAIN(TestFragilityCurve)
#include "tst_fragilitycurve.moc"
