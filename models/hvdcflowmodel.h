// SPDX-License-Identifier: MIT
#pragma once

#include "entitylistmodel.h"

#include <QHash>
#include <QString>

#include <QtQml/qqmlregistration.h>

namespace et::models {

/// The HVDC links as flow lines for the map (JejuMap's `flows` contract): one row per link of the
/// latest energy balance, with roles `fromLatitude`/`fromLongitude` (the mainland converter
/// station), `toLatitude`/`toLongitude` (the Jeju converter, the asset named by the link's
/// `jejuTerminalAssetId`), `mw`, `name`, `capacityMw` and `linkId`.
///
/// Sign: `mw` is the balance's `flowMw` unchanged, and positive means import into Jeju — the
/// balance closes as thermal + wind + solar + truck discharge + Σ flow = demand (docs/api.md,
/// IslandBalance in core/domain/energy), and a converter's output_mw has the same sign. With `from` on the mainland,
/// the map's arrows therefore run towards Jeju on import and towards the mainland when a
/// reversible (VSC) link exports; the Energy panel reads the same flowMw from the same balance.
///
/// The mainland ends are in resources/data/jeju-assets.json (`mainland_lat`/`mainland_lon` of
/// each link, with their sources there), bundled into this library. A link whose end is unknown
/// has no coordinate (an invalid value), which the map skips with a warning.
// The base named in full: the QML type registrar matches base classes by their qualified name.
class HvdcFlowModel : public et::models::EntityListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
public:
    explicit HvdcFlowModel(client::Store *store, QObject *parent = nullptr);

    struct Terminal
    {
        double lat = 0.0;
        double lon = 0.0;
    };
    /// The mainland converter stations by link id, read once from the bundled data file.
    static const QHash<QString, Terminal> &mainlandTerminals();

protected:
    QList<QByteArray> columnNames() const override;
    QList<Row> readRows(const client::Store &store) const override;
};

} // namespace et::models
