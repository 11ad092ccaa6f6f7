// SPDX-License-Identifier: MIT
// The impact table's numbers against the models they come from: a typhoon that stands still for
// three hours gives each site the wind its profile gives at the site's great-circle distance
// (within the projection's 0.5 %), nothing beyond the 10 m/s reach, and the fragility verdict of
// that wind; an earthquake gives each site its MMI and that verdict.
#include "domain/hazard/hazardimpact.h"
#include "domain/hazard/typhoonwindfield.h"
#include "domain/geo/geodesy.h"

#include <QTest>

using namespace et::domain::hazard;
using et::domain::AssetKind;

class TestHazardImpact : public QObject
{
    Q_OBJECT
private slots:
    void aTyphoonGivesEachSiteItsWind()
    {
        TyphoonTrack track;
        const QDateTime t0(QDate(2018, 8, 23), QTime(0, 0), Qt::UTC);
        for (int h = 0; h <= 3; ++h) {
            TrackPoint p;
            p.time = t0.addSecs(3600 * h);
            p.lat = 33.0;
            p.lon = 125.9;
            p.pressureHpa = 960.0;
            p.maxWindMs = 38.6;
            track.points << p;
        }
        const QList<ImpactSite> sites{{QStringLiteral("gosan-wind"), AssetKind::Wind, 33.29, 126.16},
                                      {QStringLiteral("jeju-sub"), AssetKind::Substation, 33.50, 126.53},
                                      {QStringLiteral("busan-sub"), AssetKind::Substation, 35.10, 129.04}};
        const auto impact = HazardImpact::ofTyphoon(track, t0, t0.addSecs(3 * 3600), sites);
        QCOMPARE(impact.size(), 3);
        const auto profile = TyphoonWindField::profileOf(track.points.first()).value();
        for (int i = 0; i < 2; ++i) {
            const double expected = TyphoonWindField::surfaceWindMs(track.points.first(), profile, sites[i].lat, sites[i].lon);
            QVERIFY2(std::abs(impact[i].intensity - expected) / expected < 0.005, qPrintable(QStringLiteral("%1 vs %2").arg(impact[i].intensity).arg(expected)));
            const double p = FragilityCurve::forWind(sites[i].kind).probability(impact[i].intensity);
            QCOMPARE(impact[i].probability, p);
            QVERIFY(impact[i].state == FragilityCurve::stateOf(p));
            QVERIFY(impact[i].priority == FragilityCurve::priorityOf(p));
        }
        QVERIFY(impact[0].intensity > impact[1].intensity); // Gosan is nearer the centre
        QCOMPARE(impact[2].intensity, 0.0);                 // Busan, 400 km off, is out of reach
        QVERIFY(impact[2].priority == InspectionPriority::Green);
        // Outside the track's time there is nothing.
        QCOMPARE(HazardImpact::ofTyphoon(track, t0.addDays(1), t0.addDays(2), sites).first().intensity, 0.0);
    }

    void anEarthquakeGivesEachSiteItsIntensity()
    {
        const EarthquakeIntensity quake(33.09, 126.16, 17.0, 4.9);
        const QList<ImpactSite> sites{{QStringLiteral("marado"), AssetKind::Solar, 33.118, 126.267}};
        const auto impact = HazardImpact::ofEarthquake(quake, sites);
        QCOMPARE(impact.first().intensity, quake.mmiAt(33.118, 126.267));
        QCOMPARE(impact.first().probability, FragilityCurve::forEarthquake(AssetKind::Solar).probability(impact.first().intensity));
        QVERIFY(impact.first().state == DamageState::Ok);
    }
};

QTEST_GUILESS_MAIN(TestHazardImpact)
#include "tst_hazardimpact.moc"
