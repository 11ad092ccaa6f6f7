// SPDX-License-Identifier: MIT
#pragma once

#include <QGeoCoordinate>
#include <QPoint>
#include <QPointF>

namespace et::domain::geo {

/// Spherical Web Mercator (EPSG:3857), the projection of OSM/XYZ tiles. "World" coordinates are
/// normalised to [0,1] on both axes (x east, y south, origin at 180°W / 85.05°N), so one value
/// serves every zoom; pixels at zoom z are world × 256·2^z.
class WebMercator
{
public:
    static constexpr double kTileSize = 256.0;
    /// Latitude where the square world ends: atan(sinh(π)).
    static constexpr double kMaxLatitude = 85.05112877980659;
    /// WGS84 semi-major axis, the sphere radius Web Mercator uses.
    static constexpr double kEarthRadiusM = 6378137.0;

    /// Latitude is clamped to ±kMaxLatitude; callers validate coordinates first.
    static QPointF project(double latitude, double longitude);
    static QPointF project(const QGeoCoordinate &coordinate);
    static QGeoCoordinate unproject(const QPointF &world);

    /// Side of the world square in pixels at a (fractional) zoom level.
    static double worldSizePx(double zoom);
    /// The XYZ tile (x, y) that holds the coordinate at an integer zoom.
    static QPoint tileAt(double latitude, double longitude, int zoom);
    /// Metres on the ground per screen pixel at a latitude and zoom (for the scale bar).
    static double groundResolution(double latitude, double zoom);
    /// Finite and inside the WGS84 ranges (|lat| ≤ 90, |lon| ≤ 180).
    static bool isValidCoordinate(double latitude, double longitude);
};

} // namespace et::domain::geo
