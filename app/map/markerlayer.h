// SPDX-License-Identifier: MIT
#pragma once

#include "modellayer.h"

#include "domain/geo/spatialindex.h"

#include <QList>
#include <QPointF>
#include <QSet>
#include <QString>

namespace et::map {

/// One point the map draws, read from a model row.
struct MapMarker
{
    /// Steps of the output ring: output / capacity is drawn to the nearest tenth, so the marker
    /// atlas holds a few looks per kind, not one per value.
    static constexpr int kOutputLevels = 10;

    QPointF world;       ///< Web Mercator world coordinates
    QString kind;
    QString status;
    QString name;
    bool selected = false;
    bool valid = false;  ///< false when the row's latitude/longitude are missing, NaN or out of range
    int outputLevel = -1; ///< |loadFactor| in 0..kOutputLevels; -1: the row has none (no ring)
};

/// What changed in the markers since the renderer last looked: either the rows themselves
/// (inserted, removed, reset: redraw all) or just the data of some rows.
struct MarkerChanges
{
    bool structure = true;
    QSet<int> rows;
};

/// The markers of the map, one per model row (roles `latitude`, `longitude`, `kind`, `status`,
/// `name`, optional `selected` and `loadFactor` — output / capacity, drawn as the output ring). Rows with unusable coordinates stay in the list as invalid (so row
/// numbers keep matching the model) but are neither drawn nor hit. It keeps a spatial index of the
/// drawable markers for hit testing (a moved truck moves in the index in O(1); rows coming or going
/// rebuild it lazily at the next query) and the set of selected rows.
class MarkerLayer : public ModelLayer
{
    Q_OBJECT
public:
    using ModelLayer::ModelLayer;

    const QList<MapMarker> &markers() const { return m_markers; }
    int invalidCount() const;
    /// Markers with a usable coordinate.
    int drawableCount() const { return int(m_markers.size()) - m_invalid; }
    /// Grows whenever rows come, go or are reset (not when their data changes).
    quint64 structureVersion() const { return m_structureVersion; }
    /// The rows whose `selected` role is true, ascending.
    QList<int> selectedRows() const;
    /// The drawable marker nearest to `world` within `maxDistanceWorld`, or -1.
    int nearest(const QPointF &world, double maxDistanceWorld) const;
    /// Hands the changes since the last call to the renderer and starts a new record.
    MarkerChanges takeChanges() { return std::exchange(m_changes, MarkerChanges{false, {}}); }

protected:
    void clearItems() override;
    void insertItems(int first, int count) override;
    void removeItems(int first, int count) override;
    void readRow(int row) override;
    QList<QByteArray> watchedRoles() const override;

private:
    void markStructureChanged();

    QList<MapMarker> m_markers;
    MarkerChanges m_changes;
    quint64 m_structureVersion = 0;
    int m_invalid = 0;
    QSet<int> m_selected;
    mutable domain::geo::SpatialIndex m_index;
    mutable bool m_indexStale = true;
};

} // namespace et::map
