// SPDX-License-Identifier: MIT
#include "reportmap.h"

#include "hazardpalette.h"
#include "jejudata/bundledislandmap.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace et::report {

namespace {

using domain::hazard::HazardOutline;

// The island's extent with a margin, and how far beyond it the view may widen, degrees.
constexpr double kWest = 126.08, kEast = 126.98, kSouth = 33.10, kNorth = 33.58;
constexpr double kMaxWiden = 0.35;

/// Equirectangular at Jeju's latitude, fitted into the image: good to a fraction of a percent over
/// a view this size.
class Projection
{
public:
    Projection(double west, double south, double east, double north, const QSize &size)
        : m_kx(std::cos(qDegreesToRadians((south + north) / 2.0)))
    {
        const double w = (east - west) * m_kx, h = north - south;
        m_scale = std::min(size.width() / w, size.height() / h);
        m_x0 = (west + east) / 2.0;
        m_y0 = (south + north) / 2.0;
        m_centre = QPointF(size.width() / 2.0, size.height() / 2.0);
    }
    QPointF operator()(const QPointF &lonLat) const
    {
        return m_centre + QPointF((lonLat.x() - m_x0) * m_kx * m_scale, -(lonLat.y() - m_y0) * m_scale);
    }
    double pixelsPerKm() const { return m_scale / 111.32; }

private:
    double m_kx;
    double m_scale = 1.0;
    double m_x0 = 0.0, m_y0 = 0.0;
    QPointF m_centre;
};

QPolygonF project(const Projection &p, const QList<QPointF> &lonLat)
{
    QPolygonF out;
    out.reserve(lonLat.size());
    for (const QPointF &q : lonLat)
        out << p(q);
    return out;
}

void paintOutline(QPainter &painter, const Projection &p, const HazardOutline &o)
{
    const QPolygonF points = project(p, o.lonLat);
    if (points.isEmpty())
        return;
    if (o.style == HazardOutline::Style::Site) {
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(HazardPalette::site(o.priority.value_or(domain::hazard::InspectionPriority::Green)));
        painter.drawEllipse(points.first(), 5.0, 5.0);
        return;
    }
    const HazardPalette s = HazardPalette::of(o.style, true);
    if (o.style == HazardOutline::Style::Eye) {
        painter.setPen(QPen(s.stroke, s.width));
        painter.setBrush(s.fill);
        painter.drawEllipse(points.first(), 7.0, 7.0);
        painter.drawText(points.first() + QPointF(10.0, 5.0), o.label);
        return;
    }
    painter.setPen(QPen(s.stroke, s.width, s.pen, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(o.closed ? QBrush(s.fill) : QBrush(Qt::NoBrush));
    o.closed ? painter.drawPolygon(points) : painter.drawPolyline(points);
    if (o.style == HazardOutline::Style::Contour && !o.label.isEmpty()) {
        QPointF top = points.first();
        for (const QPointF &q : points)
            top = q.y() < top.y() ? q : top;
        painter.drawText(QRectF(top.x() - 20.0, top.y(), 40.0, 16.0), Qt::AlignCenter, o.label);
    }
}

} // namespace

QImage ReportMap::render(const ReportContent &c, const QSize &size, const QString &fontFamily)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(219, 233, 246)); // sea
    const domain::Disaster &d = c.disaster;
    // Widen the view to the incident's circle, within kMaxWiden of the island.
    const double dLat = d.radiusKm / 111.32, dLon = dLat / std::cos(qDegreesToRadians(d.lat));
    const double west = std::max(kWest - kMaxWiden, std::min(kWest, d.lon - dLon));
    const double east = std::min(kEast + kMaxWiden, std::max(kEast, d.lon + dLon));
    const double south = std::max(kSouth - kMaxWiden, std::min(kSouth, d.lat - dLat));
    const double north = std::min(kNorth + kMaxWiden, std::max(kNorth, d.lat + dLat));
    const Projection p(west, south, east, north, size);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font(fontFamily);
    font.setPixelSize(12);
    painter.setFont(font);
    painter.setPen(QPen(QColor(168, 162, 158), 0.8));
    painter.setBrush(QColor(248, 249, 250));
    if (const auto &regions = jejudata::BundledIslandMap::regions(); regions.ok()) {
        for (const auto &region : regions.value()) {
            for (const auto &polygon : region.polygons) {
                QPainterPath path;
                for (const auto &ring : polygon)
                    path.addPolygon(project(p, ring));
                path.setFillRule(Qt::OddEvenFill);
                painter.drawPath(path);
            }
        }
    }
    const QDateTime at = c.impact ? c.impact->computedAt : c.madeAt;
    for (const HazardOutline &o : domain::hazard::HazardOutlines::of(d, at, at))
        paintOutline(painter, p, o);
    if (d.hazard.isEmpty() || (d.hazard.polygon.isEmpty() && !d.hazard.track && !d.hazard.magnitude))
        paintOutline(painter, p, domain::hazard::HazardOutlines::disc({d.lat, d.lon, d.radiusKm}, HazardOutline::Style::Area));
    if (c.impact) {
        for (const HazardOutline &o : domain::hazard::HazardOutlines::sitesOf(*c.impact))
            paintOutline(painter, p, o);
    }

    // A 20 km scale bar, bottom left.
    const double bar = 20.0 * p.pixelsPerKm();
    const QPointF origin(16.0, size.height() - 16.0);
    painter.setPen(QPen(QColor(25, 31, 40), 2.0));
    painter.drawLine(origin, origin + QPointF(bar, 0.0));
    painter.drawLine(origin, origin - QPointF(0.0, 5.0));
    painter.drawLine(origin + QPointF(bar, 0.0), origin + QPointF(bar, -5.0));
    painter.drawText(origin + QPointF(0.0, -8.0), QStringLiteral("20 km"));
    painter.drawText(QPointF(size.width() - 24.0, 24.0), QStringLiteral("N ↑"));
    return image;
}

} // namespace et::report
