// SPDX-License-Identifier: MIT
// JejuMap in a real window with many markers: clusters at low zoom (each marker in exactly one,
// following moving markers, the selected one kept out), a click on a cluster, and hit tests
// that agree with what is drawn.
// Runs on the software scene graph (offscreen) and, as tst_jejumapclusters_xvfb, on OpenGL. Each run
// saves its frames as PNGs in the temp folder.
#include "jejumapscene.h"
#include "mappalette.h"
#include "markerdrawlist.h"

#include "domain/geo/webmercator.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStyleHints>
#include <QtPlugin>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <algorithm>
#include <cmath>

Q_IMPORT_QML_PLUGIN(EnergyTruck_MapPlugin)

using et::map::JejuMap;
using et::map::MapPalette;
using namespace et::test;

class TestJejuMapClusters : public QObject, protected JejuMapScene
{
    Q_OBJECT
private slots:
    void initTestCase() { openWindow(); }
    void cleanupTestCase() { closeWindow(); }
    void init() { reset(); }
    void clustersManyMarkersAtLowZoom();
    void clickOnClusterZoomsIn();
    void selectedMarkerStaysOutOfClusters();
    void clustersFollowMovingMarkers();
    void hitTestMatchesTheDrawnMarkers();
};

void TestJejuMapClusters::clustersManyMarkersAtLowZoom()
{
    QVERIFY(!m_map->isClustered()); // three markers never cluster
    addManyMarkers(600);
    QTRY_VERIFY(m_map->isClustered());
    verifyClustersCoverEveryMarkerOnce();
    const int badges = m_map->clusterCount();
    QVERIFY2(badges > 5 && badges < 300, qPrintable(QString::number(badges)));
    // Each badge is drawn at its cluster's centre in the colour of its members' kind (slate when
    // mixed), and clusterAt() finds it there with its count.
    const QImage image = grab(QStringLiteral("clusters"));
    int checked = 0;
    const auto &clusters = m_map->currentClusters();
    for (const auto &c : clusters) {
        const QPointF p = m_map->fromCoordinate(et::domain::geo::WebMercator::unproject(c.world));
        if (c.count() < 2 || !QRectF(20, 20, 760, 560).contains(p))
            continue;
        const QVariantMap info = m_map->clusterAt(p);
        if (info.value(QStringLiteral("count")).toInt() != c.count())
            continue; // another badge drawn over this one
        const QColor fill = c.commonKind().isEmpty() ? QColor(0x45, 0x5A, 0x64) : MapPalette::markerColor(c.commonKind());
        // The digits sit in the middle: sample the disc left of them.
        const QPointF side = p - QPointF(et::map::ClusterBadge::radiusFor(c.count()) - 3.0, 0);
        QVERIFY2(sameColor(image.pixelColor(side.toPoint()), fill, 12),
                 qPrintable(QStringLiteral("%1 at %2,%3").arg(image.pixelColor(side.toPoint()).name()).arg(p.x()).arg(p.y())));
        ++checked;
    }
    QVERIFY2(checked >= 3, qPrintable(QString::number(checked)));
    // Past the last clustered zoom level every marker is drawn again.
    m_map->setZoomLevel(m_map->clusterMaximumZoomLevel() + 0.2);
    QTRY_VERIFY(!m_map->isClustered());
    QCOMPARE(m_map->clusterCount(), 0);
    // Clustering off: never clustered, whatever the zoom.
    m_map->setZoomLevel(10.5);
    QTRY_VERIFY(m_map->isClustered());
    m_map->setClusteringEnabled(false);
    QTRY_VERIFY(!m_map->isClustered());
    m_map->setClusteringEnabled(true);
    QTRY_VERIFY(m_map->isClustered());
}

void TestJejuMapClusters::clickOnClusterZoomsIn()
{
    addManyMarkers(600);
    QTRY_VERIFY(m_map->isClustered());
    // The biggest cluster on screen.
    const auto clusters = m_map->currentClusters();
    int best = -1;
    QPointF where;
    for (int i = 0; i < clusters.size(); ++i) {
        const QPointF p = m_map->fromCoordinate(et::domain::geo::WebMercator::unproject(clusters[i].world));
        if (QRectF(40, 40, 720, 520).contains(p) && (best < 0 || clusters[i].count() > clusters[best].count())) {
            best = i;
            where = p;
        }
    }
    QVERIFY(best >= 0 && clusters[best].count() > 2);
    const QList<int> members = clusters[best].rows;
    QSignalSpy markerClicks(m_map, &JejuMap::markerClicked);
    QSignalSpy mapClicks(m_map, &JejuMap::mapClicked);
    const double before = m_map->zoomLevel();
    QTest::mouseClick(m_window.get(), Qt::LeftButton, Qt::NoModifier, win(where));
    QVERIFY2(m_map->zoomLevel() >= before + 1.0, qPrintable(QString::number(m_map->zoomLevel())));
    QCOMPARE(markerClicks.count(), 0);
    QCOMPARE(mapClicks.count(), 0);
    // Every member is on screen now, and (zooming in only splits clusters) they are spread over
    // more than one cluster or drawn one by one.
    for (const int r : members) {
        const QPointF p = m_map->fromCoordinate(QGeoCoordinate(m_markers.item(r)->data(Lat).toDouble(),
                                                               m_markers.item(r)->data(Lon).toDouble()));
        QVERIFY2(QRectF(0, 0, 800, 600).contains(p), qPrintable(QString::number(r)));
    }
    QTRY_VERIFY(!m_map->isClustered() || m_map->clusterZoom() == int(std::floor(m_map->zoomLevel())));
    if (m_map->isClustered()) {
        QSet<int> holders;
        for (int i = 0; i < m_map->currentClusters().size(); ++i) {
            for (const int r : members) {
                if (m_map->currentClusters()[i].rows.contains(r))
                    holders.insert(i);
            }
        }
        QVERIFY2(holders.size() >= 2, qPrintable(QString::number(holders.size())));
    }
    QTest::qWait(QGuiApplication::styleHints()->mouseDoubleClickInterval() + 50);
}

