// SPDX-License-Identifier: MIT
#pragma once

#include "circlelayer.h"
#include "flingmotion.h"
#include "flowlayer.h"
#include "mapframe.h"
#include "mappalette.h"
#include "maptextimages.h"
#include "markerclusterengine.h"
#include "markerdrawlist.h"
#include "markerlayer.h"
#include "polygonlayer.h"
#include "tilelayer.h"
#include "touchgesture.h"

#include "domain/geo/geobounds.h"
#include "domain/geo/mapviewport.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QElapsedTimer>
#include <QGeoCoordinate>
#include <QGeoShape>
#include <QQuickItem>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace et::map {

class FlowAnimator;
class RegionLoader;

/// The map of Jeju for the console: our own scene-graph item because Qt Location is not available
/// for Qt 6.4. Its QML API follows Qt Location's Map (center, zoomLevel, fromCoordinate,
/// toCoordinate, pan, fitToCoordinates) so a later move to Qt Location stays easy. It draws the
/// bundled 43 eup/myeon/dong boundaries (loaded off the GUI thread), markers and circles from
/// models (roles looked up by name), labels and a scale bar; it pans by drag, one-finger touch and
/// arrow keys and zooms by wheel, double click, two-finger pinch, touchpad pinch and +/-. All geometry decisions live in core/domain/geo.
class JejuMap : public QQuickItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(JejuMap)
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY viewChanged)
    Q_PROPERTY(qreal zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY viewChanged)
    Q_PROPERTY(qreal minimumZoomLevel READ minimumZoomLevel WRITE setMinimumZoomLevel NOTIFY zoomLimitsChanged)
    Q_PROPERTY(qreal maximumZoomLevel READ maximumZoomLevel WRITE setMaximumZoomLevel NOTIFY zoomLimitsChanged)
    Q_PROPERTY(QAbstractItemModel *markers READ markers WRITE setMarkers NOTIFY markersChanged)
    Q_PROPERTY(QAbstractItemModel *circles READ circles WRITE setCircles NOTIFY circlesChanged)
    Q_PROPERTY(QAbstractItemModel *polygons READ polygons WRITE setPolygons NOTIFY polygonsChanged)
    Q_PROPERTY(bool clusteringEnabled READ clusteringEnabled WRITE setClusteringEnabled NOTIFY clusteringChanged)
    Q_PROPERTY(int clusterThreshold READ clusterThreshold WRITE setClusterThreshold NOTIFY clusteringChanged)
    Q_PROPERTY(int clusterMaximumZoomLevel READ clusterMaximumZoomLevel WRITE setClusterMaximumZoomLevel NOTIFY clusteringChanged)
    Q_PROPERTY(bool clustered READ isClustered NOTIFY clustersChanged)
    Q_PROPERTY(int clusterCount READ clusterCount NOTIFY clustersChanged)
    Q_PROPERTY(QVariantMap hoveredCluster READ hoveredCluster NOTIFY hoveredClusterChanged)
    Q_PROPERTY(QPointF hoveredPoint READ hoveredPoint NOTIFY hoveredPointChanged)
    Q_PROPERTY(bool flinging READ isFlinging NOTIFY flingingChanged)
    Q_PROPERTY(QAbstractItemModel *flows READ flows WRITE setFlows NOTIFY flowsChanged)
    Q_PROPERTY(bool flowAnimation READ flowAnimation WRITE setFlowAnimation NOTIFY flowAnimationChanged)
    Q_PROPERTY(QColor landColor READ landColor WRITE setLandColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor seaColor READ seaColor WRITE setSeaColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor boundaryColor READ boundaryColor WRITE setBoundaryColor NOTIFY colorsChanged)
    Q_PROPERTY(bool drawSea READ drawSea WRITE setDrawSea NOTIFY colorsChanged)
    Q_PROPERTY(QColor labelColor READ labelColor WRITE setLabelColor NOTIFY colorsChanged)
    /// The theme's marker colours by kind ({"wind": color, …}); kinds left out keep the standard
    /// colour (MapPalette). Flows from a generator take its kind's colour too.
    Q_PROPERTY(QVariantMap markerColors READ markerColors WRITE setMarkerColors NOTIFY colorsChanged)
    /// The ring round a marker in its normal state and round the selected one; abnormal rings
    /// (offline, maintenance, emergency) keep theirs.
    Q_PROPERTY(QColor markerRingColor READ markerRingColor WRITE setMarkerRingColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor selectedRingColor READ selectedRingColor WRITE setSelectedRingColor NOTIFY colorsChanged)
    Q_PROPERTY(bool labelsVisible READ labelsVisible WRITE setLabelsVisible NOTIFY labelsVisibleChanged)
    Q_PROPERTY(bool scaleBarVisible READ scaleBarVisible WRITE setScaleBarVisible NOTIFY scaleBarVisibleChanged)
    Q_PROPERTY(int hoveredRow READ hoveredRow NOTIFY hoveredRowChanged)
    Q_PROPERTY(QGeoCoordinate coordinateUnderCursor READ coordinateUnderCursor NOTIFY coordinateUnderCursorChanged)
    Q_PROPERTY(qreal scaleBarMeters READ scaleBarMeters NOTIFY viewChanged)
    Q_PROPERTY(qreal scaleBarPixels READ scaleBarPixels NOTIFY viewChanged)
    Q_PROPERTY(QString scaleBarText READ scaleBarText NOTIFY viewChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(int regionCount READ regionCount NOTIFY loadedChanged)
    // Raster tiles under the vector layers (TileLayer): an offline MBTiles pack or an XYZ server.
    Q_PROPERTY(QString tilesFile READ tilesFile WRITE setTilesFile NOTIFY tilesChanged)
    Q_PROPERTY(QString tileUrlTemplate READ tileUrlTemplate WRITE setTileUrlTemplate NOTIFY tilesChanged)
    Q_PROPERTY(QString tileCacheDirectory READ tileCacheDirectory WRITE setTileCacheDirectory NOTIFY tilesChanged)
    Q_PROPERTY(bool tilesActive READ tilesActive NOTIFY tilesChanged)
    Q_PROPERTY(QString tileError READ tileError NOTIFY tilesChanged)
    Q_PROPERTY(QString tileAttribution READ tileAttribution NOTIFY tilesChanged)

public:
    explicit JejuMap(QQuickItem *parent = nullptr);
    ~JejuMap() override;

    QGeoCoordinate center() const { return m_viewport.center(); }
    void setCenter(const QGeoCoordinate &center);
    qreal zoomLevel() const { return m_viewport.zoom(); }
    void setZoomLevel(qreal zoom);
    qreal minimumZoomLevel() const { return m_minZoom; }
    void setMinimumZoomLevel(qreal zoom);
    qreal maximumZoomLevel() const { return m_maxZoom; }
    void setMaximumZoomLevel(qreal zoom);

    QAbstractItemModel *markers() const { return m_markerLayer->model(); }
    void setMarkers(QAbstractItemModel *model);
    QAbstractItemModel *circles() const { return m_circleLayer->model(); }
    void setCircles(QAbstractItemModel *model);
    QAbstractItemModel *polygons() const { return m_polygonLayer->model(); }
    void setPolygons(QAbstractItemModel *model);

    bool clusteringEnabled() const { return m_clusters->isEnabled(); }
    void setClusteringEnabled(bool enabled);
    int clusterThreshold() const { return m_clusters->threshold(); }
    void setClusterThreshold(int markers);
    int clusterMaximumZoomLevel() const { return m_clusters->maxZoom(); }
    void setClusterMaximumZoomLevel(int zoom);
    bool isClustered() const { return m_clusters->isActive(); }
    /// Clusters of two or more markers (badges) at the current zoom, on screen or not.
    int clusterCount() const;
    QVariantMap hoveredCluster() const { return clusterInfo(m_hoveredCluster); }
    /// Item pixels of the hovered marker or cluster (follows pans, zooms and moving markers, so a
    /// tooltip can stay on it); (NaN, NaN) when nothing is hovered.
    QPointF hoveredPoint() const { return m_hoveredPoint; }
    /// The map still glides after a quick drag was released.
    bool isFlinging() const { return m_flingTimer.isActive(); }
    /// The clusters drawn now (empty unless clustered), for C++ callers and tests.
    const QList<MapCluster> &currentClusters() const { return m_clusters->clusters(); }
    /// The integer zoom level the current clusters were made for (-1 when none).
    int clusterZoom() const { return m_clusters->clusterZoom(); }
    QAbstractItemModel *flows() const { return m_flowLayer->model(); }
    void setFlows(QAbstractItemModel *model);
    bool flowAnimation() const;
    void setFlowAnimation(bool animate);
    /// True while the flow arrows are being animated (frames are being scheduled for them).
    bool isFlowAnimationRunning() const;

    QColor landColor() const { return m_land; }
    void setLandColor(const QColor &color);
    QColor seaColor() const { return m_sea; }
    void setSeaColor(const QColor &color);
    QColor boundaryColor() const { return m_boundary; }
    /// Whether the map fills its area with seaColor first (default). Set it to false when the
    /// window's own colour is the sea colour and nothing is drawn under the map: the window's clear
    /// then shows the sea, and software OpenGL (llvmpipe) saves a full-area fill — ~7 ms a frame at
    /// 1440×900 (bench_mapframes).
    bool drawSea() const { return m_drawSea; }
    void setDrawSea(bool draw);
    void setBoundaryColor(const QColor &color);
    QColor labelColor() const { return m_labelColor; }
    void setLabelColor(const QColor &color);
    QVariantMap markerColors() const;
    void setMarkerColors(const QVariantMap &colors);
    QColor markerRingColor() const { return m_palette.normalRing(); }
    void setMarkerRingColor(const QColor &color);
    QColor selectedRingColor() const { return m_palette.selectedRing(); }
    void setSelectedRingColor(const QColor &color);
    bool labelsVisible() const { return m_showLabels; }
    void setLabelsVisible(bool visible);
    bool scaleBarVisible() const { return m_showScaleBar; }
    void setScaleBarVisible(bool visible);

    int hoveredRow() const { return m_hoveredRow; }
    QGeoCoordinate coordinateUnderCursor() const { return m_cursorCoordinate; }
    qreal scaleBarMeters() const { return m_scaleBar.meters; }
    qreal scaleBarPixels() const { return m_scaleBar.pixels; }
    QString scaleBarText() const { return m_scaleBar.text(); }
    bool isLoaded() const { return m_mesh != nullptr; }
    QString errorString() const { return m_error; }
    int regionCount() const;

    QString tilesFile() const { return m_tiles->file(); }
    void setTilesFile(const QString &fileOrUrl) { m_tiles->setFile(fileOrUrl); }
    QString tileUrlTemplate() const { return m_tiles->urlTemplate(); }
    void setTileUrlTemplate(const QString &urlTemplate) { m_tiles->setUrlTemplate(urlTemplate); }
    QString tileCacheDirectory() const { return m_tiles->cacheDirectory(); }
    void setTileCacheDirectory(const QString &dir) { m_tiles->setCacheDirectory(dir); }
    bool tilesActive() const { return m_tiles->isActive(); }
    QString tileError() const { return m_tiles->error(); }
    QString tileAttribution() const { return m_tiles->attribution(); }
    /// The tiles behind the map, for tests and diagnostics.
    TileLayer *tileLayer() const { return m_tiles; }

    /// Item pixels of a coordinate (may lie outside the item); (NaN, NaN) for an invalid one.
    Q_INVOKABLE QPointF fromCoordinate(const QGeoCoordinate &coordinate) const;
    /// The coordinate under an item pixel.
    Q_INVOKABLE QGeoCoordinate toCoordinate(const QPointF &position) const;
    /// Shows all valid coordinates (QGeoCoordinate values or {latitude, longitude} objects) with
    /// a margin; invalid entries are skipped, and an empty or all-invalid list changes nothing.
    Q_INVOKABLE void fitToCoordinates(const QVariantList &coordinates);
    /// Like Qt Location's Map: shows a QGeoShape (rectangle, circle, path, polygon) with `margins`
    /// pixels around it (a negative value: the default margin). An invalid shape changes nothing.
    Q_INVOKABLE void fitViewportToGeoShape(const QGeoShape &shape, qreal margins = -1);
    /// Shows the given marker rows (all drawable markers when empty), e.g. every truck on a job.
    Q_INVOKABLE void fitViewportToMarkers(const QList<int> &rows = {});
    /// Shows the main island with Udo and Marado (Chuja, 45 km north, is reached by panning).
    /// This is also the first view when nobody set center or zoomLevel before the first layout.
    Q_INVOKABLE void fitJeju();
    /// Moves the view by (dx, dy) pixels, like Qt Location's Map.pan: positive dx shows more east.
    Q_INVOKABLE void pan(qreal dx, qreal dy);
    /// Zooms by `delta` levels (+1 = twice as large) keeping the coordinate under `screenPoint` fixed.
    Q_INVOKABLE void zoomAround(qreal delta, const QPointF &screenPoint);
    /// Row of the topmost marker drawn at an item pixel, or -1 (a cluster badge is not a marker).
    Q_INVOKABLE int markerAt(const QPointF &position) const;
    /// The cluster badge drawn at an item pixel as {count, rows, kinds: {kind: count}, latitude,
    /// longitude}, or an empty map.
    Q_INVOKABLE QVariantMap clusterAt(const QPointF &position) const;
    /// The colour markers of a kind are drawn in (for legends that must match the map).
    Q_INVOKABLE QColor markerColor(const QString &kind) const { return m_palette.marker(kind); }
    /// The outline colour of a disaster circle of severity 1..5.
    Q_INVOKABLE QColor severityColor(int severity) const { return MapPalette::severityOutline(severity); }

signals:
    void viewChanged();
    void zoomLimitsChanged();
    void markersChanged();
    void circlesChanged();
    void polygonsChanged();
    void clusteringChanged();
    void clustersChanged();
    void hoveredClusterChanged();
    void hoveredPointChanged();
    void flingingChanged();
    void flowsChanged();
    void flowAnimationChanged();
    void colorsChanged();
    void labelsVisibleChanged();
    void scaleBarVisibleChanged();
    void hoveredRowChanged();
    void coordinateUnderCursorChanged();
    void loadedChanged();
    void errorStringChanged();
    void tilesChanged();
    void markerClicked(int row);
    /// A click (not a drag) on the map away from any marker.
    void mapClicked(const QGeoCoordinate &coordinate);

protected:
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *data) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;
    void hoverLeaveEvent(QHoverEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void touchEvent(QTouchEvent *event) override;
    bool event(QEvent *event) override;

private:
    void applyViewport(domain::geo::MapViewport viewport, bool byUser = true);
    void onMeshLoaded(std::shared_ptr<const domain::geo::RegionMesh> mesh);
    void updateCursor(const QPointF &position);
    void setHoveredRow(int row);
    void updateHoveredPoint();
    void stopFling();
    void flingStep();
    /// Sets a colour property; true (and a repaint) when it changed.
    bool assignColor(QColor &field, const QColor &color);
    void paletteChanged(bool changed);
    /// A click or tap that did not drag: a marker's row or a map click.
    void clickAt(const QPointF &position);
    /// What the markers look like now (clusters or not), as the renderer draws them.
    MarkerDrawing markerDrawing() const;
    QList<int> topRows() const;
    int clusterIndexAt(const QPointF &position) const;
    QVariantMap clusterInfo(int index) const;
    /// Zooms so a cluster's members come apart (click on a badge).
    void openCluster(int index);

    domain::geo::MapViewport m_viewport;
    domain::geo::GeoBounds m_limits;
    domain::geo::ScaleBar m_scaleBar;
    qreal m_minZoom = 8.5;
    qreal m_maxZoom = 17.0;
    bool m_viewTouched = false;

    MarkerLayer *m_markerLayer;
    CircleLayer *m_circleLayer;
    PolygonLayer *m_polygonLayer;
    MarkerClusterEngine *m_clusters;
    int m_hoveredCluster = -1;
    QPointF m_hoveredPoint{qQNaN(), qQNaN()};
    FlowLayer *m_flowLayer;
    FlowAnimator *m_flowAnimator;
    RegionLoader *m_loader;
    TileLayer *m_tiles = nullptr;
    bool m_tilesDrawn = false; ///< the last frame had tiles (and see-through land)
    std::shared_ptr<const domain::geo::RegionMesh> m_mesh;
    QString m_error;

    QColor m_land, m_sea, m_boundary, m_labelColor;
    bool m_labelColorSet = false; ///< set from QML; otherwise it follows the land's lightness
    MapPalette m_palette;
    bool m_paletteChanged = false; ///< the next frame rewrites every marker
    bool m_showLabels = true;
    bool m_drawSea = true;
    bool m_showScaleBar = true;
    MapTextImages m_text;

    int m_hoveredRow = -1;
    QGeoCoordinate m_cursorCoordinate;
    QPointF m_pressPos;
    QPointF m_lastDragPos;
    bool m_pressed = false;
    bool m_dragging = false;
    TouchGesture m_touch;
    FlingMotion m_fling;
    QTimer m_flingTimer;
    QElapsedTimer m_clock;
    qint64 m_lastFlingStepMs = 0;

    quint64 m_meshVersion = 0, m_markersVersion = 1, m_circlesVersion = 1, m_polygonsVersion = 1, m_colorsVersion = 1;
    quint64 m_flowsVersion = 1;
};

} // namespace et::map
