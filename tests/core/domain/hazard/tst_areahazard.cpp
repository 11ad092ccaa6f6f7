// SPDX-License-Identifier: MIT
// Floods and outages by area: a site inside a flood polygon stands in its depth and gets the
// stated depth fragility (worked by hand), one outside is dry; an outage by polygon or by
// eup/myeon of the bundled base map takes down exactly the sites inside.
#include "domain/geo/geojsonreader.h"
#include "domain/hazard/areahazard.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace et::domain;
using namespace et::domain::hazard;

class TestAreaHazard : public QObject
{
    Q_OBJECT
private slots:
    void floodDepthAndFragility()
    {
        // A flooded stretch of the Hancheon around Jeju City's old town.
        const geo::GeoRing area{QPointF(126.51, 33.50), QPointF(126.53, 33.50), QPointF(126.53, 33.52), QPointF(126.51, 33.52)};
        const QList<ImpactSite> sites{{QStringLiteral("sub-in"), AssetKind::Substation, 33.51, 126.52},
                                      {QStringLiteral("solar-in"), AssetKind::Solar, 33.505, 126.515},
                                      {QStringLiteral("sub-out"), AssetKind::Substation, 33.45, 126.52}};
        const auto impact = AreaHazard::ofFlood(area, 0.9, sites);
        QCOMPARE(impact[0].intensity, 0.9);
        // Substation: ln(0.9 / 0.6) / 0.4 = 1.0137 → Φ = 0.8446; solar: ln(0.9 / 0.8) / 0.4 = 0.2945 → Φ = 0.6158.
        QVERIFY(std::abs(impact[0].probability - 0.8446) < 1e-4);
        QVERIFY(std::abs(impact[1].probability - 0.6158) < 1e-4);
        QVERIFY(impact[0].state == DamageState::LikelyDamaged);
        QCOMPARE(impact[2].intensity, 0.0);
        QCOMPARE(impact[2].probability, 0.0);
        QVERIFY(impact[2].priority == InspectionPriority::Green);
    }

    void outageByAreaOrRegion()
    {
        QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/jeju-emd-2018.geojson"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto map = geo::GeoJsonReader::read(f.readAll());
        QVERIFY(map.ok());
        // Hallim (in 한림읍), Seongsan (in 성산읍), Jeju City Hall (in 이도2동).
        const QList<ImpactSite> sites{{QStringLiteral("hallim"), AssetKind::Substation, 33.411, 126.269},
                                      {QStringLiteral("seongsan"), AssetKind::Substation, 33.437, 126.917},
                                      {QStringLiteral("cityhall"), AssetKind::Substation, 33.4996, 126.5312}};
        const auto byRegion = AreaHazard::ofOutage({}, {QStringLiteral("한림읍"), QStringLiteral("이도2동")}, map.value(), sites);
        QCOMPARE(byRegion[0].probability, 1.0);
        QCOMPARE(byRegion[1].probability, 0.0);
        QCOMPARE(byRegion[2].probability, 1.0);
        QVERIFY(byRegion[0].state == DamageState::LikelyDamaged);
        const geo::GeoRing east{QPointF(126.85, 33.40), QPointF(126.98, 33.40), QPointF(126.98, 33.50), QPointF(126.85, 33.50)};
        const auto byArea = AreaHazard::ofOutage(east, {}, map.value(), sites);
        QCOMPARE(byArea[0].probability, 0.0);
        QCOMPARE(byArea[1].probability, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestAreaHazard)
#include "tst_areahazard.moc"
