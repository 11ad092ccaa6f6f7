// SPDX-License-Identifier: MIT
#include "geojsonreader.h"

#include "../jsonfieldreader.h"
#include "webmercator.h"

#include <QJsonArray>

#include <cmath>

namespace et::domain::geo {
namespace {

QString idx(qsizetype i)
{
    return QStringLiteral("[%1]").arg(i);
}

Result<QPointF> readPosition(const QJsonValue &value)
{
    if (!value.isArray())
        return Error{{}, QStringLiteral("a position must be an array [longitude, latitude], got %1").arg(jsonTypeName(value))};
    const QJsonArray a = value.toArray();
    if (a.size() < 2)
        return Error{{}, QStringLiteral("a position needs longitude and latitude, got %1 number(s)").arg(a.size())};
    if (!a.at(0).isDouble() || !a.at(1).isDouble())
        return Error{{}, QStringLiteral("longitude and latitude must be numbers")};
    const double lon = a.at(0).toDouble();
    const double lat = a.at(1).toDouble();
    if (!std::isfinite(lon) || !std::isfinite(lat))
        return Error{{}, QStringLiteral("coordinate is not a finite number")};
    if (!WebMercator::isValidCoordinate(lat, lon))
        return Error{{}, QStringLiteral("coordinate out of range (longitude %1, latitude %2)").arg(lon).arg(lat)};
    return QPointF(lon, lat);
}

// The ring without its closing repeat and without consecutive duplicates; it may come back with
// fewer than 3 positions, which the caller drops.
Result<GeoRing> readRing(const QJsonValue &value)
{
    if (!value.isArray())
        return Error{{}, QStringLiteral("a ring must be an array of positions, got %1").arg(jsonTypeName(value))};
    const QJsonArray a = value.toArray();
    if (a.size() < 2)
        return Error{{}, QStringLiteral("a ring needs its first position repeated at the end, got %1 position(s)").arg(a.size())};
    GeoRing ring;
    ring.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        auto p = readPosition(a.at(i));
        if (!p.ok())
            return p.error().prefixed(idx(i));
        ring.append(p.value());
    }
    if (ring.first() != ring.last())
        return Error{{}, QStringLiteral("ring is not closed (first and last positions differ)")};
    ring.removeLast();
    GeoRing distinct;
    for (const QPointF &p : std::as_const(ring)) {
        if (distinct.isEmpty() || distinct.last() != p)
            distinct.append(p);
    }
    while (distinct.size() > 1 && distinct.last() == distinct.first())
        distinct.removeLast();
    return distinct;
}

// Empty when the outer ring has no area.
Result<GeoPolygon> readPolygon(const QJsonValue &value, GeoJsonReader::Stats &stats)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return Error{{}, QStringLiteral("a polygon must be a non-empty array of rings")};
    const QJsonArray a = value.toArray();
    GeoPolygon polygon;
    for (qsizetype i = 0; i < a.size(); ++i) {
        auto r = readRing(a.at(i));
        if (!r.ok())
            return r.error().prefixed(idx(i));
        if (r.value().size() < 3) {
            ++stats.droppedRings;
            if (i == 0) {
                ++stats.droppedPolygons;
                return GeoPolygon{};
            }
            continue;
        }
        polygon.append(std::move(r).value());
    }
    return polygon;
}

Result<QList<GeoPolygon>> readGeometry(const QJsonObject &geometry, GeoJsonReader::Stats &stats)
{
    JsonFieldReader reader(geometry);
    const QString type = reader.string(QStringLiteral("type"));
    const QJsonArray coordinates = reader.array(QStringLiteral("coordinates"));
    if (!reader.ok())
        return reader.error();
    const QString coordField = QStringLiteral("coordinates");
    if (type == u"Polygon") {
        auto p = readPolygon(coordinates, stats);
        if (!p.ok())
            return p.error().prefixed(coordField);
        if (p.value().isEmpty())
            return QList<GeoPolygon>{};
        return QList<GeoPolygon>{std::move(p).value()};
    }
    if (type == u"MultiPolygon") {
        if (coordinates.isEmpty())
            return Error{coordField, QStringLiteral("a MultiPolygon needs at least one polygon")};
        QList<GeoPolygon> polygons;
        for (qsizetype i = 0; i < coordinates.size(); ++i) {
            auto p = readPolygon(coordinates.at(i), stats);
            if (!p.ok())
                return p.error().prefixed(coordField + idx(i));
            if (!p.value().isEmpty())
                polygons.append(std::move(p).value());
        }
        return polygons;
    }
    return Error{QStringLiteral("type"),
                 QStringLiteral("unsupported geometry \"%1\" (expected Polygon or MultiPolygon)").arg(type)};
}

Result<GeoRegion> readFeature(const QJsonValue &value, GeoJsonReader::Stats &stats)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("a feature must be an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader reader(value.toObject());
    const QJsonObject properties = reader.object(QStringLiteral("properties"));
    const QJsonObject geometry = reader.object(QStringLiteral("geometry"));
    if (!reader.ok())
        return reader.error();
    JsonFieldReader props(properties);
    GeoRegion region;
    region.name = props.string(QStringLiteral("name"));
    region.nameEng = props.optionalString(QStringLiteral("name_eng"));
    region.code = props.string(QStringLiteral("code"));
    if (!props.ok())
        return props.error().prefixed(QStringLiteral("properties"));
    auto polygons = readGeometry(geometry, stats);
    if (!polygons.ok())
        return polygons.error().prefixed(QStringLiteral("geometry"));
    region.polygons = std::move(polygons).value();
    return region;
}

} // namespace

Result<QList<GeoRegion>> GeoJsonReader::read(const QByteArray &json, Stats *stats)
{
    auto object = parseJsonObject(json);
    if (!object.ok())
        return object.error();
    return read(object.value(), stats);
}

Result<QList<GeoRegion>> GeoJsonReader::read(const QJsonObject &collection, Stats *stats)
{
    Stats local;
    JsonFieldReader reader(collection);
    const QString type = reader.string(QStringLiteral("type"));
    if (reader.ok() && type != u"FeatureCollection")
        reader.fail(QStringLiteral("type"), QStringLiteral("expected \"FeatureCollection\", got \"%1\"").arg(type));
    const QJsonArray features = reader.array(QStringLiteral("features"));
    if (!reader.ok())
        return reader.error();
    auto regions = decodeArray<GeoRegion>(features, [&local](const QJsonValue &v) { return readFeature(v, local); });
    if (!regions.ok())
        return regions.error().prefixed(QStringLiteral("features"));
    if (stats)
        *stats = local;
    return regions;
}

} // namespace et::domain::geo
