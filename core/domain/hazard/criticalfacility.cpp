// SPDX-License-Identifier: MIT
#include "domain/hazard/criticalfacility.h"

#include "domain/jsonfieldreader.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace et::domain::hazard {

namespace {
constexpr EnumName<CriticalFacility::Kind> kKinds[] = {
    {CriticalFacility::Kind::Hospital, u"hospital"},
    {CriticalFacility::Kind::Water, u"water"},
    {CriticalFacility::Kind::Telecom, u"telecom"},
    {CriticalFacility::Kind::Shelter, u"shelter"},
    {CriticalFacility::Kind::HealthCenter, u"health_center"},
};

// Shoelace area (signed) and centroid of a ring, in degrees: over an eup/myeon the distortion of
// treating degrees as plane coordinates is far below the approximation of a centroid itself.
std::pair<double, QPointF> areaAndCentroid(const geo::GeoRing &ring)
{
    if (ring.isEmpty())
        return {0.0, QPointF()};
    // Relative to the first point: the products of raw degrees (126 × 33) would cancel away the
    // digits the area is made of.
    const QPointF origin = ring.first();
    double a = 0.0, cx = 0.0, cy = 0.0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF p = ring[i] - origin, q = ring[(i + 1) % ring.size()] - origin;
        const double cross = p.x() * q.y() - q.x() * p.y();
        a += cross;
        cx += (p.x() + q.x()) * cross;
        cy += (p.y() + q.y()) * cross;
    }
    a /= 2.0;
    if (std::abs(a) < 1e-15)
        return {0.0, origin};
    return {a, origin + QPointF(cx / (6.0 * a), cy / (6.0 * a))};
}
} // namespace

QString CriticalFacility::toString(Kind kind)
{
    return enumToString<Kind>(kind, kKinds);
}

CriticalFacility CriticalFacility::ofCenter(const Center &center)
{
    CriticalFacility f;
    f.id = center.id;
    f.name = center.name;
    f.kind = Kind::HealthCenter;
    f.lifeCritical = false;
    f.priority = 4;
    f.backupHours = 0.0;
    f.lat = center.lat;
    f.lon = center.lon;
    f.approximate = false;
    return f;
}

QPointF CriticalFacilities::centroidOf(const geo::GeoRegion &region)
{
    double best = -1.0;
    QPointF centroid;
    for (const geo::GeoPolygon &polygon : region.polygons) {
        if (polygon.isEmpty())
            continue;
        const auto [area, c] = areaAndCentroid(polygon.first());
        if (std::abs(area) > best) {
            best = std::abs(area);
            centroid = c;
        }
    }
    return centroid;
}

Result<QList<CriticalFacility>> CriticalFacilities::fromJson(const QByteArray &json, const QList<geo::GeoRegion> &regions)
{
    auto root = parseJsonObject(json);
    if (!root.ok())
        return root.error();
    JsonFieldReader r(root.value());
    const QJsonArray entries = r.array(QStringLiteral("facilities"));
    if (!r.ok())
        return r.error();
    QHash<QString, const geo::GeoRegion *> byName;
    for (const geo::GeoRegion &g : regions)
        byName.insert(g.name, &g);
    QList<CriticalFacility> out;
    QSet<QString> ids;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString field = QStringLiteral("facilities[%1]").arg(i);
        if (!entries.at(i).isObject())
            return Error{field, QStringLiteral("expected an object")};
        const QJsonObject o = entries.at(i).toObject();
        JsonFieldReader e(o);
        CriticalFacility f;
        f.id = e.string(QStringLiteral("id"));
        f.name = e.string(QStringLiteral("name"));
        f.nameEn = e.optionalString(QStringLiteral("name_en"));
        f.kind = e.enumValue<CriticalFacility::Kind>(QStringLiteral("kind"), kKinds);
        f.lifeCritical = e.boolean(QStringLiteral("life_critical"));
        f.priority = e.integer(QStringLiteral("priority"), 1, 4);
        f.backupHours = e.number(QStringLiteral("backup_hours"), 0.0, 720.0);
        f.region = e.string(QStringLiteral("region"));
        const auto lat = e.optionalNumber(QStringLiteral("lat"), -90.0, 90.0);
        const auto lon = e.optionalNumber(QStringLiteral("lon"), -180.0, 180.0);
        if (!e.ok())
            return e.error().prefixed(field);
        if (ids.contains(f.id))
            return Error{field + QStringLiteral(".id"), QStringLiteral("\"%1\" is listed twice").arg(f.id)};
        ids.insert(f.id);
        const auto region = byName.constFind(f.region);
        if (region == byName.cend())
            return Error{field + QStringLiteral(".region"), QStringLiteral("\"%1\" is not an eup/myeon/dong of the base map").arg(f.region)};
        if (lat && lon) {
            f.lat = *lat;
            f.lon = *lon;
            f.approximate = o.value(QStringLiteral("approximate")).toBool(false);
        } else {
            const QPointF c = centroidOf(**region);
            f.lat = c.y();
            f.lon = c.x();
            f.approximate = true;
        }
        out << f;
    }
    return out;
}

} // namespace et::domain::hazard
