// SPDX-License-Identifier: MIT
#pragma once

#include "domain/center.h"
#include "domain/geo/georegion.h"
#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace et::domain::hazard {

/// A facility whose power matters in a disaster: a hospital, water works, a telecom exchange or a
/// shelter, with its priority (1 first), whether lives depend on it, how many hours its own backup
/// power lasts, and where it is — `approximate` when the position is its region's centroid.
struct CriticalFacility
{
    enum class Kind { Hospital, Water, Telecom, Shelter, HealthCenter };
    QString id;
    QString name;
    QString nameEn;
    Kind kind = Kind::Hospital;
    bool lifeCritical = false;
    int priority = 4;
    double backupHours = 0.0;
    QString region;
    double lat = 0.0;
    double lon = 0.0;
    bool approximate = true;

    static QString toString(Kind kind);
    /// A public health center as a facility that needs power: not life-critical, priority 4, no
    /// backup (an ASSUMPTION: a small office), at the real position the public data gives.
    static CriticalFacility ofCenter(const Center &center);
};

/// Reads the critical-facilities file (resources/data/jeju-critical-facilities.json): each entry
/// names its region (an eup/myeon/dong of the base map); without `lat`/`lon` it is placed at that
/// region's centroid (the area-weighted centroid of its largest polygon) and marked approximate.
/// Strict: an unknown kind, a region the map does not have, a priority outside 1–4, negative
/// backup hours or a duplicate id fail the read with the entry named.
class CriticalFacilities
{
public:
    static Result<QList<CriticalFacility>> fromJson(const QByteArray &json, const QList<geo::GeoRegion> &regions);
    /// The centroid (lon, lat) of a region's largest polygon's outer ring.
    static QPointF centroidOf(const geo::GeoRegion &region);
};

} // namespace et::domain::hazard
