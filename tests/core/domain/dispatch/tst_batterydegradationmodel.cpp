// SPDX-License-Identifier: MIT
// BatteryDegradationModel against the formulas and LMO coefficients of Xu et al. 2018 written out
// again (xu2018.h), and the properties the paper gives its stress functions: S_σ and S_T are 1 at
// their references, S_δ(1) is the fade of one full cycle, the SEI film costs α_sei and no more,
// and deeper, fuller, hotter cycles fade more.
#include "domain/dispatch/batterydegradationmodel.h"
#include "xu2018.h"

#include <QTest>

#include <cmath>

using namespace et::domain::dispatch;

namespace {
constexpr double kYear = 365.0 * 86400.0;
bool near(double a, double b, double relative) { return std::abs(a - b) <= relative * std::abs(b); }
} // namespace

class TestBatteryDegradationModel : public QObject
{
    Q_OBJECT
private slots:
    void stressesAtTheirReferences()
    {
        // S_σ and S_T are 1 at σ_ref and T_ref; S_δ(1) is 1/(k_δ1 + k_δ3) = 1/17,000, the fade of
        // one full cycle, not 1.
        QCOMPARE(BatteryDegradationModel::socStress(0.5), 1.0);
        QCOMPARE(BatteryDegradationModel::temperatureStress(25.0), 1.0);
        QVERIFY(near(BatteryDegradationModel::depthStress(1.0), 1.0 / 17000.0, 1e-12));
        QCOMPARE(BatteryDegradationModel::depthStress(0.0), 0.0);
        QCOMPARE(BatteryDegradationModel::timeStress(0.0), 0.0);
        for (double d : {0.01, 0.1, 0.2, 0.5, 0.8, 0.95})
            QVERIFY(near(BatteryDegradationModel::depthStress(d), paper::depth(d), 1e-12));
        for (double s : {0.0, 0.2, 0.9, 1.0})
            QVERIFY(near(BatteryDegradationModel::socStress(s), paper::soc(s), 1e-12));
        // The T_ref/T factor in kelvin: 35 °C is e^(0.0693 · 10 · 298.15/308.15) ≈ 1.955, not e^0.693.
        for (double c : {-20.0, 0.0, 10.0, 35.0, 45.0})
            QVERIFY(near(BatteryDegradationModel::temperatureStress(c), paper::temperature(c), 1e-12));
        QVERIFY(near(BatteryDegradationModel::temperatureStress(35.0), 1.955, 1e-3));
        QVERIFY(near(BatteryDegradationModel::timeStress(kYear), paper::kt * kYear, 1e-12));
        // Deeper cycles fade more, fuller and hotter cells fade more.
        QVERIFY(BatteryDegradationModel::depthStress(0.8) > BatteryDegradationModel::depthStress(0.5));
        QVERIFY(BatteryDegradationModel::socStress(0.9) > BatteryDegradationModel::socStress(0.5));
        QVERIFY(BatteryDegradationModel::temperatureStress(35.0) > 1.0);
    }

    void capacityLossAndTheSeiFilm()
    {
        QCOMPARE(BatteryDegradationModel::capacityLoss(0.0), 0.0);
        for (double f : {1e-5, 1e-3, 0.01, 0.05, 0.2, 1.0, 5.0})
            QVERIFY(near(BatteryDegradationModel::capacityLoss(f), paper::loss(f), 1e-12));
        // A new pack loses capacity α_sei·β_sei + 1 − α_sei = 7.9 times faster than f_d grows while
        // the SEI film forms; once formed (β f ≫ 1) the film has cost α_sei and the rest is e^(−f).
        const double h = 1e-9;
        QVERIFY(near(BatteryDegradationModel::capacityLoss(h) / h, 0.0575 * 121 + 0.9425, 1e-6));
        for (double f : {0.1, 0.5, 2.0})
            QVERIFY(std::abs(BatteryDegradationModel::capacityLoss(f) - (1.0 - 0.9425 * std::exp(-f))) < 1e-6);
        // The increase without cancellation agrees with the difference where that is exact enough.
        for (double f : {0.0, 0.01, 0.3}) {
            const double extra = 3e-5;
            QVERIFY(near(BatteryDegradationModel::capacityLossIncrease(f, extra),
                         paper::loss(f + extra) - paper::loss(f), 1e-7));
        }
    }

    void perKwhFadeAgainstDepth()
    {
        // Per unit of depth (per kWh moved), S_δ(δ)/δ falls from δ = 1 to a minimum near 1/3 and
        // rises again below it: above 1/3 cycle life falls faster than 1/δ, below it the power
        // law k_δ1 δ^−0.501 makes the fade per cycle shrink only like √δ.
        auto perDepth = [](double d) { return BatteryDegradationModel::depthStress(d) / d; };
        QVERIFY(perDepth(1.0) > perDepth(0.8));
        QVERIFY(perDepth(0.8) > perDepth(0.5));
        QVERIFY(perDepth(0.5) > perDepth(0.35));
        QVERIFY(perDepth(0.1) > perDepth(0.35));
        QVERIFY(perDepth(0.02) > perDepth(0.1));
        double lowest = 1.0, at = 0.0;
        for (int i = 1; i <= 1000; ++i) {
            if (perDepth(i / 1000.0) < lowest) {
                lowest = perDepth(i / 1000.0);
                at = i / 1000.0;
            }
        }
        QVERIFY2(at > 0.3 && at < 0.36, qPrintable(QString::number(at)));
        // 0.8 of capacity moved as one deep cycle or as two of 0.4: the two fade less.
        QVERIFY(BatteryDegradationModel::depthStress(0.8) > 2.0 * BatteryDegradationModel::depthStress(0.4));
    }
};

QTEST_GUILESS_MAIN(TestBatteryDegradationModel)
#include "tst_batterydegradationmodel.moc"
