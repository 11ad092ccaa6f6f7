// SPDX-License-Identifier: MIT
#pragma once

#include "domain/hazard/typhoontrack.h"

#include <QJsonObject>

namespace et::domain::hazard {

/// A typhoon track as JSON — the `track` of a typhoon incident:
///
///   {"id": "1819", "name": "SOULIK", "source": "JMA",
///    "points": [{"time": "2018-08-22T12:00:00Z", "lat": 31.9, "lon": 126.2,
///                "pressure_hpa": 960, "max_wind_ms": 38.58,
///                "r15_km": [278, 278, 278, 278], "r25_km": [148, 148, 148, 148]}, …]}
///
/// Radii by quadrant NE, SE, SW, NW; pressure, wind and radii optional. Strict: at least one
/// point, times rising, positions on the Earth, pressures 850–1100 hPa, winds 0–120 m/s,
/// radii 0–2000 km; at most 2,000 points.
class TyphoonTrackJson
{
public:
    static Result<TyphoonTrack> fromJson(const QJsonValue &value);
    static QJsonObject toJson(const TyphoonTrack &track);
};

} // namespace et::domain::hazard
