// SPDX-License-Identifier: MIT
#pragma once

#include "entitylistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace et::models {

/// Dispatch orders for the Dispatch view, as the cache shows them: the server's orders plus the
/// outbox's (a new order is `pending`, a cancellation `cancelling` until the server answers).
/// Rows carry the truck's and the target's names and the share done, and `waiting` is true while
/// a command about the order is still queued. Truck and asset changes reload it (names).
// The base named in full: the QML type registrar matches base classes by their qualified name.
class OrderListModel : public et::models::EntityListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
public:
    explicit OrderListModel(client::Store *store, QObject *parent = nullptr);

protected:
    QList<QByteArray> columnNames() const override;
    QList<Row> readRows(const client::Store &store) const override;
};

} // namespace et::models
