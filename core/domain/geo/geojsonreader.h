// SPDX-License-Identifier: MIT
#pragma once

#include "../result.h"
#include "georegion.h"

#include <QByteArray>
#include <QJsonObject>

namespace et::domain::geo {

/// Reads a GeoJSON FeatureCollection (RFC 7946) of Polygon/MultiPolygon features with the
/// properties `name`, `name_eng` (optional) and `code` into regions. Strict about form: bad JSON,
/// another geometry type, an empty or unclosed ring, a non-finite or out-of-range coordinate fail
/// the whole read with an Error whose field names the place, e.g.
/// "features[3].geometry.coordinates[0][0][5]" — a half-read map is worse than a clear message.
/// Lenient about one thing the published KOSTAT data really contains: rings collapsed to a point
/// or a line (islets simplified away) have no area, so they are dropped and counted, not fatal.
class GeoJsonReader
{
public:
    struct Stats
    {
        int droppedRings = 0;    ///< rings with fewer than 3 distinct positions
        int droppedPolygons = 0; ///< polygons whose outer ring was dropped
    };

    static Result<QList<GeoRegion>> read(const QByteArray &json, Stats *stats = nullptr);
    static Result<QList<GeoRegion>> read(const QJsonObject &collection, Stats *stats = nullptr);
};

} // namespace et::domain::geo
