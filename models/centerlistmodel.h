// SPDX-License-Identifier: MIT
#pragma once

#include "entitylistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace et::models {

/// Public health-promotion and mental-health centers as cached from the server, for the Centers
/// view. Filtering and distance live in CenterFilterModel on top of this.
// The base named in full: the QML type registrar matches base classes by their qualified name.
class CenterListModel : public et::models::EntityListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
public:
    explicit CenterListModel(client::Store *store, QObject *parent = nullptr);

protected:
    QList<QByteArray> columnNames() const override;
    QList<Row> readRows(const client::Store &store) const override;
};

} // namespace et::models
