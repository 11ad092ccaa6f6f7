// SPDX-License-Identifier: MIT
#pragma once

#include <QGeoCoordinate>
#include <QList>

namespace et::domain::geo {

/// A latitude/longitude box that grows to include coordinates. Empty until the first valid one;
/// invalid or out-of-range coordinates are skipped (and counted) rather than stretching the box.
class GeoBounds
{
public:
    static GeoBounds of(const QList<QGeoCoordinate> &coordinates);

    void extend(double latitude, double longitude);
    void extend(const QGeoCoordinate &coordinate) { extend(coordinate.latitude(), coordinate.longitude()); }

    bool isEmpty() const { return m_empty; }
    int skipped() const { return m_skipped; }
    double south() const { return m_south; }
    double north() const { return m_north; }
    double west() const { return m_west; }
    double east() const { return m_east; }
    QGeoCoordinate center() const;

private:
    bool m_empty = true;
    int m_skipped = 0;
    double m_south = 0.0, m_north = 0.0, m_west = 0.0, m_east = 0.0;
};

} // namespace et::domain::geo
