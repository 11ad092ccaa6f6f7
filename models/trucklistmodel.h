// SPDX-License-Identifier: MIT
#pragma once

#include "entitylistmodel.h"

#include "domain/dispatchorder.h"
#include "domain/truck.h"

#include <QtQml/qqmlregistration.h>

namespace et::models {

/// The energy trucks for the Dispatch view: position, status, state of charge, the name of the
/// asset each one is heading to (looked up in the store, so assets changes reload it too), its
/// task in words (its order's, with the energy done), and for a driving truck the road still
/// ahead (`route`, coordinates for the map), its ETA in Jeju time and the board's lane.
// The base named in full: the QML type registrar matches base classes by their qualified name.
class TruckListModel : public et::models::EntityListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
public:
    explicit TruckListModel(client::Store *store, QObject *parent = nullptr);

    /// What a truck is doing, in words: its order (kind, target, energy done of ordered) or its
    /// own errand.
    static QString taskText(const domain::Truck &t, const QString &target, const domain::DispatchOrder *order);

protected:
    QList<QByteArray> columnNames() const override;
    QList<Row> readRows(const client::Store &store) const override;
};

} // namespace et::models
