// SPDX-License-Identifier: MIT
#include "markerdrawlist.h"

#include "mapframe.h"
#include "mappalette.h"

#include <cmath>

namespace et::map {
namespace {

QRectF visibleArea(const domain::geo::MapViewport &viewport, double margin)
{
    return QRectF(QPointF(0, 0), viewport.size()).adjusted(-margin, -margin, margin, margin);
}

MarkerDot dotFor(int row, const MapMarker &m, const QPointF &center, bool hovered, const MapPalette &palette)
{
    const double radius = MarkerStyle::radius(m.selected, hovered);
    return MarkerDot{row, center, radius, palette.marker(m.kind), palette.ring(m.status, m.selected),
                     MarkerStyle::outputRingRadius(radius, m.outputLevel)};
}

// The item drawn last (on top) whose disc, ring and a little slack contain `position`.
template <typename Drawn, typename Id>
int topmostAt(const QList<Drawn> &drawn, const QPointF &position, Id id)
{
    for (qsizetype i = drawn.size() - 1; i >= 0; --i) {
        const Drawn &d = drawn[i];
        const double reach = d.radius + MarkerStyle::kRingWidth + MarkerStyle::kHitSlack;
        if (std::hypot(d.center.x() - position.x(), d.center.y() - position.y()) <= reach)
            return id(d);
    }
    return -1;
}

// How far off the view a marker's centre may be and still show: its largest ring.
constexpr double kDotMargin = MarkerStyle::kSelectedRadius + MarkerStyle::kRingWidth + MarkerStyle::kOutputRingGrowth + 1.0;

// Mixed clusters are slate: no kind's colour may claim them.
const QColor kMixedClusterColor(0x45, 0x5A, 0x64);

} // namespace

MarkerDrawing MarkerDrawList::buildClustered(const QList<MapMarker> &markers, const QList<MapCluster> &clusters,
                                             const QList<int> &topRows, const domain::geo::MapViewport &viewport,
                                             int hoveredRow, const MapPalette &palette)
{
    MarkerDrawing out;
    const QRectF dotArea = visibleArea(viewport, kDotMargin);
    const QRectF badgeArea = visibleArea(viewport, ClusterBadge::radiusFor(100000) + MarkerStyle::kRingWidth + 1.0);
    for (int i = 0; i < clusters.size(); ++i) {
        const MapCluster &c = clusters[i];
        if (c.count() == 1) {
            const int row = c.rows.first();
            if (row < 0 || row >= markers.size() || !markers[row].valid || topRows.contains(row))
                continue;
            const QPointF p = viewport.worldToScreen(markers[row].world);
            if (dotArea.contains(p))
                out.dots << dotFor(row, markers[row], p, false, palette);
            continue;
        }
        const QPointF p = viewport.worldToScreen(c.world);
        if (c.count() < 1 || !badgeArea.contains(p))
            continue;
        const QString kind = c.commonKind();
        out.badges << ClusterBadge{i, p, ClusterBadge::radiusFor(c.count()), c.count(),
                                   kind.isEmpty() ? kMixedClusterColor : palette.marker(kind),
                                   palette.ring(c.alert ? u"emergency" : u"", false)};
    }
    for (const int row : topRows) {
        if (row < 0 || row >= markers.size() || !markers[row].valid)
            continue;
        const QPointF p = viewport.worldToScreen(markers[row].world);
        if (dotArea.contains(p))
            out.dots << dotFor(row, markers[row], p, row == hoveredRow, palette);
    }
    return out;
}

int MarkerDrawList::hitBadge(const QList<ClusterBadge> &badges, const QPointF &position)
{
    return topmostAt(badges, position, [](const ClusterBadge &b) { return b.cluster; });
}

QList<MarkerDot> MarkerDrawList::build(const QList<MapMarker> &markers, const domain::geo::MapViewport &viewport,
                                       int hoveredRow, const MapPalette &palette)
{
    const QRectF visible = visibleArea(viewport, kDotMargin);
    QList<MarkerDot> dots;
    QList<MarkerDot> onTop;
    for (int i = 0; i < markers.size(); ++i) {
        const MapMarker &m = markers[i];
        if (!m.valid)
            continue;
        const QPointF c = viewport.worldToScreen(m.world);
        if (!visible.contains(c))
            continue;
        const bool hovered = i == hoveredRow;
        (m.selected || hovered ? onTop : dots).append(dotFor(i, m, c, hovered, palette));
    }
    dots += onTop;
    return dots;
}

int MarkerDrawList::hit(const QList<MarkerDot> &dots, const QPointF &position)
{
    return topmostAt(dots, position, [](const MarkerDot &d) { return d.row; });
}

} // namespace et::map
