// SPDX-License-Identifier: MIT
#pragma once

#include "maparea.h"
#include "modellayer.h"

#include <QList>

namespace et::map {

/// Disaster footprints: one circle per model row (roles `latitude`, `longitude`, `radiusKm`,
/// `severity` 1..5). Rows with a bad coordinate or radius keep their place but draw nothing.
class CircleLayer : public ModelLayer
{
    Q_OBJECT
public:
    using ModelLayer::ModelLayer;
    /// Points per ring: smooth at the zoom levels the console uses, cheap for hundreds of circles.
    static constexpr int kSegments = 72;

    const QList<MapArea> &circles() const { return m_circles; }

protected:
    void clearItems() override { m_circles.clear(); }
    void insertItems(int first, int count) override { m_circles.insert(first, count, MapArea{}); }
    void removeItems(int first, int count) override { m_circles.remove(first, count); }
    void readRow(int row) override;
    QList<QByteArray> watchedRoles() const override { return {"latitude", "longitude", "radiusKm", "severity"}; }

private:
    QList<MapArea> m_circles;
};

} // namespace et::map
