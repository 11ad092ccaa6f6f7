// SPDX-License-Identifier: MIT
#pragma once

#include "maparea.h"
#include "modellayer.h"

#include <QList>

namespace et::map {

/// Disaster footprints of any shape: one polygon per model row (roles `path`, a list of
/// coordinates — QGeoCoordinate values or {latitude, longitude} objects — and `severity` 1..5).
/// The fill is triangulated once when the row is read (ear clipping, so concave shapes such as a
/// flooded valley fill correctly). A row whose path has an unusable point or no area keeps its
/// place but draws nothing, with one warning naming the row.
class PolygonLayer : public ModelLayer
{
    Q_OBJECT
public:
    using ModelLayer::ModelLayer;

    const QList<MapArea> &polygons() const { return m_polygons; }

protected:
    void clearItems() override { m_polygons.clear(); }
    void insertItems(int first, int count) override { m_polygons.insert(first, count, MapArea{}); }
    void removeItems(int first, int count) override { m_polygons.remove(first, count); }
    void readRow(int row) override;
    QList<QByteArray> watchedRoles() const override { return {"path", "severity"}; }

private:
    QList<MapArea> m_polygons;
};

} // namespace et::map
