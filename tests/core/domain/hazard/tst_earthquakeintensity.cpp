// SPDX-License-Identifier: MIT
// Allen, Wald & Worden (2012)'s intensity equation worked by hand at two distances, then the
// 2021-12-14 ML 4.9 earthquake off Seogwipo (the bundled event file): the highest intensity it
// gives on Jeju's land must be near the V KMA reported; and the contours are where the equation
// crosses each whole intensity.
#include "domain/hazard/earthquakeintensity.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using et::domain::hazard::EarthquakeIntensity;

class TestEarthquakeIntensity : public QObject
{
    Q_OBJECT
private slots:
    void theEquationByHand()
    {
        // M 4.9 at 44.4 km: Rm = −0.209 + 2.042 e^−0.1 = 1.6387; ln √(44.4² + 1.6387²) = 3.7936;
        // 2.085 + 1.428 × 4.9 − 1.402 × 3.7936 = 3.763.
        QVERIFY(std::abs(EarthquakeIntensity::mmiAtHypocentralKm(4.9, 44.4) - 3.763) < 0.002);
        // M 6 at 100 km: Rm = −0.209 + 2.042 e = 5.342; ln √(100² + 5.342²) = 4.6066;
        // 2.085 + 8.568 − 6.4585 + 0.078 ln 2 = 4.249.
        QVERIFY(std::abs(EarthquakeIntensity::mmiAtHypocentralKm(6.0, 100.0) - 4.249) < 0.002);
    }

    void the2021EventIsNearVOnJeju()
    {
        QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/hazards/earthquake-2021-12-14-jeju.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject e = QJsonDocument::fromJson(f.readAll()).object();
        const EarthquakeIntensity quake(e.value("lat").toDouble(), e.value("lon").toDouble(), e.value("depth_km").toDouble(),
                                        e.value("magnitude_ml_kma").toDouble());
        QCOMPARE(e.value("instrumental_intensity_kma").toObject().value("제주").toString(), QStringLiteral("V"));
        // Jeju's land nearest the epicentre (Marado, Gosan) to the far east (Seongsan).
        const double marado = quake.mmiAt(33.118, 126.267), gosan = quake.mmiAt(33.294, 126.163),
                     seogwipo = quake.mmiAt(33.254, 126.560), jejuCity = quake.mmiAt(33.500, 126.531), seongsan = quake.mmiAt(33.46, 126.93);
        qInfo("2021-12-14 ML 4.9: MMI %.2f at Marado, %.2f at Gosan, %.2f at Seogwipo, %.2f at Jeju City, %.2f at Seongsan", marado, gosan,
              seogwipo, jejuCity, seongsan);
        const double highest = std::max({marado, gosan, seogwipo, jejuCity, seongsan});
        QVERIFY2(std::lround(highest) == 5, qPrintable(QString::number(highest))); // KMA: V on Jeju
        QVERIFY(marado > gosan && gosan > seogwipo && seogwipo > seongsan);
    }

    void contoursAreWhereTheEquationCrosses()
    {
        const EarthquakeIntensity quake(33.09, 126.16, 17.0, 4.9);
        const auto contours = quake.contours(3);
        QVERIFY(contours.size() >= 2);
        for (const auto &[level, disc] : contours) {
            QVERIFY(std::abs(EarthquakeIntensity::mmiAtHypocentralKm(4.9, std::hypot(disc.radiusKm, 17.0)) - level) < 1e-6);
        }
        QCOMPARE(quake.radiusKmOf(9.0), 0.0); // an M 4.9 reaches no IX anywhere
    }
};

QTEST_GUILESS_MAIN(TestEarthquakeIntensity)
#include "tst_earthquakeintensity.moc"
