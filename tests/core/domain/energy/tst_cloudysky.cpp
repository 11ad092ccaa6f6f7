// SPDX-License-Identifier: MIT
// Kasten & Czeplak (1980): G/G0 by cloud amount in whole oktas, worked out by hand from the
// paper's eq. 8 (not by the code under test), and the split into diffuse and beam.
#include "domain/energy/cloudysky.h"

#include <QTest>

#include <cmath>

using namespace et::domain::energy;

class TestCloudySky : public QObject
{
    Q_OBJECT

private slots:
    void globalFollowsThePapersRatios_data()
    {
        QTest::addColumn<int>("oktas");
        QTest::addColumn<double>("ratio");
        // G/G0 = 1 - 0.75 (N/8)^3.4 evaluated by hand for whole oktas (4 decimals).
        QTest::newRow("0/8") << 0 << 1.0;
        QTest::newRow("2/8") << 2 << 0.9933;
        QTest::newRow("4/8") << 4 << 0.9290;
        QTest::newRow("6/8") << 6 << 0.7180;
        QTest::newRow("8/8") << 8 << 0.25;
    }
    void globalFollowsThePapersRatios()
    {
        QFETCH(int, oktas);
        QFETCH(double, ratio);
        const ClearSkyIrradiance clear{800.0, 850.0, 100.0};
        const double zenith = std::acos((800.0 - 100.0) / 850.0) * 180.0 / M_PI;
        const auto sky = CloudySky::kastenCzeplak(clear, zenith, oktas / 8.0);
        QVERIFY(sky.ok());
        QVERIFY2(std::abs(sky.value().ghi / clear.ghi - ratio) < 1e-4, qPrintable(QString::number(sky.value().ghi / clear.ghi)));
        // The parts add up to the global: G = D + DNI cos z.
        QVERIFY(std::abs(sky.value().dhi + sky.value().dni * std::cos(zenith * M_PI / 180.0) - sky.value().ghi) < 1e-9);
    }

    void overcastIsAllDiffuseAndClearKeepsTheClearSplit()
    {
        const ClearSkyIrradiance clear{800.0, 850.0, 100.0};
        const double zenith = std::acos(700.0 / 850.0) * 180.0 / M_PI;
        const auto overcast = CloudySky::kastenCzeplak(clear, zenith, 1.0).value();
        QCOMPARE(overcast.dhi, overcast.ghi);
        QVERIFY(std::abs(overcast.dni) < 1e-9);
        const auto cleared = CloudySky::kastenCzeplak(clear, zenith, 0.0).value();
        QCOMPARE(cleared.ghi, clear.ghi);
        // Kasten-Czeplak's diffuse fraction at N = 0 (0.3) exceeds this clear sky's (0.125).
        QVERIFY(std::abs(cleared.dhi - 0.3 * clear.ghi) < 1e-9);
        // Half cover: 0.3 + 0.7 * 0.25 = 0.475 of the global is diffuse.
        const auto half = CloudySky::kastenCzeplak(clear, zenith, 0.5).value();
        QVERIFY(std::abs(half.dhi / half.ghi - 0.475) < 1e-12);
    }

    void nightAndBadInput()
    {
        QCOMPARE(CloudySky::kastenCzeplak({}, 95.0, 0.5).value().ghi, 0.0);
        QVERIFY(!CloudySky::kastenCzeplak({100, 100, 10}, 30.0, 1.2).ok());
        QVERIFY(!CloudySky::kastenCzeplak({100, 100, 10}, 30.0, std::nan("")).ok());
        QVERIFY(!CloudySky::kastenCzeplak({-1, 100, 10}, 30.0, 0.2).ok());
        QVERIFY(!CloudySky::kastenCzeplak({100, 100, 10}, std::nan(""), 0.2).ok());
    }
};

QTEST_APPLESS_MAIN(TestCloudySky)
#include "tst_cloudysky.moc"
