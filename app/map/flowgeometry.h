// SPDX-License-Identifier: MIT
#pragma once

#include "mappalette.h"

#include "domain/geo/mapviewport.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <algorithm>
#include <array>

namespace et::map {

/// One power flow the map draws, read from a model row: a straight line between two world points
/// with a signed power. Positive `mw` flows from `fromWorld` to `toWorld`.
struct MapFlow
{
    QPointF fromWorld;
    QPointF toWorld;
    double mw = 0.0;
    double capacityMw = 0.0; ///< 0 when unknown: then the line shows no loading
    QString name;
    QString kind;            ///< what feeds the line ("wind", "solar", "thermal"…); "" for an HVDC link
    bool approximate = false; ///< an assumed connection: drawn fainter
    bool valid = false;      ///< false for a bad row: it keeps its place but draws nothing
};

/// One arrow head on a flow line, in item pixels: a triangle whose tip points along `direction`.
struct FlowArrow
{
    QPointF center;
    QPointF direction; ///< unit vector, the way the power flows
};

/// A flow line as drawn for one viewport and phase: the part of the line near the view, its width
/// and colour, and the arrow heads on it.
struct FlowStroke
{
    int row = -1;
    QPointF from; ///< item pixels, clipped to the view (with a margin)
    QPointF to;
    double width = 0.0;
    QColor color;
    QColor arrowColor;
    QList<FlowArrow> arrows;
};

/// What a drawing of the flows depends on: the nodes rebuild only when it changes, so a still
/// view with static arrows costs nothing.
struct FlowDrawKey
{
    QPointF center;
    double zoom = -1.0;
    QSizeF size;
    quint64 version = 0;
    double phase = 0.0;
    bool darkMap = false;
    bool operator==(const FlowDrawKey &) const = default;
};

/// The drawing decisions for flow lines, with no window and no scene graph (tested by
/// tst_flowgeometry): width from |MW|, colour from loading, where the arrow heads are and which
/// way they point. Arrows are spaced evenly along the line starting from the end the power leaves,
/// and `phase` (0..1, one spacing per cycle) slides them all towards the end it enters, so
/// animating the phase makes them travel with the flow. A line with mw == 0 has no arrows.
class FlowGeometry
{
public:
    /// Width: 2 px plus 1 px per 50 MW, at most 10 px (reached at 400 MW, the largest Jeju link).
    static constexpr double kMinWidth = 2.0;
    static constexpr double kMaxWidth = 10.0;
    static constexpr double kMwPerPixel = 50.0;
    /// Distance between arrow heads along a line, in pixels.
    static constexpr double kArrowSpacing = 64.0;
    /// How fast the arrows travel along the line, in pixels per second.
    static constexpr double kArrowSpeed = 32.0;
    /// Loading from which a line turns to the warning colour.
    static constexpr double kHighLoading = 0.9;

    static double widthForMw(double mw);
    /// Arrow head size for a line width: long and wide enough to read on a thin line.
    static double arrowLength(double width) { return std::max(10.0, width * 2.2); }
    static double arrowHalfWidth(double width) { return std::max(5.0, width * 1.2); }
    static QColor lineColor(double mw, double capacityMw);
    /// The line colour of one flow: a generator's feed in its source's marker colour, an HVDC
    /// link in the flow colour, either in the warning colour when loaded to kHighLoading, and an
    /// assumed connection at kApproximateAlpha so it reads as secondary.
    static QColor lineColor(const MapFlow &flow, const MapPalette &palette = {});
    static constexpr double kApproximateAlpha = 0.55;
    /// Arrow heads are a darker shade of their line so they read on it and beside it on light land,
    /// a lighter one on a dark map (the night theme), where dark arrows vanish.
    static QColor arrowColor(const QColor &line, bool darkMap = false)
    {
        return darkMap ? line.lighter(170) : line.darker(160);
    }
    /// The map counts as dark when its land is (the same rule JejuMap uses for label colours).
    /// Under raster tiles the land is transparent; the usual street-map tiles are light.
    static bool isDarkMap(const QColor &land) { return land.alpha() > 0 && land.lightnessF() < 0.5; }

    /// The phase after `elapsedMs` of animation (0 ≤ phase < 1).
    static double phaseAt(qint64 elapsedMs);

    /// The three corners of an arrow head, tip first.
    static std::array<QPointF, 3> arrowTriangle(const FlowArrow &arrow, double lineWidth);
    /// The four corners of a stroke's line as a quad (from-left, from-right, to-left, to-right).
    static std::array<QPointF, 4> lineQuad(const FlowStroke &stroke);

    /// Strokes for all valid flows that cross the view, in row order.
    static QList<FlowStroke> build(const QList<MapFlow> &flows, const domain::geo::MapViewport &viewport,
                                   double phase, bool darkMap = false, const MapPalette &palette = {});
    /// True when some valid flow has a nonzero mw (so animating it shows something).
    static bool anyMoving(const QList<MapFlow> &flows);

    /// Clips the segment a→b to `rect` (Liang–Barsky); false when it misses. `t0`, `t1` are the
    /// parameters of the clipped ends along a→b.
    static bool clip(const QPointF &a, const QPointF &b, const QRectF &rect, double &t0, double &t1);
};

} // namespace et::map
