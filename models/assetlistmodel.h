// SPDX-License-Identifier: MIT
#pragma once

#include "energyinstant.h"
#include "entitylistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace et::models {

/// The fixed energy assets (HVDC converters, plants, wind farms, solar, substations) for the
/// Energy view and its map markers, with their output at the instant the view shows
/// (EnergyInstant: live, or a minute of the cached history). Role names follow the map's marker
/// contract (latitude, longitude, kind, status, name, loadFactor: output / capacity).
// The base named in full: the QML type registrar matches base classes by their qualified name.
class AssetListModel : public et::models::EntityListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
public:
    explicit AssetListModel(EnergyInstant *instant, QObject *parent = nullptr);

protected:
    QList<QByteArray> columnNames() const override;
    QList<Row> readRows(const client::Store &) const override;

private:
    const EnergyInstant *m_instant;
};

} // namespace et::models
