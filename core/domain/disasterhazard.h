// SPDX-License-Identifier: MIT
#pragma once

#include "domain/geo/georegion.h"
#include "domain/hazard/typhoontrack.h"
#include "jsonfieldreader.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace et::domain {

/// What a disaster is physically, beyond its circle — the inputs of its hazard model
/// (docs/hazards.md): a typhoon's `track`, an earthquake's `magnitude` and `depth_km` (the
/// epicentre is the disaster's lat/lon), a drawn `polygon` (a flood's with its water `depth_m`,
/// an outage's) and an outage's eup/myeon/dong `regions`. Every part is optional on the wire; a
/// disaster without one is judged by its circle and severity alone.
///
/// The polygon travels as `[{"lat": …, "lon": …}, …]` (3 to 1,000 points, not closed) and is kept
/// as a (lon, lat) ring like the base map's.
struct DisasterHazard
{
    static constexpr int kMaxPolygonPoints = 1000;
    static constexpr int kMaxRegions = 200;

    std::optional<hazard::TyphoonTrack> track;
    std::optional<double> magnitude;
    std::optional<double> depthKm;
    geo::GeoRing polygon;
    std::optional<double> floodDepthM;
    QStringList regions;

    /// Reads the hazard fields of `object` (a disaster) through its reader `r`; failures go to
    /// `r` with the field named.
    static DisasterHazard read(const QJsonObject &object, JsonFieldReader &r);
    /// Whether `object` has `key` and it is not null (optional objects and arrays).
    static bool has(const QJsonObject &object, const QString &key) { return object.contains(key) && !object.value(key).isNull(); }
    /// Writes the parts present into `object`.
    void writeTo(QJsonObject &object) const;
    /// The polygon's vertex centroid (lon, lat) and the largest distance from it to a vertex, km.
    std::pair<QPointF, double> polygonCircle() const;
    bool isEmpty() const { return !track && !magnitude && polygon.isEmpty() && regions.isEmpty(); }
    bool operator==(const DisasterHazard &) const = default;
};

} // namespace et::domain
