// SPDX-License-Identifier: MIT
#include "geobounds.h"

#include "webmercator.h"

#include <algorithm>

namespace et::domain::geo {

GeoBounds GeoBounds::of(const QList<QGeoCoordinate> &coordinates)
{
    GeoBounds b;
    for (const auto &c : coordinates)
        b.extend(c);
    return b;
}

void GeoBounds::extend(double latitude, double longitude)
{
    if (!WebMercator::isValidCoordinate(latitude, longitude)) {
        ++m_skipped;
        return;
    }
    if (m_empty) {
        m_south = m_north = latitude;
        m_west = m_east = longitude;
        m_empty = false;
        return;
    }
    m_south = std::min(m_south, latitude);
    m_north = std::max(m_north, latitude);
    m_west = std::min(m_west, longitude);
    m_east = std::max(m_east, longitude);
}

QGeoCoordinate GeoBounds::center() const
{
    if (m_empty)
        return {};
    // The centre in projected space, so that a fitted box is centred on screen.
    const QPointF a = WebMercator::project(m_north, m_west);
    const QPointF b = WebMercator::project(m_south, m_east);
    return WebMercator::unproject((a + b) / 2.0);
}

} // namespace et::domain::geo
