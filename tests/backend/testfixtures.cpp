// SPDX-License-Identifier: MIT
#include "testfixtures.h"

namespace et::test {

domain::Disaster makeDisaster(domain::DisasterType type, int severity, double lat, double lon, double radiusKm,
                              const QDateTime &startedAt)
{
    domain::Disaster d;
    d.type = type;
    d.severity = severity;
    d.lat = lat;
    d.lon = lon;
    d.radiusKm = radiusKm;
    d.startedAt = startedAt;
    return d;
}

} // namespace et::test
