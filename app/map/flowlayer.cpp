// SPDX-License-Identifier: MIT
#include "flowlayer.h"

#include "maplogging.h"

#include "domain/geo/webmercator.h"

#include <cmath>

namespace et::map {

using domain::geo::WebMercator;

int FlowLayer::invalidCount() const
{
    return int(std::count_if(m_flows.cbegin(), m_flows.cend(), [](const MapFlow &f) { return !f.valid; }));
}

void FlowLayer::clearItems()
{
    m_flows.clear();
    m_reported.clear();
}

void FlowLayer::insertItems(int first, int count)
{
    m_flows.insert(first, count, MapFlow{});
    m_reported.insert(first, count, false);
}

void FlowLayer::removeItems(int first, int count)
{
    m_flows.remove(first, count);
    m_reported.remove(first, count);
}

void FlowLayer::readRow(int row)
{
    if (row < 0 || row >= m_flows.size())
        return;
    MapFlow &f = m_flows[row];
    bool ok[5] = {};
    const double fromLat = data(row, "fromLatitude").toDouble(&ok[0]);
    const double fromLon = data(row, "fromLongitude").toDouble(&ok[1]);
    const double toLat = data(row, "toLatitude").toDouble(&ok[2]);
    const double toLon = data(row, "toLongitude").toDouble(&ok[3]);
    const double mw = data(row, "mw").toDouble(&ok[4]);
    f.valid = std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; })
        && WebMercator::isValidCoordinate(fromLat, fromLon) && WebMercator::isValidCoordinate(toLat, toLon)
        && std::isfinite(mw);
    f.fromWorld = f.valid ? WebMercator::project(fromLat, fromLon) : QPointF();
    f.toWorld = f.valid ? WebMercator::project(toLat, toLon) : QPointF();
    f.mw = f.valid ? mw : 0.0;
    const double capacity = data(row, "capacityMw").toDouble();
    f.capacityMw = std::isfinite(capacity) && capacity > 0.0 ? capacity : 0.0;
    f.name = data(row, "name").toString();
    f.kind = data(row, "kind").toString();
    f.approximate = data(row, "approximate").toBool();
    if (!f.valid && !m_reported[row])
        qCWarning(lcMap) << "flow row" << row << f.name << "has no usable end points or mw; not drawn";
    m_reported[row] = !f.valid;
}

QList<QByteArray> FlowLayer::watchedRoles() const
{
    return {"fromLatitude", "fromLongitude", "toLatitude", "toLongitude", "mw", "name", "capacityMw", "kind", "approximate"};
}

} // namespace et::map
