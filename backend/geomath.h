// SPDX-License-Identifier: MIT
#pragma once

namespace et::backend {

/// Great-circle distance and bearing on a spherical Earth (mean radius 6371.0088 km), enough for
/// distances on an island; used for center search and truck movement.
class GeoMath
{
public:
    static double distanceKm(double lat1, double lon1, double lat2, double lon2);
    /// Initial bearing from point 1 towards point 2, degrees clockwise from north in [0, 360).
    static double bearingDeg(double lat1, double lon1, double lat2, double lon2);
};

} // namespace et::backend