void TestJejuMapClusters::selectedMarkerStaysOutOfClusters()
{
    addManyMarkers(600);
    QTRY_VERIFY(m_map->isClustered());
    // Select a marker that sits inside a cluster of several.
    int row = -1;
    for (const auto &c : m_map->currentClusters()) {
        if (c.count() >= 3) {
            row = c.rows.at(1);
            break;
        }
    }
    QVERIFY(row >= 0);
    m_markers.item(row)->setData(true, Selected);
    const QPointF p = m_map->fromCoordinate(QGeoCoordinate(m_markers.item(row)->data(Lat).toDouble(),
                                                           m_markers.item(row)->data(Lon).toDouble()));
    QTRY_VERIFY(m_map->isClustered());
    QCOMPARE(m_map->markerAt(p), row);
    const QImage image = grab(QStringLiteral("selected-in-cluster"));
    const QString kind = m_markers.item(row)->data(Kind).toString();
    QVERIFY2(share(image, p, MapPalette::markerColor(kind), 1) > 0.9, qPrintable(image.pixelColor(p.toPoint()).name()));
}

void TestJejuMapClusters::clustersFollowMovingMarkers()
{
    addManyMarkers(600);
    QTRY_VERIFY(m_map->isClustered());
    // Drive 300 of them to one spot near Seongsan: one cluster must hold them all.
    for (int r = 3; r < 303; ++r) {
        m_markers.item(r)->setData(33.46, Lat);
        m_markers.item(r)->setData(126.90, Lon);
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_map->currentClusters().cbegin(), m_map->currentClusters().cend(),
                                         [](const auto &c) { return c.count() >= 300; }),
                             5000);
    verifyClustersCoverEveryMarkerOnce();
    // Rows removed: clusters are made again for the new rows, never pointing past the model.
    m_markers.removeRows(0, 400);
    QTRY_VERIFY(!m_map->isClustered()); // 203 left: under the threshold
    m_map->setClusterThreshold(100);
    QTRY_VERIFY(m_map->isClustered());
    verifyClustersCoverEveryMarkerOnce();
}

void TestJejuMapClusters::hitTestMatchesTheDrawnMarkers()
{
    // Unclustered (zoom 14): markerAt goes through the spatial index; the reference is a pass over
    // the draw list (the markers as drawn, topmost first).
    addManyMarkers(3000, 11);
    m_map->setZoomLevel(14.0);
    m_map->setCenter(QGeoCoordinate(33.38, 126.55));
    QTRY_VERIFY(!m_map->isClustered());
    et::domain::geo::MapViewport view(m_map->center(), m_map->zoomLevel(), m_size);
    QList<et::map::MapMarker> markers;
    for (int r = 0; r < m_markers.rowCount(); ++r) {
        et::map::MapMarker m;
        m.world = et::domain::geo::WebMercator::project(m_markers.item(r)->data(Lat).toDouble(),
                                                        m_markers.item(r)->data(Lon).toDouble());
        m.kind = m_markers.item(r)->data(Kind).toString();
        m.valid = true;
        markers << m;
    }
    const auto dots = et::map::MarkerDrawList::build(markers, view, -1);
    QVERIFY(dots.size() > 20);
    QRandomGenerator rng(5);
    int hits = 0;
    for (int i = 0; i < 4000; ++i) {
        // Half the probes near a marker, half anywhere.
        QPointF p(rng.bounded(800.0), rng.bounded(600.0));
        if (i % 2)
            p = dots[rng.bounded(int(dots.size()))].center + QPointF(rng.bounded(24.0) - 12.0, rng.bounded(24.0) - 12.0);
        const int expected = et::map::MarkerDrawList::hit(dots, p);
        const int got = m_map->markerAt(p);
        if (expected < 0) {
            QVERIFY2(got < 0, qPrintable(QStringLiteral("%1,%2 → %3").arg(p.x()).arg(p.y()).arg(got)));
            continue;
        }
        ++hits;
        // Overlapping markers may be answered by another one, but only one drawn under the point.
        QVERIFY2(got >= 0, qPrintable(QStringLiteral("%1,%2 missed %3").arg(p.x()).arg(p.y()).arg(expected)));
        const QPointF c = view.worldToScreen(markers[got].world);
        QVERIFY(std::hypot(c.x() - p.x(), c.y() - p.y()) <= 6.0 + 2.0 + 4.0 + 1e-6);
    }
    QVERIFY2(hits > 1000, qPrintable(QString::number(hits)));
}

QTEST_MAIN(TestJejuMapClusters)
#include "tst_jejumapclusters.moc"
