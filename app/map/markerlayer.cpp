// SPDX-License-Identifier: MIT
#include "markerlayer.h"

#include "maplogging.h"

#include "domain/geo/webmercator.h"

#include <cmath>

namespace et::map {

using domain::geo::WebMercator;

int MarkerLayer::invalidCount() const
{
    return m_invalid;
}

QList<int> MarkerLayer::selectedRows() const
{
    QList<int> rows(m_selected.cbegin(), m_selected.cend());
    std::sort(rows.begin(), rows.end());
    return rows;
}

int MarkerLayer::nearest(const QPointF &world, double maxDistanceWorld) const
{
    if (m_indexStale) {
        QList<QPointF> points;
        points.reserve(m_markers.size());
        for (const MapMarker &m : m_markers)
            points << (m.valid ? m.world : QPointF(qQNaN(), qQNaN())); // not indexed, never hit
        m_index.rebuild(points);
        m_indexStale = false;
    }
    return m_index.nearest(world, maxDistanceWorld);
}

void MarkerLayer::markStructureChanged()
{
    m_changes.structure = true;
    m_changes.rows.clear();
    ++m_structureVersion;
    m_indexStale = true;
    // Row numbers shift: recount from the rows as they are read again.
    m_invalid = int(std::count_if(m_markers.cbegin(), m_markers.cend(), [](const MapMarker &m) { return !m.valid; }));
    m_selected.clear();
    for (int i = 0; i < m_markers.size(); ++i) {
        if (m_markers[i].selected)
            m_selected.insert(i);
    }
}

void MarkerLayer::clearItems()
{
    m_markers.clear();
    markStructureChanged();
}

void MarkerLayer::insertItems(int first, int count)
{
    m_markers.insert(first, count, MapMarker{});
    markStructureChanged();
}

void MarkerLayer::removeItems(int first, int count)
{
    m_markers.remove(first, count);
    markStructureChanged();
}

void MarkerLayer::readRow(int row)
{
    if (row < 0 || row >= m_markers.size())
        return;
    if (!m_changes.structure)
        m_changes.rows.insert(row);
    MapMarker &m = m_markers[row];
    const bool wasValid = m.valid;
    bool latOk = false, lonOk = false;
    const double lat = data(row, "latitude").toDouble(&latOk);
    const double lon = data(row, "longitude").toDouble(&lonOk);
    m.valid = latOk && lonOk && WebMercator::isValidCoordinate(lat, lon);
    m_invalid += int(wasValid) - int(m.valid);
    if (!m.valid)
        qCWarning(lcMap) << "marker row" << row << "has no usable coordinate; not drawn";
    m.world = m.valid ? WebMercator::project(lat, lon) : QPointF();
    m.kind = data(row, "kind").toString();
    m.status = data(row, "status").toString();
    m.name = data(row, "name").toString();
    m.selected = data(row, "selected").toBool();
    bool shareOk = false;
    const double share = data(row, "loadFactor").toDouble(&shareOk);
    // A converter exporting runs negative: the ring shows how much of the rating is in use.
    m.outputLevel = shareOk && std::isfinite(share)
        ? int(std::lround(std::min(std::abs(share), 1.0) * MapMarker::kOutputLevels))
        : -1;
    if (m.selected)
        m_selected.insert(row);
    else
        m_selected.remove(row);
    if (!m_indexStale) {
        if (m.valid)
            m_index.move(row, m.world);
        else
            m_index.remove(row);
    }
}

QList<QByteArray> MarkerLayer::watchedRoles() const
{
    return {"latitude", "longitude", "kind", "status", "name", "selected", "loadFactor"};
}

} // namespace et::map
