// SPDX-License-Identifier: MIT
#include "markerlayer.h"

#include "maplogging.h"

#include "domain/geo/webmercator.h"

namespace et::map {

using domain::geo::WebMercator;

int MarkerLayer::invalidCount() const
{
    return int(std::count_if(m_markers.cbegin(), m_markers.cend(), [](const MapMarker &m) { return !m.valid; }));
}

void MarkerLayer::markStructureChanged()
{
    m_changes.structure = true;
    m_changes.rows.clear();
}

void MarkerLayer::clearItems()
{
    m_markers.clear();
    markStructureChanged();
}

void MarkerLayer::insertItems(int first, int count)
{
    markStructureChanged();
    m_markers.insert(first, count, MapMarker{});
}

void MarkerLayer::removeItems(int first, int count)
{
    markStructureChanged();
    m_markers.remove(first, count);
}

void MarkerLayer::readRow(int row)
{
    if (row < 0 || row >= m_markers.size())
        return;
    if (!m_changes.structure)
        m_changes.rows.insert(row);
    MapMarker &m = m_markers[row];
    bool latOk = false, lonOk = false;
    const double lat = data(row, "latitude").toDouble(&latOk);
    const double lon = data(row, "longitude").toDouble(&lonOk);
    m.valid = latOk && lonOk && WebMercator::isValidCoordinate(lat, lon);
    if (!m.valid)
        qCWarning(lcMap) << "marker row" << row << "has no usable coordinate; not drawn";
    m.world = m.valid ? WebMercator::project(lat, lon) : QPointF();
    m.kind = data(row, "kind").toString();
    m.status = data(row, "status").toString();
    m.name = data(row, "name").toString();
    m.selected = data(row, "selected").toBool();
}

QList<QByteArray> MarkerLayer::watchedRoles() const
{
    return {"latitude", "longitude", "kind", "status", "name", "selected"};
}

} // namespace et::map
