// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

namespace et::map {

/// Markers drawn as one circle with their count at low zoom (or a single marker, count 1).
struct MapCluster
{
    QPointF world;                   ///< centroid of the members, world coordinates
    QList<int> rows;                 ///< the members' model rows, ascending
    QHash<QString, int> countByKind; ///< members per marker kind, for the tooltip and the colour
    bool alert = false;              ///< a member is in `emergency`: the badge must say so

    int count() const { return int(rows.size()); }
    /// The kind all members share, or an empty string for a mixed cluster.
    QString commonKind() const { return countByKind.size() == 1 ? countByKind.cbegin().key() : QString(); }
};

} // namespace et::map
