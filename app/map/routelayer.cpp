// SPDX-License-Identifier: MIT
#include "routelayer.h"

#include "coordinatevariant.h"
#include "maplogging.h"

namespace et::map {

void RouteLayer::readRow(int row)
{
    if (row < 0 || row >= m_routes.size())
        return;
    MapRoute &r = m_routes[row];
    r = MapRoute{};
    const QVariant onRoads = data(row, "routeOnRoads");
    r.onRoads = !onRoads.isValid() || onRoads.toBool();
    r.selected = data(row, "selected").toBool();
    r.label = data(row, "routeLabel").toString();
    const QList<QGeoCoordinate> path = CoordinateVariant::toCoordinates(data(row, "route"));
    for (const QGeoCoordinate &c : path) {
        if (!c.isValid()) {
            qCWarning(lcMap) << "route row" << row << "has an unusable point; not drawn";
            return;
        }
    }
    if (path.size() >= 2)
        r.path = path;
}

} // namespace et::map
