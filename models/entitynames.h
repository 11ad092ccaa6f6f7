// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

namespace et::client {
class Store;
}

namespace et::models {

/// id → display name of every cached asset and truck, for rows that mention them by id (a truck's
/// destination, an order's truck and target). An id the cache does not know is not in it.
QHash<QString, QString> entityNames(const client::Store &store);

} // namespace et::models
