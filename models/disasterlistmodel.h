// SPDX-License-Identifier: MIT
#pragma once

#include "entitylistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace et::models {

/// Disasters for the Disasters view. Feeds both the map's markers (kind "disaster") and its
/// circles (radiusKm, severity), so one model drives both layers.
// The base named in full: the QML type registrar matches base classes by their qualified name.
class DisasterListModel : public et::models::EntityListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
public:
    explicit DisasterListModel(client::Store *store, QObject *parent = nullptr);

protected:
    QList<QByteArray> columnNames() const override;
    QList<Row> readRows(const client::Store &store) const override;
};

} // namespace et::models
