// SPDX-License-Identifier: MIT
#include "markerdrawlist.h"

#include "mapframe.h"
#include "mappalette.h"

#include <cmath>

namespace et::map {

QList<MarkerDot> MarkerDrawList::build(const QList<MapMarker> &markers, const domain::geo::MapViewport &viewport,
                                       int hoveredRow)
{
    const double margin = MarkerStyle::kSelectedRadius + MarkerStyle::kRingWidth + 1.0;
    const QRectF visible = QRectF(QPointF(0, 0), viewport.size()).adjusted(-margin, -margin, margin, margin);
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
        MarkerDot dot{i, c, MarkerStyle::radius(m.selected, hovered), MapPalette::markerColor(m.kind),
                      MapPalette::markerRingColor(m.status, m.selected)};
        (m.selected || hovered ? onTop : dots).append(dot);
    }
    dots += onTop;
    return dots;
}

int MarkerDrawList::hit(const QList<MarkerDot> &dots, const QPointF &position)
{
    for (qsizetype i = dots.size() - 1; i >= 0; --i) {
        const MarkerDot &d = dots[i];
        const double reach = d.radius + MarkerStyle::kRingWidth + MarkerStyle::kHitSlack;
        if (std::hypot(d.center.x() - position.x(), d.center.y() - position.y()) <= reach)
            return d.row;
    }
    return -1;
}

} // namespace et::map
