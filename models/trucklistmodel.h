// SPDX-License-Identifier: MIT
#pragma once

#include "entitylistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace et::models {

/// The energy trucks for the Dispatch view: position, status, state of charge and the name of
/// the asset each one is heading to (looked up in the store, so assets changes reload it too).
// The base named in full: the QML type registrar matches base classes by their qualified name.
class TruckListModel : public et::models::EntityListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
public:
    explicit TruckListModel(client::Store *store, QObject *parent = nullptr);

protected:
    QList<QByteArray> columnNames() const override;
    QList<Row> readRows(const client::Store &store) const override;
};

} // namespace et::models
