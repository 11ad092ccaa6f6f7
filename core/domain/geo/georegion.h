// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>
#include <QString>

namespace et::domain::geo {

/// A closed ring of positions, x = longitude, y = latitude (GeoJSON order), without the repeated
/// closing position.
using GeoRing = QList<QPointF>;
/// One polygon: the outer ring first, then its holes.
using GeoPolygon = QList<GeoRing>;

/// An administrative area read from GeoJSON (for Jeju: one eup/myeon/dong of KOSTAT 2018) with the
/// polygons of its land (islands are separate polygons).
struct GeoRegion
{
    QString name;    ///< Korean name, e.g. 한림읍
    QString nameEng; ///< e.g. Hallim-eup (may be empty)
    QString code;    ///< KOSTAT area code
    QList<GeoPolygon> polygons;
};

} // namespace et::domain::geo
