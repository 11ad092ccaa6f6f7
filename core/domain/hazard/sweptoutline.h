// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>

namespace et::domain::hazard {

/// A disc on the Earth: centre and radius in km.
struct GeoDisc
{
    double lat = 0.0;
    double lon = 0.0;
    double radiusKm = 0.0;
};

/// The outline of what a disc sweeps as it moves along a path and changes size — a typhoon's
/// forecast cone (the track error grows with lead time) or its wind swath (the radius of a wind
/// speed along the track): on each side of the path, the points at each disc's radius square to
/// the local heading, closed by half-discs at both ends. A tangent construction: for discs that
/// grow slowly along a path that turns gently (a track's hourly steps) it stays within a few
/// percent of the exact union, and it is the shape the map draws and the impact tests against.
class SweptOutline
{
public:
    /// The outline as (lon, lat) points (QPointF x = longitude, y = latitude), counter-clockwise,
    /// not closed; empty for fewer than one disc.
    static QList<QPointF> of(const QList<GeoDisc> &discs, int capSegments = 12);
    /// Whether `lat`, `lon` lies within any of the discs (the exact union, for impact tests).
    static bool covers(const QList<GeoDisc> &discs, double lat, double lon);
};

} // namespace et::domain::hazard
