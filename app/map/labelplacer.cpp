// SPDX-License-Identifier: MIT
#include "labelplacer.h"

#include "mapframe.h"

#include <cmath>

namespace et::map {
namespace {

bool touchesMarker(const QRectF &rect, const QList<MarkerDot> &markers)
{
    for (const MarkerDot &d : markers) {
        const double r = d.radius + MarkerStyle::kRingWidth;
        // Distance from the dot's centre to the rectangle, compared with its radius.
        const double dx = std::max({rect.left() - d.center.x(), 0.0, d.center.x() - rect.right()});
        const double dy = std::max({rect.top() - d.center.y(), 0.0, d.center.y() - rect.bottom()});
        if (dx * dx + dy * dy < r * r)
            return true;
    }
    return false;
}

} // namespace

QList<QRectF> LabelPlacer::place(const QList<Request> &requests, const QList<MarkerDot> &markers, const QSizeF &view)
{
    const QRectF bounds(QPointF(0, 0), view);
    QList<QRectF> placed;
    QList<QRectF> out;
    out.reserve(requests.size());
    for (const Request &r : requests) {
        const QRectF centred(QPointF(std::round(r.anchor.x() - r.size.width() / 2),
                                     std::round(r.anchor.y() - r.size.height() / 2)),
                             r.size);
        const double shift = r.size.height() / 2 + MarkerStyle::kRadius + MarkerStyle::kRingWidth + 1;
        const QRectF candidates[] = {centred, centred.translated(0, shift), centred.translated(0, -shift)};
        QRectF chosen;
        for (const QRectF &c : candidates) {
            bool free = bounds.contains(c);
            for (const QRectF &other : std::as_const(placed))
                free = free && !other.intersects(c);
            if (free && !touchesMarker(c, markers)) {
                chosen = c;
                break;
            }
        }
        if (!chosen.isEmpty())
            placed.append(chosen);
        out.append(chosen);
    }
    return out;
}

} // namespace et::map
