// SPDX-License-Identifier: MIT
// MarkerDrawList: which markers are drawn, in which order, and which one a click hits — decided
// without a window.
#include "mapframe.h"
#include "mappalette.h"
#include "markerdrawlist.h"

#include "domain/geo/webmercator.h"

#include <QtTest>

using namespace et::map;
using et::domain::geo::MapViewport;
using et::domain::geo::WebMercator;

namespace {

MapMarker marker(double lat, double lon, const QString &kind, bool selected = false)
{
    MapMarker m;
    m.world = WebMercator::project(lat, lon);
    m.kind = kind;
    m.status = QStringLiteral("online");
    m.selected = selected;
    m.valid = true;
    return m;
}

} // namespace

class TestMarkerDrawList : public QObject
{
    Q_OBJECT
private slots:
    void leavesOutInvalidAndOffscreen()
    {
        const MapViewport view(QGeoCoordinate(33.38, 126.55), 12.0, QSizeF(400, 300));
        QList<MapMarker> markers{marker(33.38, 126.55, QStringLiteral("wind")),
                                 marker(33.50, 126.95, QStringLiteral("solar")), // ~37 km east: off screen
                                 MapMarker{}};                                   // invalid row
        const QList<MarkerDot> dots = MarkerDrawList::build(markers, view, -1);
        QCOMPARE(dots.size(), 1);
        QCOMPARE(dots.first().row, 0);
        QCOMPARE(dots.first().center, QPointF(200, 150));
        QCOMPARE(dots.first().radius, MarkerStyle::kRadius);
        QCOMPARE(dots.first().fill, MapPalette::markerColor(u"wind"));
    }

    void selectedAndHoveredGoOnTop()
    {
        const MapViewport view(QGeoCoordinate(33.38, 126.55), 12.0, QSizeF(400, 300));
        QList<MapMarker> markers{marker(33.38, 126.55, QStringLiteral("wind"), true),
                                 marker(33.38, 126.55, QStringLiteral("solar")),
                                 marker(33.38, 126.55, QStringLiteral("truck"))};
        QList<MarkerDot> dots = MarkerDrawList::build(markers, view, -1);
        QCOMPARE(dots.size(), 3);
        QCOMPARE(dots.last().row, 0);
        QCOMPARE(dots.last().radius, MarkerStyle::kSelectedRadius);
        // All three overlap: the click goes to the one drawn on top.
        QCOMPARE(MarkerDrawList::hit(dots, QPointF(201, 151)), 0);
        markers[0].selected = false;
        dots = MarkerDrawList::build(markers, view, 1);
        QCOMPARE(dots.last().row, 1);
        QCOMPARE(MarkerDrawList::hit(dots, QPointF(200, 150)), 1);
        dots = MarkerDrawList::build(markers, view, -1);
        QCOMPARE(MarkerDrawList::hit(dots, QPointF(200, 150)), 2); // the last row is drawn last
    }

    void hitHasAReach()
    {
        const MapViewport view(QGeoCoordinate(33.38, 126.55), 12.0, QSizeF(400, 300));
        const QList<MarkerDot> dots = MarkerDrawList::build({marker(33.38, 126.55, QStringLiteral("wind"))}, view, -1);
        // radius 6 + ring 2 + slack 4 = 12 px.
        QCOMPARE(MarkerDrawList::hit(dots, QPointF(212, 150)), 0);
        QCOMPARE(MarkerDrawList::hit(dots, QPointF(212.5, 150)), -1);
        QCOMPARE(MarkerDrawList::hit({}, QPointF(200, 150)), -1);
    }
};

QTEST_GUILESS_MAIN(TestMarkerDrawList)
#include "tst_markerdrawlist.moc"
