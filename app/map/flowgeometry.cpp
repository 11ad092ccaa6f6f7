// SPDX-License-Identifier: MIT
#include "flowgeometry.h"

#include "mappalette.h"

#include <cmath>

namespace et::map {

namespace {

// The violet of HVDC converters (MapPalette) so a link and its terminal read as one thing; orange
// when a link runs near its rating.
const QColor kFlowColor(0x70, 0x48, 0xE8);
const QColor kHighLoadColor(0xE8, 0x6A, 0x10);
// Arrows are never drawn closer to a line's end than this many arrow lengths, so they do not sit
// on the terminal markers.
constexpr double kEndGapArrows = 1.0;
// A long line seen very close up could ask for thousands of arrows; nobody can read that many.
constexpr int kMaxArrowsPerLine = 512;

double length(const QPointF &v)
{
    return std::hypot(v.x(), v.y());
}

} // namespace

double FlowGeometry::widthForMw(double mw)
{
    if (!std::isfinite(mw))
        return kMinWidth;
    return std::clamp(kMinWidth + std::abs(mw) / kMwPerPixel, kMinWidth, kMaxWidth);
}

QColor FlowGeometry::lineColor(double mw, double capacityMw)
{
    const bool high = capacityMw > 0.0 && std::abs(mw) / capacityMw >= kHighLoading;
    return high ? kHighLoadColor : kFlowColor;
}

QColor FlowGeometry::lineColor(const MapFlow &flow, const MapPalette &palette)
{
    QColor c = lineColor(flow.mw, flow.capacityMw);
    const bool highLoad = flow.capacityMw > 0.0 && std::abs(flow.mw) / flow.capacityMw >= kHighLoading;
    // A link in normal load takes the converters' colour from the palette (the standard one is
    // kFlowColor), so a muted theme mutes it too; high load keeps the warning colour.
    if (!highLoad)
        c = palette.marker(flow.kind.isEmpty() ? u"hvdc_converter" : QStringView(flow.kind));
    if (flow.approximate)
        c.setAlphaF(kApproximateAlpha);
    return c;
}

double FlowGeometry::phaseAt(qint64 elapsedMs)
{
    const double cycles = double(std::max<qint64>(elapsedMs, 0)) / 1000.0 * kArrowSpeed / kArrowSpacing;
    return cycles - std::floor(cycles);
}

bool FlowGeometry::anyMoving(const QList<MapFlow> &flows)
{
    return std::any_of(flows.cbegin(), flows.cend(), [](const MapFlow &f) { return f.valid && f.mw != 0.0; });
}

bool FlowGeometry::clip(const QPointF &a, const QPointF &b, const QRectF &rect, double &t0, double &t1)
{
    t0 = 0.0;
    t1 = 1.0;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    // Each pair (p, q): the segment is inside where t·p <= q.
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(), rect.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

std::array<QPointF, 3> FlowGeometry::arrowTriangle(const FlowArrow &arrow, double lineWidth)
{
    const QPointF along = arrow.direction * (arrowLength(lineWidth) / 2.0);
    const QPointF across = QPointF(-arrow.direction.y(), arrow.direction.x()) * arrowHalfWidth(lineWidth);
    return {arrow.center + along, arrow.center - along + across, arrow.center - along - across};
}

std::array<QPointF, 4> FlowGeometry::lineQuad(const FlowStroke &stroke)
{
    const QPointF d = stroke.to - stroke.from;
    const double len = length(d);
    const QPointF n = len > 0.0 ? QPointF(-d.y(), d.x()) / len * (stroke.width / 2.0) : QPointF();
    return {stroke.from + n, stroke.from - n, stroke.to + n, stroke.to - n};
}

QList<FlowStroke> FlowGeometry::build(const QList<MapFlow> &flows, const domain::geo::MapViewport &viewport,
                                      double phase, bool darkMap, const MapPalette &palette)
{
    QList<FlowStroke> out;
    const double margin = kMaxWidth + arrowLength(kMaxWidth);
    const QRectF view = QRectF(QPointF(0, 0), viewport.size()).adjusted(-margin, -margin, margin, margin);
    for (qsizetype row = 0; row < flows.size(); ++row) {
        const MapFlow &f = flows[row];
        if (!f.valid)
            continue;
        const QPointF a = viewport.worldToScreen(f.fromWorld);
        const QPointF b = viewport.worldToScreen(f.toWorld);
        double t0 = 0.0, t1 = 1.0;
        if (!clip(a, b, view, t0, t1))
            continue;
        FlowStroke s;
        s.row = int(row);
        s.from = a + (b - a) * t0;
        s.to = a + (b - a) * t1;
        s.width = widthForMw(f.mw);
        s.color = lineColor(f, palette);
        s.arrowColor = arrowColor(s.color, darkMap);
        const double total = length(b - a);
        if (f.mw != 0.0 && total >= 1.0) {
            // Distances are measured from the end the power leaves, so the arrows stay put on the
            // ground while the view pans and only the phase moves them.
            const bool forward = f.mw > 0.0;
            const QPointF start = forward ? a : b;
            const QPointF dir = (forward ? b - a : a - b) / total;
            const double gap = kEndGapArrows * arrowLength(s.width);
            const double lo = std::max(forward ? t0 * total : (1.0 - t1) * total, gap);
            const double hi = std::min(forward ? t1 * total : (1.0 - t0) * total, total - gap);
            const double p = std::clamp(phase, 0.0, 1.0);
            const double first = std::ceil(lo / kArrowSpacing - p);
            for (double k = first; k <= hi / kArrowSpacing - p && s.arrows.size() < kMaxArrowsPerLine; k += 1.0)
                s.arrows.append({start + dir * ((k + p) * kArrowSpacing), dir});
        }
        out.append(s);
    }
    return out;
}

} // namespace et::map
