// SPDX-License-Identifier: MIT
#pragma once

#include "modellayer.h"

#include <QGeoCoordinate>
#include <QList>
#include <QString>

namespace et::map {

/// One trip drawn on the map: the road path still ahead and the label at its end (the ETA).
struct MapRoute
{
    QList<QGeoCoordinate> path;
    QString label;
    bool selected = false;
    bool onRoads = true; ///< false: a straight-line estimate, drawn dashed
};

/// Trucks' trips for the map, one per model row (roles `route`, a list of coordinates —
/// QGeoCoordinate values or {latitude, longitude} objects — `routeLabel`, optional `selected`
/// and `routeOnRoads`). A row with fewer than two usable points keeps its place and draws nothing
/// (a truck that is not driving has no trip); a row with an unusable point is reported once.
class RouteLayer : public ModelLayer
{
    Q_OBJECT
public:
    using ModelLayer::ModelLayer;

    const QList<MapRoute> &routes() const { return m_routes; }

protected:
    void clearItems() override { m_routes.clear(); }
    void insertItems(int first, int count) override { m_routes.insert(first, count, MapRoute{}); }
    void removeItems(int first, int count) override { m_routes.remove(first, count); }
    void readRow(int row) override;
    QList<QByteArray> watchedRoles() const override { return {"route", "routeLabel", "selected", "routeOnRoads"}; }

private:
    QList<MapRoute> m_routes;
};

} // namespace et::map
