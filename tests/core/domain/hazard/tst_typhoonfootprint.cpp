// SPDX-License-Identifier: MIT
// SOULIK (1819)'s cone and swaths: the cone grows with lead time and holds the track, its
// outline lies on the discs' edges and runs counter-clockwise; the 15 m/s swath covers all of
// Jeju, the 25 m/s one its west tip (Gosan) as JMA's own 50-kt radii did, and neither reaches
// Shanghai; a wind the storm never reached has no swath.
#include "domain/hazard/jmabesttrack.h"
#include "domain/hazard/typhoonfootprint.h"
#include "domain/geo/geodesy.h"

#include <QFile>
#include <QTest>

using namespace et::domain::hazard;

namespace {
TyphoonTrack soulik()
{
    QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/hazards/jma-besttrack-jeju-2015-2021.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<TyphoonTrack> tracks = JmaBestTrack::parse(f.readAll()).value();
    for (const TyphoonTrack &t : tracks) {
        if (t.name == u"SOULIK")
            return t;
    }
    return {};
}

const QDateTime kIssued(QDate(2018, 8, 22), QTime(0, 0), Qt::UTC);

double signedArea(const QList<QPointF> &ring)
{
    double a = 0.0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF &p = ring[i], &q = ring[(i + 1) % ring.size()];
        a += p.x() * q.y() - q.x() * p.y();
    }
    return a / 2.0;
}
} // namespace

class TestTyphoonFootprint : public QObject
{
    Q_OBJECT
private slots:
    void theConeGrowsAndHoldsTheTrack()
    {
        const TyphoonTrack track = soulik();
        QVERIFY(!track.points.isEmpty());
        const QList<GeoDisc> cone = TyphoonFootprint::cone(track, kIssued);
        QVERIFY(cone.size() > 48);
        QCOMPARE(cone.first().radiusKm, 0.0);
        QVERIFY(std::abs(cone.at(24).radiusKm - 24 * 4.2) < 1e-9);
        for (const TrackPoint &p : track.points) {
            if (p.time >= kIssued)
                QVERIFY(SweptOutline::covers(cone, p.lat, p.lon));
        }
        QVERIFY(!SweptOutline::covers(cone, 35.7, 139.7)); // Tokyo
        const QList<QPointF> outline = SweptOutline::of(cone);
        QVERIFY(signedArea(outline) > 0.0);
        // Every outline point is on the edge of a disc (its own), within 1 % of the radius.
        for (const QPointF &p : outline) {
            double nearestEdge = 1e9;
            for (const GeoDisc &d : cone)
                nearestEdge = std::min(nearestEdge, std::abs(et::domain::geo::Geodesy::distanceKm(d.lat, d.lon, p.y(), p.x()) - d.radiusKm));
            QVERIFY2(nearestEdge < 1.0 + 0.01 * cone.last().radiusKm, qPrintable(QString::number(nearestEdge)));
        }
    }

    void swathsCoverWhatTheStormReached()
    {
        const TyphoonTrack track = soulik();
        const QDateTime from(QDate(2018, 8, 22), QTime(0, 0), Qt::UTC), to(QDate(2018, 8, 24), QTime(0, 0), Qt::UTC);
        const QList<GeoDisc> gale = TyphoonFootprint::swath(track, 15.0, from, to);
        const QList<GeoDisc> storm = TyphoonFootprint::swath(track, 25.0, from, to);
        QVERIFY(!gale.isEmpty() && !storm.isEmpty());
        QVERIFY(SweptOutline::covers(gale, 33.50, 126.53));  // Jeju City
        QVERIFY(SweptOutline::covers(gale, 33.25, 126.56));  // Seogwipo
        QVERIFY(SweptOutline::covers(gale, 33.46, 126.93));  // Seongsan
        QVERIFY(SweptOutline::covers(storm, 33.29, 126.16)); // Gosan, 69 km from the 23 Aug 00 UTC fix, inside its 111 km 50-kt radius
        QVERIFY(!SweptOutline::covers(storm, 31.23, 121.47)); // Shanghai
        QVERIFY(TyphoonFootprint::swath(track, 60.0, from, to).isEmpty());
        // The storm-force radius never exceeds the gale radius at the same hour.
        for (QDateTime t = from; t <= to; t = t.addSecs(3600))
            QVERIFY(TyphoonFootprint::footprint(track, 25.0, t)->radiusKm <= TyphoonFootprint::footprint(track, 15.0, t)->radiusKm);
    }
};

QTEST_GUILESS_MAIN(TestTyphoonFootprint)
#include "tst_typhoonfootprint.moc"
