// SPDX-License-Identifier: MIT
#include "disasterhazard.h"

#include "domain/geo/geodesy.h"
#include "domain/hazard/typhoontrackjson.h"

#include <QJsonArray>

namespace et::domain {

namespace {
const QString kTrack = QStringLiteral("track");
const QString kMagnitude = QStringLiteral("magnitude");
const QString kDepthKm = QStringLiteral("depth_km");
const QString kPolygon = QStringLiteral("polygon");
const QString kDepthM = QStringLiteral("depth_m");
const QString kRegions = QStringLiteral("regions");

geo::GeoRing readPolygon(const QJsonObject &o, JsonFieldReader &r)
{
    if (!DisasterHazard::has(o, kPolygon))
        return {};
    const QJsonArray points = r.array(kPolygon);
    if (!r.ok())
        return {};
    if (points.size() < 3 || points.size() > DisasterHazard::kMaxPolygonPoints) {
        r.fail(kPolygon, QStringLiteral("needs 3 to %1 points, has %2").arg(DisasterHazard::kMaxPolygonPoints).arg(points.size()));
        return {};
    }
    geo::GeoRing ring;
    ring.reserve(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QString field = QStringLiteral("polygon[%1]").arg(i);
        if (!points.at(i).isObject()) {
            r.fail(field, QStringLiteral("expected an object with lat and lon, got %1").arg(jsonTypeName(points.at(i))));
            return {};
        }
        JsonFieldReader p(points.at(i).toObject());
        const double lat = p.latitude(QStringLiteral("lat"));
        const double lon = p.longitude(QStringLiteral("lon"));
        if (!p.ok()) {
            r.fail(field + u'.' + p.error().field, p.error().message);
            return {};
        }
        ring << QPointF(lon, lat);
    }
    return ring;
}
} // namespace

DisasterHazard DisasterHazard::read(const QJsonObject &o, JsonFieldReader &r)
{
    DisasterHazard h;
    const QJsonObject track = has(o, kTrack) ? r.object(kTrack) : QJsonObject();
    if (r.ok() && has(o, kTrack)) {
        auto parsed = hazard::TyphoonTrackJson::fromJson(track);
        if (parsed.ok())
            h.track = parsed.value();
        else
            r.fail(parsed.error().field.isEmpty() ? kTrack : kTrack + u'.' + parsed.error().field, parsed.error().message);
    }
    // Magnitudes: the largest instrumental ones are near 9.5; depths to the deepest slabs, 700 km.
    h.magnitude = r.optionalNumber(kMagnitude, 0.0, 10.0);
    h.depthKm = r.optionalNumber(kDepthKm, 0.0, 700.0);
    h.polygon = readPolygon(o, r);
    h.floodDepthM = r.optionalNumber(kDepthM, 0.0, 30.0);
    const QJsonArray regions = has(o, kRegions) ? r.array(kRegions) : QJsonArray();
    if (r.ok() && regions.size() > kMaxRegions)
        r.fail(kRegions, QStringLiteral("at most %1 regions, has %2").arg(kMaxRegions).arg(regions.size()));
    for (qsizetype i = 0; r.ok() && i < regions.size(); ++i) {
        if (!regions.at(i).isString() || regions.at(i).toString().isEmpty())
            r.fail(QStringLiteral("regions[%1]").arg(i), QStringLiteral("expected a region name, got %1").arg(jsonTypeName(regions.at(i))));
        else
            h.regions << regions.at(i).toString();
    }
    if (r.ok() && h.magnitude.has_value() != h.depthKm.has_value())
        r.fail(h.magnitude ? kDepthKm : kMagnitude, QStringLiteral("an earthquake needs both magnitude and depth_km"));
    return h;
}

void DisasterHazard::writeTo(QJsonObject &o) const
{
    if (track)
        o.insert(kTrack, hazard::TyphoonTrackJson::toJson(*track));
    if (magnitude)
        o.insert(kMagnitude, *magnitude);
    if (depthKm)
        o.insert(kDepthKm, *depthKm);
    if (!polygon.isEmpty()) {
        QJsonArray points;
        for (const QPointF &p : polygon)
            points.append(QJsonObject{{QStringLiteral("lat"), p.y()}, {QStringLiteral("lon"), p.x()}});
        o.insert(kPolygon, points);
    }
    if (floodDepthM)
        o.insert(kDepthM, *floodDepthM);
    if (!regions.isEmpty())
        o.insert(kRegions, QJsonArray::fromStringList(regions));
}

std::pair<QPointF, double> DisasterHazard::polygonCircle() const
{
    if (polygon.isEmpty())
        return {QPointF(), 0.0};
    QPointF c;
    for (const QPointF &p : polygon)
        c += p;
    c /= double(polygon.size());
    double radius = 0.0;
    for (const QPointF &p : polygon)
        radius = std::max(radius, geo::Geodesy::distanceKm(c.y(), c.x(), p.y(), p.x()));
    return {c, radius};
}

} // namespace et::domain
