// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QImage>
#include <QPointF>

namespace et::map {

/// One cluster as drawn: a disc with its member count, sized by the count, in the members' kind
/// colour (slate when mixed) and with a red ring when a member is in an emergency, so a cluster can
/// never hide one.
struct ClusterBadge
{
    int cluster = -1;  ///< index into the clusters
    QPointF center;    ///< item pixels
    double radius = 0.0;
    int count = 0;
    QColor fill;
    QColor ring;

    /// Radius in device-independent pixels: grows with the digits (2 → 13 px, 10,000 → 23 px).
    static double radiusFor(int count);
    /// Renders the badge at `devicePixelRatio` (image with that ratio set), count in its centre.
    static QImage render(int count, const QColor &fill, const QColor &ring, double radius, qreal devicePixelRatio);
};

} // namespace et::map
