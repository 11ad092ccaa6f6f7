// SPDX-License-Identifier: MIT
#pragma once

#include "modellayer.h"

#include <QList>
#include <QPointF>

namespace et::map {

/// One area the map shades, read from a model row: a ring of world points of true ground radius.
struct MapCircle
{
    QList<QPointF> ring; ///< empty when the row is unusable (bad coordinate or radius)
    QPointF centerWorld;
    int severity = 1;
};

/// Disaster footprints: one circle per model row (roles `latitude`, `longitude`, `radiusKm`,
/// `severity` 1..5). Rows with a bad coordinate or radius keep their place but draw nothing.
class CircleLayer : public ModelLayer
{
    Q_OBJECT
public:
    using ModelLayer::ModelLayer;
    /// Points per ring: smooth at the zoom levels the console uses, cheap for hundreds of circles.
    static constexpr int kSegments = 72;

    const QList<MapCircle> &circles() const { return m_circles; }

protected:
    void clearItems() override { m_circles.clear(); }
    void insertItems(int first, int count) override { m_circles.insert(first, count, MapCircle{}); }
    void removeItems(int first, int count) override { m_circles.remove(first, count); }
    void readRow(int row) override;
    QList<QByteArray> watchedRoles() const override { return {"latitude", "longitude", "radiusKm", "severity"}; }

private:
    QList<MapCircle> m_circles;
};

} // namespace et::map
