// SPDX-License-Identifier: MIT
#pragma once

#include "flowgeometry.h"
#include "modellayer.h"

#include <QList>

namespace et::map {

/// Power flows of the map, one line per model row (roles `fromLatitude`, `fromLongitude`,
/// `toLatitude`, `toLongitude`, `mw`, `name`, optional `capacityMw`). A row with a missing, NaN or
/// out-of-range coordinate or a non-numeric mw keeps its place (row numbers keep matching the
/// model) but draws nothing; it is reported once, not on every later update of the same row.
class FlowLayer : public ModelLayer
{
    Q_OBJECT
public:
    using ModelLayer::ModelLayer;

    const QList<MapFlow> &flows() const { return m_flows; }
    int invalidCount() const;

protected:
    void clearItems() override;
    void insertItems(int first, int count) override;
    void removeItems(int first, int count) override;
    void readRow(int row) override;
    QList<QByteArray> watchedRoles() const override;

private:
    QList<MapFlow> m_flows;
    QList<bool> m_reported; ///< per row: its current fault was already logged
};

} // namespace et::map
