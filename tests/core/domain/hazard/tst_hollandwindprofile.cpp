// SPDX-License-Identifier: MIT
// Holland's (1980) profile against the paper's own relations: without Coriolis the gradient wind
// peaks at Rmax with Vm = sqrt(B Δp / (ρ e)) (eq. 9); B from Vm inverts it; the pressure deficit
// is Δp (1 − e^−1) at Rmax; the wind falls off outside; and Rmax fitted to a wind radius gives
// that wind there.
#include "domain/hazard/hollandwindprofile.h"

#include <QTest>

#include <cmath>
#include <numbers>

using et::domain::hazard::HollandWindProfile;

class TestHollandWindProfile : public QObject
{
    Q_OBJECT
private slots:
    void peaksAtRmaxWithEquationNine()
    {
        // Δp = 50 hPa, B = 1.5, ρ = 1.15: Vm = sqrt(1.5 × 5000 / (1.15 e)) = 48.98 m/s.
        const HollandWindProfile p(50.0, 40.0, 1.5, 0.0);
        const double vm = std::sqrt(1.5 * 5000.0 / (1.15 * std::numbers::e));
        QVERIFY(std::abs(vm - 48.98) < 0.01);
        QVERIFY(std::abs(p.gradientWindMs(40.0) - vm) < 1e-9);
        for (const double r : {10.0, 30.0, 39.0, 41.0, 60.0, 200.0})
            QVERIFY2(p.gradientWindMs(r) < vm, qPrintable(QString::number(r)));
        QCOMPARE(p.gradientWindMs(0.0), 0.0);
        // Outside the maximum it only falls (slowly without Coriolis: 4.3 m/s still at 2,000 km).
        QVERIFY(p.gradientWindMs(400.0) < p.gradientWindMs(100.0));
        QVERIFY(p.gradientWindMs(2000.0) < p.gradientWindMs(400.0));
        QVERIFY(std::abs(p.gradientWindMs(2000.0) - 4.29) < 0.01);
        // p(r) − pc = Δp e^(−(Rmax/r)^B): at Rmax the deficit below ambient is Δp (1 − 1/e).
        QVERIFY(std::abs(p.pressureDeficitHpa(40.0) - 50.0 * (1.0 - std::exp(-1.0))) < 1e-9);
    }

    void coriolisLowersTheWindFarOut()
    {
        const HollandWindProfile equator(50.0, 40.0, 1.5, 0.0), jeju(50.0, 40.0, 1.5, 33.4);
        for (const double r : {40.0, 100.0, 300.0})
            QVERIFY(jeju.gradientWindMs(r) < equator.gradientWindMs(r));
        // f = 2Ω sin 33.4° = 8.03e-5 s⁻¹: at 300 km, r f / 2 = 12.0 m/s.
        const double f = 2.0 * 7.292e-5 * std::sin(33.4 * std::numbers::pi / 180.0);
        const double half = 300e3 * f / 2.0;
        const double cyclostrophic = equator.gradientWindMs(300.0);
        QVERIFY(std::abs(jeju.gradientWindMs(300.0) - (std::sqrt(cyclostrophic * cyclostrophic + half * half) - half)) < 1e-9);
    }

    void bInvertsEquationNine()
    {
        // SOULIK (1819) near Jeju: 960 hPa against an ambient 1010 hPa, 75 kt 10-minute surface
        // wind, 48.2 m/s at gradient level (÷ 0.8): B = 1.15 e 48.2² / 5000 = 1.45.
        const double vm = 75 * 0.514444 / 0.8;
        const double b = HollandWindProfile::bFromMaxWind(vm, 50.0);
        QVERIFY2(std::abs(b - 1.45) < 0.01, qPrintable(QString::number(b)));
        QVERIFY(std::abs(HollandWindProfile(50.0, 40.0, b, 0.0).gradientWindMs(40.0) - vm) < 1e-6);
        QCOMPARE(HollandWindProfile::bFromMaxWind(200.0, 10.0), 2.5); // kept within Holland's range
        QCOMPARE(HollandWindProfile::bFromMaxWind(0.0, 10.0), 1.0);
    }

    void rmaxFitsAWindRadius()
    {
        // The 30-kt (15.4 m/s) wind reaching 278 km (150 nm).
        const auto rmax = HollandWindProfile::rmaxForWindAt(278.0, 15.4, 50.0, 1.2, 33.0);
        QVERIFY2(rmax.ok(), qPrintable(rmax.ok() ? QString() : rmax.error().toString()));
        QVERIFY(rmax.value() > 5.0 && rmax.value() < 200.0);
        QVERIFY(std::abs(HollandWindProfile(50.0, rmax.value(), 1.2, 33.0).gradientWindMs(278.0) - 15.4) < 1e-6);
        // A storm too weak to blow 40 m/s at 300 km has no such Rmax.
        QVERIFY(!HollandWindProfile::rmaxForWindAt(300.0, 40.0, 10.0, 1.0, 33.0).ok());
    }
};

QTEST_GUILESS_MAIN(TestHollandWindProfile)
#include "tst_hollandwindprofile.moc"
