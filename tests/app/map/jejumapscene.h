// SPDX-License-Identifier: MIT
#pragma once

#include "jejumap.h"
#include "mapwindowfixture.h"

#include <QGeoCoordinate>
#include <QImage>
#include <QList>
#include <QPoint>
#include <QPointF>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSizeF>
#include <QStandardItemModel>

#include <memory>

namespace et::test {

/// Model roles of the scene's marker, circle, polygon and flow models.
enum MapSceneRole { Lat = Qt::UserRole + 1, Lon, Kind, Status, Name, Selected, Radius, Severity, Path,
                    FromLat, FromLon, ToLat, ToLon, Mw, CapacityMw, LoadFactor };

/// Where the map item sits in the scene's window: not at the origin, like the console's map beside
/// its side panel, so drawing, clipping and input must all work in item coordinates.
inline const QPoint kMapOffset(100, 50);

/// A point of the map item in window coordinates.
QPoint win(QPointF itemPoint);
/// Share of the patch of `image` around `p` that has colour `c` (colorShare with a 2-pixel radius).
double share(const QImage &image, QPointF p, QColor c, int r = 2);
/// The screen point of (lat, lon) by the OSM wiki formula, written out independently of the map's
/// own projection code.
QPointF referenceScreen(double lat, double lon, double centerLat, double centerLon, double zoom, QSizeF size);
/// One row of the marker model.
QList<QStandardItem *> markerRow(double lat, double lon, const QString &kind, const QString &status, const QString &name);
/// One row of the circle model: a disaster area of `radiusKm` around (lat, lon).
QStandardItem *circleRow(double lat, double lon, double radiusKm, int severity);
/// One row of the flow model: `mw` from `from` to `to` (negative: the other way) on a link of `capacityMw`.
QStandardItem *flowRow(const QGeoCoordinate &from, const QGeoCoordinate &to, double mw, double capacityMw, const QString &name);

/// The scene of the JejuMap window tests (tst_jejumapdrawing, tst_jejumapinput,
/// tst_jejumapclusters, tst_jejumapcontrolimages): a 940×690 magenta window with an 800×600
/// JejuMap at kMapOffset, fed by four item models (flows drawn still: flowAnimation is off). A test class derives from it and calls openWindow() in initTestCase(),
/// reset() in init() and closeWindow() in cleanupTestCase().
class JejuMapScene
{
protected:
    void openWindow();
    /// Fails the test when any grab saw the map draw outside its item.
    void closeWindow();
    /// Three markers (a wind farm in Hangyeong, a solar site in Seongsan, an offline substation in
    /// Jeju city), no circles, polygons or flows, zoom 10.5 over the middle of the island.
    void reset();
    /// The map item's pixels of the next frame; the whole frame is saved as a PNG in the temp folder.
    QImage grab(const QString &name);
    /// `count` markers spread over the main island (fixed seed), kinds alternating solar/truck.
    void addManyMarkers(int count, quint32 seed = 7);
    /// Every drawable row is in exactly one cluster.
    void verifyClustersCoverEveryMarkerOnce();

    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QQuickWindow> m_window;
    QStandardItemModel m_markers;
    QStandardItemModel m_circles;
    QStandardItemModel m_polygons;
    QStandardItemModel m_flows;
    et::map::JejuMap *m_map = nullptr;
    const QSizeF m_size{800, 600};
    bool m_drewOutside = false;
};

} // namespace et::test
