// SPDX-License-Identifier: MIT
#include "entitynames.h"

#include "client/store.h"

namespace et::models {

QHash<QString, QString> entityNames(const client::Store &store)
{
    QHash<QString, QString> names;
    for (const domain::Asset &a : store.assets())
        names.insert(a.id, a.name);
    for (const domain::Truck &t : store.trucks())
        names.insert(t.id, t.name);
    return names;
}

} // namespace et::models
