// SPDX-License-Identifier: MIT
#pragma once

#include "modellayer.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace et::map {

/// One point the map draws, read from a model row.
struct MapMarker
{
    QPointF world;       ///< Web Mercator world coordinates
    QString kind;
    QString status;
    QString name;
    bool selected = false;
    bool valid = false;  ///< false when the row's latitude/longitude are missing, NaN or out of range
};

/// The markers of the map, one per model row (roles `latitude`, `longitude`, `kind`, `status`,
/// `name`, optional `selected`). Rows with unusable coordinates stay in the list as invalid (so row
/// numbers keep matching the model) but are neither drawn nor hit.
class MarkerLayer : public ModelLayer
{
    Q_OBJECT
public:
    using ModelLayer::ModelLayer;

    const QList<MapMarker> &markers() const { return m_markers; }
    int invalidCount() const;

protected:
    void clearItems() override { m_markers.clear(); }
    void insertItems(int first, int count) override;
    void removeItems(int first, int count) override;
    void readRow(int row) override;
    QList<QByteArray> watchedRoles() const override;

private:
    QList<MapMarker> m_markers;
};

} // namespace et::map
